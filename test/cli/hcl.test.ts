import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/main';

const HCL = path.join(__dirname, '..', 'fixtures', 'hcl');

function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = run(argv, (s) => { stdout += s; }, (s) => { stderr += s; });
  return { code, stdout, stderr };
}

interface JsonFinding { ruleId: string; subject: string; property: string; severity: string; file: string; value: string }
const json = (...argv: string[]) => {
  const r = cli('lint', '--format', 'json', ...argv);
  const doc = JSON.parse(r.stdout) as { findings: JsonFinding[]; notes: { file: string; note: string }[]; unusableInputs: { file: string; reason: string }[] };
  return { ...r, doc, findings: doc.findings.map((f) => `${f.severity} ${f.ruleId} ${f.subject} ${f.property}`).sort() };
};

describe('.tf files and directories', () => {
  test('a directory of .tf files is one module: variables, tfvars and locals are evaluated, findings name the address', () => {
    const r = json(path.join(HCL, 'basic'));
    expect(r.code).toBe(1);
    expect(r.findings).toEqual(['error BW001 azurerm_express_route_circuit.main bandwidthMbps']);
    expect(r.doc.findings[0]).toMatchObject({ file: path.join(HCL, 'basic', 'main.tf'), value: '300' });
  });

  test('a .tf file given directly, with --var overriding a default', () => {
    const r = json(path.join(HCL, 'basic', 'main.tf'), '--var', 'bandwidth=1000');
    expect(r.findings).toEqual([]);
    expect(r.code).toBe(0);
  });

  test('--var-file is read; a --var without = is a usage error', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'erm-tfvars-')), 'prod.tfvars');
    fs.writeFileSync(file, 'bandwidth = 50\n');
    expect(json(path.join(HCL, 'basic'), '--var-file', file).code).toBe(0);
    expect(cli('lint', path.join(HCL, 'basic'), '--var', 'bandwidth')).toMatchObject({ code: 2, stderr: expect.stringMatching(/--var needs NAME=VALUE/) });
  });

  test('text output names the file kind and the line of the resource block', () => {
    const r = cli('lint', path.join(HCL, 'basic'));
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      `${path.join(HCL, 'basic', 'main.tf')} (hcl)`,
      expect.stringMatching(/^ {2}error BW001 azurerm_express_route_circuit\.main:30 bandwidthMbps=300: /),
    ]);
  });

  test('an HCL syntax error is exit 2 naming file and line; the other files are still checked', () => {
    const r = json(path.join(HCL, 'syntax'));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`expressroute-metro: ${path.join(HCL, 'syntax', 'bad.tf')}: line 2, column 9: HCL syntax error: `
      + 'Invalid expression; Expected the start of an expression, but found an invalid expression token.\n');
    expect(r.findings).toEqual(['error BW001 azurerm_express_route_circuit.ok bandwidthMbps']);
  });
});

describe('modules', () => {
  test('local modules are inlined with their inputs; a registry module is a note', () => {
    const r = json(path.join(HCL, 'modules', 'root'));
    expect(r.findings).toEqual(['error BW001 module.primary.azurerm_express_route_circuit.this bandwidthMbps']);
    expect(r.doc.notes.map((n) => n.note)).toContain(
      'module.avm: module source "Azure/avm-res-network-expressroutecircuit/azurerm" is not a local path; its resources are not checked');
  });

  test('a directory used as a local module by another is checked through its caller only', () => {
    const r = json(path.join(HCL, 'modules'));
    expect(r.findings).toEqual(['error BW001 module.primary.azurerm_express_route_circuit.this bandwidthMbps']);
  });
});

describe('unknown values are not judged', () => {
  test('no gateway rule on a gateway whose type is a variable; no route filter rule on route_filter_id = var.x', () => {
    const r = json(path.join(HCL, 'unknowns'));
    expect(r.findings.filter((f) => / (GW|DUAL)\d+ /.test(f))).toEqual([]);
    expect(r.findings.filter((f) => / PEER010 /.test(f))).toEqual([]);
    expect(r.doc.notes.map((n) => n.note)).toContain('azurerm_virtual_network_gateway.unknown: type is not known statically; not judged as an ExpressRoute gateway');
  });

  test('cross-resource rules see instances: the gateway counts every linked circuit', () => {
    const r = cli('lint', path.join(HCL, 'instances'));
    expect(r.stdout).toContain('  resiliency azurerm_virtual_network_gateway.gw[0]: Maximum (index 30/30)');
    expect(r.stdout).not.toMatch(/note azurerm_express_route_circuit\.(site|pair)\S*: not connected/);
  });
});

test('text output escapes control characters from the input (NUL, ANSI escapes)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'erm-ctl-'));
  fs.writeFileSync(path.join(dir, 'x.tf.json'), JSON.stringify({ resource: { azurerm_express_route_circuit: { c: {
    name: 'c', resource_group_name: 'rg', location: 'westeurope', service_provider_name: 'Equinix\u001b[2J\u0000',
    peering_location: 'Amsterdam Metro', bandwidth_in_mbps: 1000, sku: { tier: 'Standard', family: 'MeteredData' },
  } } } }));
  const r = cli('lint', dir);
  expect(r.stdout).toContain('"Equinix\\x1b[2J\\x00" is not a provider at Amsterdam Metro.');
  // eslint-disable-next-line no-control-regex
  expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
  const j = json(dir);
  expect(j.doc.findings[0]).toMatchObject({ ruleId: 'METRO002', subject: 'azurerm_express_route_circuit.c', property: 'serviceProviderName', severity: 'error' });
});
