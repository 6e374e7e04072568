import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TerraformInputError } from '../../src/errors';
import { lintFile, lintFiles, lintText } from '../../src/terraform/lint';
import { circuitTf, FIXTURES, fixture } from './fixtures';

const ids = (r: ReturnType<typeof lintFile>) => r.report.findings.filter((f) => !f.suppressed && f.severity === 'error').map((f) => `${f.ruleId} ${f.path}`);

describe('Terraform JSON configuration', () => {
  test('a valid HCL-style configuration: references resolved, no error, High resiliency', () => {
    const r = lintFile(fixture('hcl-metro.tf.json'));
    expect(r.kind).toBe('config');
    expect(ids(r)).toEqual([]);
    expect(r.report.resiliency).toEqual([expect.objectContaining({ gateway: 'azurerm_virtual_network_gateway.er', tier: 'High', index: 20 })]);
    expect(r.report.unconnectedCircuits).toEqual([]);
  });

  test('a broken configuration: every error named by its Terraform address', () => {
    const r = lintFile(fixture('broken.tf.json'));
    // Ordered by subject path, then rule id: deterministic.
    expect(ids(r)).toEqual([
      'BW001 azurerm_express_route_circuit.bad',
      'METRO002 azurerm_express_route_circuit.bad',
      'PEER001 azurerm_express_route_circuit_peering.private',
      'PEER005 azurerm_express_route_circuit_peering.private',
      'SEC001 azurerm_express_route_circuit_peering.private',
      'GW010 azurerm_virtual_network_gateway.er',
      'GW007 azurerm_virtual_network_gateway_connection.bad',
      'SEC004 output.key',
    ]);
  });

  test('SEC004 names what the output carries: a service key', () => {
    const r = lintFile(fixture('broken.tf.json'));
    expect(r.report.findings.find((f) => f.ruleId === 'SEC004')!.message)
      .toBe('This output carries a service key, which azurerm marks sensitive, but the output is not: terraform plan fails with "Output refers to sensitive values".');
  });

  test('SEC004 names a BGP MD5 key, or several keys', () => {
    const doc = (value: string) => JSON.stringify({ output: { k: { value } } });
    const message = (value: string) => lintText(doc(value), 'outputs.tf.json').report.findings.find((f) => f.ruleId === 'SEC004')!.message;
    expect(message('${azurerm_express_route_circuit_peering.p.shared_key}')).toMatch(/^This output carries a BGP MD5 key, /);
    expect(message('${azurerm_express_route_circuit_authorization.a.authorization_key}')).toMatch(/^This output carries an authorization key, /);
    expect(message('${azurerm_express_route_circuit.c.service_key}-${azurerm_express_route_circuit_authorization.a.authorization_key}'))
      .toMatch(/^This output carries a service key and authorization key, /);
  });

  test('an output through nonsensitive() carries nothing: Terraform accepts it without sensitive = true (no SEC004)', () => {
    const sec004 = (value: string) => lintText(JSON.stringify({ output: { k: { value } } }), 'outputs.tf.json').report.findings
      .filter((f) => f.ruleId === 'SEC004').map((f) => f.path);
    expect(sec004('${nonsensitive(azurerm_express_route_circuit.c.service_key)}')).toEqual([]);
    // sensitive() marks, it does not declassify; nonsensitive() covers only what it wraps.
    expect(sec004('${sensitive(azurerm_express_route_circuit.c.service_key)}')).toEqual(['output.k']);
    expect(sec004('${nonsensitive(azurerm_express_route_circuit.c.name)}-${azurerm_express_route_circuit.c.service_key}')).toEqual(['output.k']);
    expect(sec004('${nonsensitive(azurerm_express_route_circuit.c.service_key)}-${azurerm_express_route_circuit.c.name}')).toEqual([]);
    // nonsensitive() removes only the outer mark: a map or list holding the key still fails the plan.
    expect(sec004('${nonsensitive({ k = azurerm_express_route_circuit.c.service_key })}')).toEqual(['output.k']);
    expect(sec004('${nonsensitive([azurerm_express_route_circuit.c.service_key])}')).toEqual(['output.k']);
  });

  test('SEC006 warns when nonsensitive() passes a key through as it is; a value computed from it, a sensitive output and a plan are not judged', () => {
    const findings = (value: string, sensitive = false) => lintText(JSON.stringify({ output: { k: { value, ...(sensitive ? { sensitive: true } : {}) } } }), 'outputs.tf.json')
      .report.findings.filter((f) => f.ruleId === 'SEC006').map((f) => `${f.path} ${f.property} ${f.severity}`);
    expect(findings('${nonsensitive(azurerm_express_route_circuit.c.service_key)}')).toEqual(['output.k value warning']);
    const counted = { resource: { azurerm_express_route_circuit_authorization: { a: { count: 2, name: 'auth-${count.index}', express_route_circuit_name: 'erc', resource_group_name: 'rg' } } },
      output: { k: { value: '${nonsensitive(azurerm_express_route_circuit_authorization.a[0].authorization_key)}' } } };
    expect(lintText(JSON.stringify(counted), 'main.tf.json').report.findings.filter((f) => f.ruleId === 'SEC006').map((f) => f.path)).toEqual(['output.k']);
    expect(findings('id-${nonsensitive(azurerm_express_route_circuit_peering.p.shared_key)}')).toEqual(['output.k value warning']);
    expect(findings('${nonsensitive(sha256(azurerm_express_route_circuit.c.service_key))}')).toEqual([]);
    expect(findings('${nonsensitive(azurerm_express_route_circuit.c.name)}')).toEqual([]);
    expect(findings('${nonsensitive(local.key)}')).toEqual([]);
    expect(findings('${nonsensitive(azurerm_express_route_circuit.c.service_key)}', true)).toEqual([]);
    const message = lintText(JSON.stringify({ output: { k: { value: '${nonsensitive(azurerm_express_route_circuit_authorization.a.authorization_key)}' } } }), 'outputs.tf.json')
      .report.findings.find((f) => f.ruleId === 'SEC006')!.message;
    expect(message).toMatch(/^This output passes an authorization key through nonsensitive\(\): Terraform accepts it and shows the key in plain text/);
  });

  test('a child module\'s output through nonsensitive(), passed on by the root: Terraform accepts it (no SEC004)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'erm-ns-module-'));
    fs.mkdirSync(path.join(dir, 'm'));
    fs.writeFileSync(path.join(dir, 'm', 'main.tf'), `${circuitTf('c')}
output "k" { value = nonsensitive(azurerm_express_route_circuit.c.service_key) }
output "raw" { value = azurerm_express_route_circuit.c.service_key }
`);
    fs.writeFileSync(path.join(dir, 'main.tf'), `module "m" { source = "./m" }
output "k" { value = module.m.k }
output "raw" { value = module.m.raw }
`);
    const { results } = lintFiles([path.join(dir, 'main.tf')]);
    expect(results.flatMap((r) => r.report.findings).filter((f) => f.ruleId === 'SEC004').map((f) => f.path)).toEqual(['output.raw']);
  });

  test('a value of the wrong type is skipped with a note, not a crash', () => {
    const r = lintFile(fixture('broken.tf.json'));
    expect(r.notes).toEqual(['azurerm_express_route_circuit_peering.private: vlan_id should be a number, got "abc"; not judged']);
  });

  test('a peering linked by a literal circuit name', () => {
    const r = lintFile(fixture('broken.tf.json'));
    const secret = r.report.findings.find((f) => f.ruleId === 'SEC001')!;
    expect(secret.value).toBe('"(literal secret, hidden)"');
    expect(JSON.stringify(r.report)).not.toContain('PlainTextKey1');
  });

  test('finds the line of a resource', () => {
    const r = lintFile(fixture('broken.tf.json'));
    expect(r.line('azurerm_express_route_circuit.bad')).toBe(4);
  });

  test('interpolated values are not judged', () => {
    const r = lintText(JSON.stringify({
      resource: { azurerm_express_route_circuit: { c: {
        name: 'c', resource_group_name: 'rg', location: 'westeurope', service_provider_name: '${var.provider}',
        peering_location: 'Amsterdam Metro', bandwidth_in_mbps: '${var.bw}', sku: { tier: 'Standard', family: 'MeteredData' },
      } } },
    }), 'inline.tf.json');
    expect(ids(r)).toEqual([]);
  });
});

