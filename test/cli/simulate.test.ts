import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { syntheticPlanJson } from '../../bench/plan';
import { run } from '../../src/cli/main';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'simulation');
const fixture = (name: string) => path.join(FIXTURES, name, 'main.tf.json');

function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = run(argv, (s) => { stdout += s; }, (s) => { stderr += s; });
  return { code, stdout, stderr };
}

/** A copy of a fixture with its resources changed, in a directory of its own. */
function variant(name: string, change: (doc: any) => void): string {
  const doc = JSON.parse(fs.readFileSync(fixture(name), 'utf8'));
  change(doc);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'erm-sim-')), 'main.tf.json');
  fs.writeFileSync(file, JSON.stringify(doc));
  return file;
}

test('json: the scenarios as the issue shapes them, for a Metro circuit alone', () => {
  const r = cli('simulate', fixture('metro-alone'), '--format', 'json');
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.stdout);
  const hub = 'azurerm_virtual_network_gateway.hub';
  expect(doc.scenarios.map((s: any) => s.id)).toEqual([
    'site:Amsterdam', 'site:Amsterdam2', 'metro:Amsterdam Metro', 'provider:Equinix',
    'link:azurerm_express_route_circuit.ams primary', 'link:azurerm_express_route_circuit.ams secondary',
    'customer-edge:ce-ams-1', 'customer-edge:ce-ams-2', 'zone:West Europe (one zone)', `gateway:${hub}`,
  ]);
  expect(doc.scenarios[2]).toEqual({
    file: fixture('metro-alone'), id: 'metro:Amsterdam Metro', kind: 'metro', target: 'Amsterdam Metro', failures: 1,
    gateways: [{ gateway: hub, pathsBefore: 2, pathsAfter: 0, pathsUnknown: 0, capacityMbpsBefore: 1000, capacityMbpsAfter: 0, connected: 'no' }],
  });
  // The gateway's tags: High is met (each site failure leaves the other); the threshold is not.
  expect(doc.verdicts.map((f: any) => [f.ruleId, f.subject, f.property, f.severity])).toEqual([
    ['DUAL052', hub, 'minimumCapacityMbpsUnderFailure', 'warning'],
  ]);
  expect(doc.summary).toEqual(expect.objectContaining({ scenarios: 10, singleFailures: 10, doubleFailures: 0, errors: 0, warnings: 1, files: 1 }));
  expect(doc.summary.gateways[0]).toEqual(expect.objectContaining({
    gateway: hub, requiredResiliency: 'High', minimumCapacityMbpsUnderFailure: 1000,
    disconnectedBy: ['metro:Amsterdam Metro', 'provider:Equinix'], worstCapacityMbpsUnderSingleFailure: 0,
  }));
});

test('a Metro circuit alone where Maximum is required: an error verdict, exit 1', () => {
  const file = variant('metro-alone', (doc) => {
    doc.resource.azurerm_virtual_network_gateway.hub.tags['required-resiliency'] = 'Maximum';
  });
  const r = cli('simulate', file);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain('error DUAL051 azurerm_virtual_network_gateway.hub requiredResiliency="Maximum": If Amsterdam Metro fails');
});

test('a Metro circuit plus a second metro: no single failure cuts the gateway; N-2 pairs of sites run', () => {
  const r = cli('simulate', fixture('metro-and-second-metro'), '--format', 'json');
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.stdout);
  expect(doc.verdicts).toEqual([]);
  expect(doc.summary.doubleFailures).toBe(6);
  expect(doc.summary.gateways[0].disconnectedBy).toEqual([]);
  expect(doc.summary.gateways[0].worstCapacityMbpsUnderSingleFailure).toBe(1000);
});

test('two standard circuits in one city: each site survives, the metro and the shared provider do not', () => {
  const r = cli('simulate', fixture('two-standard-one-city'), '--format', 'json');
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.stdout);
  expect(doc.summary.gateways[0].disconnectedBy).toEqual(['metro:Amsterdam Metro', 'provider:Equinix']);
  expect(doc.summary.gateways[0].disconnectedByPairs).toEqual(['site-pair:Amsterdam + Amsterdam2']);
  // Azure's Maximum is two peering locations: met, so no DUAL051; the capacity threshold is not.
  expect(doc.verdicts.map((f: any) => f.ruleId)).toEqual(['DUAL052']);
});

