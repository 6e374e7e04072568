import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv-draft-04';
import { run } from '../../src/cli/main';
import { FIXTURES, fixture } from '../terraform/fixtures';

const SARIF_SCHEMA = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = run(argv, (s) => { stdout += s; }, (s) => { stderr += s; });
  return { code, stdout, stderr };
}

function tmp(name: string, content: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'erm-lint-')), name);
  fs.writeFileSync(file, content);
  return file;
}

test('a directory is one module: its *.tf.json files are checked together, reported per file', () => {
  const dir = path.join(FIXTURES, 'module-split');
  const r = cli('lint', dir);
  expect(r.code).toBe(1);
  const lines = r.stdout.trim().split('\n');
  expect(lines[0]).toBe(`${path.join(dir, 'circuit.tf.json')} (config)`);
  expect(lines[1]).toMatch(/^ {2}error PEER001 azurerm_express_route_circuit_peering\.private:12 /);
  expect(lines).toContain(`${path.join(dir, 'network.tf.json')} (config)`);
  expect(lines).toContain('  resiliency azurerm_virtual_network_gateway.er: High (index 20/30)');
  expect(r.stdout).not.toContain('not connected to any gateway');
  expect(lines[lines.length - 1]).toBe('1 error, 0 warnings, 1 info in 2 files');
});

describe('exit codes', () => {
  test('0 for a clean file', () => {
    expect(cli('lint', fixture('hcl-metro.tf.json')).code).toBe(0);
  });

  test('1 for errors; warnings only count with --fail-on warning', () => {
    expect(cli('lint', fixture('broken.tf.json')).code).toBe(1);
    const warnOnly = tmp('warn.tf.json', JSON.stringify({ resource: { azurerm_express_route_circuit: { c: {
      name: 'c', resource_group_name: 'rg', location: 'westeurope', service_provider_name: 'GTT', peering_location: 'Amsterdam Metro',
      bandwidth_in_mbps: 1000, sku: { tier: 'Standard', family: 'MeteredData' },
    } } } }));
    expect(cli('lint', warnOnly).code).toBe(0);
    expect(cli('lint', warnOnly, '--fail-on', 'warning').code).toBe(1);
  });

  test('2 for unusable input, with a one-line reason, and the other files still checked', () => {
    const truncated = tmp('cut.tf.json', '{"resource": {"azurerm_express_route_circuit": {"x": {"name": "');
    const empty = tmp('empty.tf.json', '');
    const r = cli('lint', '--format', 'json', fixture('broken.tf.json'), truncated, empty, fixture('nope.json'));
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/nope\.json: no such file or directory/);
    expect(r.stderr).toMatch(/cut\.tf\.json: truncated JSON/);
    expect(r.stderr).toMatch(/empty\.tf\.json: empty file/);
    const doc = JSON.parse(r.stdout);
    expect(doc.summary.errors).toBe(8);
    expect(doc.unusableInputs).toHaveLength(3);
  });

  test('a directory means every *.tf.json below it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'erm-dir-'));
    fs.mkdirSync(path.join(dir, 'stacks', 'a'), { recursive: true });
    fs.copyFileSync(fixture('hcl-metro.tf.json'), path.join(dir, 'stacks', 'a', 'cdk.tf.json'));
    fs.writeFileSync(path.join(dir, 'README.md'), '# not terraform');
    const r = cli('lint', dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(path.join(dir, 'stacks', 'a', 'cdk.tf.json'));
    const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'erm-empty-'));
    expect(cli('lint', emptyDir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/no \*\.tf or \*\.tf\.json file/) });
  });

  test.each([
    [['lint'], /needs at least one file/],
    [['lint', 'x', '--format', 'xml'], /unknown format "xml"/],
    [['lint', 'x', '--fail-on', 'info'], /unknown --fail-on "info"/],
  ])('usage error %j exits 2', (argv, message) => {
    const r = cli(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('formats', () => {
  test('text: one line per finding grouped by file, then a summary line', () => {
    const r = cli('lint', fixture('broken.tf.json'), fixture('hcl-metro.tf.json'));
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe(`${fixture('broken.tf.json')} (config)`);
    expect(lines).toContain('  error BW001 azurerm_express_route_circuit.bad:4 bandwidthMbps=300: 300 Mbps is not an ExpressRoute provider circuit bandwidth. Fix: Use 50, 100, 200, 500, 1000, 2000, 5000 or 10000 Mbps (next size up: 500); bandwidths above 10 Gbps need ExpressRoute Direct.');
    expect(lines).toContain(`${fixture('hcl-metro.tf.json')} (config)`);
    expect(lines[lines.length - 1]).toMatch(/^8 errors, \d+ warnings?, \d+ infos? in 2 files$/);
  });

  test('json: the documented shape', () => {
    const doc = JSON.parse(cli('lint', '--format', 'json', fixture('broken.tf.json'), fixture('hcl-metro.tf.json')).stdout);
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(['findings', 'resiliency', 'summary']));
    expect(doc.findings[0]).toEqual(expect.objectContaining({
      ruleId: expect.any(String), severity: expect.any(String), file: expect.any(String), subject: expect.any(String),
      property: expect.any(String), value: expect.any(String), message: expect.any(String), fix: expect.any(String), source: expect.any(String),
    }));
    expect(doc.resiliency).toEqual(expect.arrayContaining([expect.objectContaining({ gateway: 'azurerm_virtual_network_gateway.er', tier: 'High', index: 20, reasons: expect.any(Array) })]));
    expect(doc.summary).toEqual(expect.objectContaining({ errors: 8 }));
  });

  test('sarif: valid SARIF 2.1.0 with rules, levels and locations', () => {
    const r = cli('lint', '--format', 'sarif', fixture('broken.tf.json'), fixture('plan-replace.json'));
    const doc = JSON.parse(r.stdout);
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false, logger: false });
    const validate = ajv.compile(SARIF_SCHEMA);
    expect(validate(doc) ? [] : validate.errors).toEqual([]);
    const results = doc.runs[0].results;
    expect(results.length).toBeGreaterThan(5);
    const bw = results.find((x: any) => x.ruleId === 'BW001');
    expect(bw).toMatchObject({ level: 'error', locations: [{ physicalLocation: { region: { startLine: 4 } }, logicalLocations: [{ fullyQualifiedName: 'azurerm_express_route_circuit.bad' }] }] });
    expect(doc.runs[0].tool.driver.rules[bw.ruleIndex].id).toBe('BW001');
    expect(validate({ version: '2.1.0' })).toBe(false);
  });
});

test('runs as a process', () => {
  const main = path.join(__dirname, '../../src/cli/main.ts');
  const r = spawnSync('npx', ['ts-node', '--transpile-only', main, 'lint', fixture('broken.tf.json')], { encoding: 'utf8' });
  expect(r.status).toBe(1);
  expect(r.stdout).toMatch(/8 errors/);
}, 30000);