describe('plan JSON', () => {
  const r = lintFile(fixture('plan-replace.json'));

  test('is read as a plan, with the provider version from its configuration', () => {
    expect(r.kind).toBe('plan');
  });

  test('replacing a live circuit is an error naming the attribute that forces it', () => {
    const f = r.report.findings.find((x) => x.ruleId === 'PLAN001')!;
    expect(f).toMatchObject({ path: 'azurerm_express_route_circuit.old', property: 'peering_location', severity: 'error' });
  });

  test('a bandwidth decrease from before to after is an error', () => {
    expect(r.report.findings.find((x) => x.ruleId === 'BW005')).toMatchObject({ path: 'azurerm_express_route_circuit.new', value: '500' });
  });

  test('references through the plan configuration and literal ids link connections to circuits', () => {
    const gw = r.report.unconnectedCircuits;
    expect(gw).toEqual([]);
  });

  test('XPN under the plan\'s azurerm 4.55.0 is an error; --provider-version overrides it', () => {
    expect(r.report.findings.map((f) => f.ruleId)).toContain('MACSEC004');
    const newer = lintFile(fixture('plan-replace.json'), { providerVersion: '>= 4.60.0, < 5.0.0' });
    expect(newer.report.findings.map((f) => f.ruleId)).not.toContain('MACSEC004');
  });

  test('an output of an authorization key that is not sensitive is not judged in a plan: Terraform accepted it (no SEC004)', () => {
    // Its configuration refers to the key; a plan with such an output exists only when Terraform
    // accepted it (through nonsensitive(), which the plan's reference lists do not show).
    const doc = JSON.parse(fs.readFileSync(fixture('plan-replace.json'), 'utf8'));
    expect(JSON.stringify(doc.configuration.root_module.outputs.auth)).toContain('authorization_key');
    expect(r.report.findings.filter((x) => x.ruleId === 'SEC004')).toEqual([]);
    // Nor SEC006: a plan does not say whether nonsensitive() passed the key through or a value computed from it.
    expect(r.report.findings.filter((x) => x.ruleId === 'SEC006')).toEqual([]);
  });
});