test('--scenario KIND keeps one kind; text lists the gateway worst case first', () => {
  const r = cli('simulate', fixture('two-standard-one-city'), '--scenario', 'site');
  expect(r.code).toBe(0);
  const lines = r.stdout.split('\n').filter((l) => l.startsWith('    '));
  expect(lines.map((l) => l.trim().replace(/\s+/g, ' '))).toEqual([
    'connected if site:Amsterdam fails: 2/4 paths, 1000 Mbps',
    'connected if site:Amsterdam2 fails: 2/4 paths, 1000 Mbps',
  ]);
});

test('--scenario ID with markdown: the matrix of that scenario and a diagram of what it cuts', () => {
  const r = cli('simulate', fixture('two-standard-one-city'), '--format', 'markdown', '--scenario', 'site:Amsterdam2');
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('| Amsterdam2 | site | yes | 2 of 4 | 1000 of 2000 |');
  expect(r.stdout).not.toContain('| Amsterdam | site |');
  expect(r.stdout).toContain('## What site:Amsterdam2 cuts');
  expect(r.stdout).toMatch(/classDef cut[^\n]*\n {2}class n\d+,n\d+ cut/);
});

test('the customer-edge tag: one router for both links of a Metro circuit is a warning', () => {
  const file = variant('metro-alone', (doc) => {
    doc.resource.azurerm_express_route_circuit.ams.tags['customer-edge'] = 'ce-ams-1';
  });
  const doc = JSON.parse(cli('simulate', file, '--format', 'json').stdout);
  expect(doc.verdicts.map((f: any) => [f.ruleId, f.subject, f.property, f.severity])).toContainEqual(
    ['DUAL053', 'azurerm_express_route_circuit.ams', 'customerEdge', 'warning']);
});

test('a plan (terraform show -json): the same simulation, by Terraform address', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'erm-sim-')), 'plan.json');
  fs.writeFileSync(file, syntheticPlanJson(0.01));
  const r = cli('simulate', file, '--format', 'json', '--scenario', 'metro');
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.stdout);
  // Gateway g0 takes circuits c0-c3 in four metros: losing any one metro leaves three.
  const g0 = doc.scenarios.flatMap((s: any) => s.gateways.filter((o: any) => o.gateway === 'azurerm_virtual_network_gateway.g0').map((o: any) => [s.target, o.pathsAfter, o.capacityMbpsAfter]));
  expect(g0).toEqual([['Amsterdam Metro', 6, 3000], ['Frankfurt Metro', 6, 3000], ['Singapore Metro', 6, 3000], ['Zurich Metro', 6, 3000]]);
});

test.each([
  [['simulate'], /simulate needs at least one file/],
  [['simulate', 'x.tf.json', '--format', 'sarif'], /unknown format "sarif"/],
  [['simulate', 'x.tf.json', '--scenario', 'volcano'], /unknown scenario "volcano"/],
  [['simulate', 'x.tf.json', '--fail-on', 'error'], /unknown option --fail-on for simulate/],
])('bad usage %j: one line on stderr, exit 2', (argv, message) => {
  const r = cli(...argv);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
});

test('unusable input: exit 2, the other files still simulated', () => {
  const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'erm-sim-')), 'bad.tf.json');
  fs.writeFileSync(bad, '{"resource": ');
  const r = cli('simulate', bad, fixture('metro-alone'), '--format', 'json');
  expect(r.code).toBe(2);
  const doc = JSON.parse(r.stdout);
  expect(doc.unusableInputs).toEqual([expect.objectContaining({ file: bad })]);
  expect(doc.summary.files).toBe(1);
  expect(r.stderr).toMatch(/truncated JSON/);
});

test('--help and the main help name the command', () => {
  expect(cli('simulate', '--help').stdout).toContain('--scenario KIND');
  expect(cli('--help').stdout).toContain('simulate <file|dir>...');
});