describe('a clean plan with a module', () => {
  const r = lintFile(fixture('plan-clean.json'));

  test('has no error: references inside a module resolve, a key from a variable is a reference', () => {
    expect(ids(r)).toEqual([]);
    expect(r.report.findings.map((f) => f.ruleId)).not.toContain('SEC001');
  });

  test('links the connection to the circuit through the module configuration', () => {
    expect(r.report.unconnectedCircuits).toEqual([]);
    expect(r.line('module.er.azurerm_express_route_circuit.metro')).toBeGreaterThan(1);
  });
});

describe('unusable input', () => {
  test.each([
    ['an empty file', '   ', /empty file/],
    ['a truncated file', '{"resource": {"azurerm_express_route_circuit": {', /truncated JSON/],
    ['not JSON', 'resource "azurerm_express_route_circuit" "x" {}', /not JSON/],
    ['JSON that is not Terraform', '{"name": "package", "version": "1.0.0"}', /not Terraform JSON/],
    ['a JSON array', '[1, 2, 3]', /not Terraform JSON/],
  ])('%s gets a clear error', (_name, text, message) => {
    expect(() => lintText(text, 'x.json')).toThrow(TerraformInputError);
    expect(() => lintText(text, 'x.json')).toThrow(message);
  });

  test('a directory and a missing file', () => {
    expect(() => lintFile(FIXTURES)).toThrow(/is a directory/);
    expect(() => lintFile(fixture('missing.json'))).toThrow(/cannot read \(ENOENT\)/);
  });

  test('a file over the size limit', () => {
    expect(() => lintFile(fixture('broken.tf.json'), { maxBytes: 100 })).toThrow(/too large/);
  });
});

describe('a module split over several *.tf.json files', () => {
  const dir = path.join(FIXTURES, 'module-split');
  const circuit = path.join(dir, 'circuit.tf.json');
  const network = path.join(dir, 'network.tf.json');
  const summary = (r: ReturnType<typeof lintFile>) => ({
    findings: r.report.findings.map((f) => `${f.severity} ${f.ruleId} ${f.path}`),
    resiliency: r.report.resiliency.map((g) => `${g.gateway} ${g.tier} ${g.index}`),
    unconnected: r.report.unconnectedCircuits,
  });

  test('is checked as one module: the connection in one file links the circuit of the other', () => {
    const run = lintFiles([circuit, network]);
    expect(run.errors).toEqual([]);
    expect(run.results.map((r) => r.file)).toEqual([circuit, network]);
    // Each file holds the findings about what it defines.
    expect(summary(run.results[0])).toEqual({
      findings: ['error PEER001 azurerm_express_route_circuit_peering.private'], resiliency: [], unconnected: [],
    });
    expect(summary(run.results[1])).toEqual({
      findings: ['info DUAL006 azurerm_virtual_network_gateway.er'], resiliency: ['azurerm_virtual_network_gateway.er High 20'], unconnected: [],
    });
    expect(run.results[0].line('azurerm_express_route_circuit_peering.private')).toBe(12);
  });

  test('file by file, the same files miss the link', () => {
    expect(summary(lintFile(circuit)).unconnected).toEqual(['azurerm_express_route_circuit.metro']);
    // The connection's circuit is in a file not given: unknown, not absent, so the tier is Unknown.
    expect(summary(lintFile(network)).resiliency).toEqual(['azurerm_virtual_network_gateway.er Unknown 10']);
  });

  test('an address defined twice in one module is checked once, with a note', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'erm-module-'));
    fs.copyFileSync(circuit, path.join(tmp, 'a.tf.json'));
    fs.copyFileSync(circuit, path.join(tmp, 'b.tf.json'));
    const run = lintFiles([path.join(tmp, 'a.tf.json'), path.join(tmp, 'b.tf.json')]);
    expect(run.results[0].report.findings.map((f) => f.ruleId)).toEqual(['PEER001']);
    expect(run.results[1].report.findings).toEqual([]);
    expect(run.results[0].notes).toEqual(expect.arrayContaining([
      `azurerm_express_route_circuit.metro: defined in ${path.join(tmp, 'a.tf.json')} and again in ${path.join(tmp, 'b.tf.json')}; Terraform rejects a duplicate, only the first is checked`,
    ]));
  });

  test('a file named twice is checked once', () => {
    const run = lintFiles([circuit, path.join(dir, '.', 'circuit.tf.json')]);
    expect(run.results).toHaveLength(1);
    expect(run.results[0].notes).toEqual([]);
  });

  test('plans in one directory stay separate, and a bad file does not stop the others', () => {
    const run = lintFiles([fixture('plan-clean.json'), fixture('plan-replace.json'), path.join(FIXTURES, 'nope.tf.json')]);
    expect(run.results.map((r) => [path.basename(r.file), r.kind])).toEqual([['plan-clean.json', 'plan'], ['plan-replace.json', 'plan']]);
    expect(run.results[0].report.findings.filter((f) => f.ruleId === 'PLAN001')).toEqual([]);
    expect(run.results[1].report.findings.some((f) => f.ruleId === 'PLAN001')).toBe(true);
    expect(run.errors.map((e) => e.message)).toEqual([expect.stringContaining('nope.tf.json')]);
  });
});

describe('import blocks (MIG008)', () => {
  const circuit = (name: string, rg: string) => `
resource "azurerm_express_route_circuit" "${name.replace(/-/g, '_')}" {
  name                  = "${name}"
  resource_group_name   = ${rg}
  location              = "West Europe"
  service_provider_name = "Equinix"
  peering_location      = "Amsterdam"
  bandwidth_in_mbps     = 1000
  sku {
    tier   = "Standard"
    family = "MeteredData"
  }
}`;
  const idOf = (rg: string, name: string) => `/subscriptions/x/resourceGroups/${rg}/providers/Microsoft.Network/expressRouteCircuits/${name}`;
  const mig008 = (r: ReturnType<typeof lintText>) => r.report.findings.filter((f) => f.ruleId === 'MIG008')
    .map((f) => ({ subject: f.path, property: f.property, severity: f.severity, value: f.value }));

  test('HCL: an id naming another circuit is an error on the resource it imports into; literal or known values only', () => {
    const tf = [
      'variable "rg" {\n  type    = string\n  default = "rg"\n}',
      'variable "live_id" {\n  type = string\n}',
      'resource "azurerm_resource_group" "net" {\n  name     = "rg-net"\n  location = "West Europe"\n}',
      circuit('erc-old', '"rg"'), circuit('erc-var', 'var.rg'), circuit('erc-ref', 'azurerm_resource_group.net.name'), circuit('erc-unknown', '"rg"'),
      `import {\n  to = azurerm_express_route_circuit.erc_old\n  id = "${idOf('rg-other', 'my-live-circuit')}"\n}`,
      // The resource group from a variable's default: known; the name differs.
      `import {\n  to = azurerm_express_route_circuit.erc_var\n  id = "${idOf('RG', 'other')}"\n}`,
      // Through the resource group resource, in another case: the same resource.
      `import {\n  to = azurerm_express_route_circuit.erc_ref\n  id = "${idOf('RG-NET', 'ERC-REF')}"\n}`,
      // Not known before the plan: not judged.
      'import {\n  to = azurerm_express_route_circuit.erc_unknown\n  id = var.live_id\n}',
    ].join('\n');
    expect(mig008(lintText(tf, 'main.tf'))).toEqual([
      { subject: 'azurerm_express_route_circuit.erc_old', property: 'importId', severity: 'error', value: JSON.stringify(idOf('rg-other', 'my-live-circuit')) },
      { subject: 'azurerm_express_route_circuit.erc_var', property: 'importId', severity: 'error', value: JSON.stringify(idOf('RG', 'other')) },
    ]);
  });

  test('Terraform JSON: the import block cdktf writes (`to` as an address) is read the same way', () => {
    const doc = {
      resource: { azurerm_express_route_circuit: { old: {
        name: 'erc-old', resource_group_name: 'rg', location: 'West Europe', service_provider_name: 'Equinix', peering_location: 'Amsterdam',
        bandwidth_in_mbps: 1000, sku: [{ tier: 'Standard', family: 'MeteredData' }],
      } } },
      import: [{ to: 'azurerm_express_route_circuit.old', id: idOf('rg', 'my-live-circuit') }],
    };
    const [f] = lintText(JSON.stringify(doc), 'cdk.tf.json').report.findings.filter((x) => x.ruleId === 'MIG008');
    expect([f.path, f.property]).toEqual(['azurerm_express_route_circuit.old', 'importId']);
    expect(f.fix).toContain(`Make the import block's id the id of the resource declared (${idOf('rg', 'erc-old')})`);
    const same = { ...doc, import: [{ to: 'azurerm_express_route_circuit.old', id: idOf('rg', 'erc-old') }] };
    expect(mig008(lintText(JSON.stringify(same), 'cdk.tf.json'))).toEqual([]);
  });
});
