/**
 * Synth and lint agree on the subscription quotas (SKU012, SKU013, PORT007). Both count a
 * resource's subscription by its azurerm provider configuration (`azurerm`, `azurerm.<alias>`),
 * each stack apart, unless the configuration writes its `subscription_id` as a literal: then every
 * stack and alias naming that id counts together (the lint reading the stacks of `cdktf.out`
 * together). One finding per quota, on the member whose Azure name sorts first on both sides.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { ExpressRouteCircuit } from '@cdktf/provider-azurerm/lib/express-route-circuit';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ExpressRouteMetroDirectPort } from '../../src/constructs/direct-port';
import { MetroLocation } from '../../src/constructs/enums';
import { ExpressRouteProviderCircuit } from '../../src/constructs/provider-circuit';
import { REPORT_JSON } from '../../src/constructs/validation';
import { expandInputs, lintFile, lintFiles } from '../../src/terraform/lint';
import { synthAndLint, tempOutdir } from './agreement';

const RG = { resourceGroupName: 'rg-er', location: 'West Europe' };

function stackIn(app: App, id: string, subscriptionId?: string): TerraformStack {
  const stack = new TerraformStack(app, id);
  new AzurermProvider(stack, 'azurerm', { features: [{}], subscriptionId });
  return stack;
}

const SUBSCRIPTION = '6f1c2a4e-0b1d-4c7e-9a55-3e2f10c0ffee';

/**
 * `n` provider circuits in West Europe. Ids `Circuit`, `Circuit2`, ...: the construct paths sort
 * `Circuit` first, the Terraform addresses `Circuit2_<hash>` first; the names agree (`erc-circuit`).
 */
function circuits(stack: TerraformStack, n: number, provider?: AzurermProvider, prefix = 'Circuit'): ExpressRouteProviderCircuit[] {
  return Array.from({ length: n }, (_, i) => {
    const c = new ExpressRouteProviderCircuit(stack, i === 0 ? prefix : `${prefix}${i + 1}`, {
      ...RG, serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthMbps: 1000,
    });
    if (provider) c.resource.provider = provider;
    return c;
  });
}

const quota = (verdicts: string[]) => verdicts.filter((v) => /^(SKU012|SKU013|PORT007) /.test(v));

function agree(app: App, outdir: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [stack, { synth, lint }] of synthAndLint(app, outdir)) {
    expect({ stack, findings: lint }).toEqual({ stack, findings: synth });
    out.set(stack, quota(synth));
  }
  return out;
}

test('11 provider circuits in one region of the default provider: SKU012 on both sides, on the same circuit', () => {
  const outdir = tempOutdir();
  const app = new App({ outdir });
  circuits(stackIn(app, 'net'), 11);
  expect(agree(app, outdir).get('net')).toEqual(['SKU012 net/Circuit location warning']);
});

test('an aliased provider is a subscription of its own: 6 + 5 circuits pass, 11 on the alias warn on both sides', () => {
  const outdir = tempOutdir();
  const app = new App({ outdir });
  const split = stackIn(app, 'split');
  circuits(split, 6);
  circuits(split, 5, new AzurermProvider(split, 'spoke', { features: [{}], alias: 'spoke' }), 'Spoke');
  const aliased = stackIn(app, 'aliased');
  circuits(aliased, 11, new AzurermProvider(aliased, 'spoke', { features: [{}], alias: 'spoke' }));
  const verdicts = agree(app, outdir);
  expect(verdicts.get('split')).toEqual([]);
  expect(verdicts.get('aliased')).toEqual(['SKU012 aliased/Circuit location warning']);
});

test('two stacks are two configurations: 6 circuits in each pass on both sides, as the lint reads each stack alone', () => {
  const outdir = tempOutdir();
  const app = new App({ outdir });
  circuits(stackIn(app, 'a'), 6);
  circuits(stackIn(app, 'b'), 6);
  const verdicts = agree(app, outdir);
  expect([...verdicts.keys()].sort()).toEqual(['a', 'b']);
  expect([...verdicts.values()].flat()).toEqual([]);
});

test('6 + 6 circuits on two Direct port pairs of one subscription: PORT007 on both sides, on the port whose name sorts first', () => {
  const outdir = tempOutdir();
  const app = new App({ outdir });
  const stack = stackIn(app, 'net');
  // `Port2` is named `erport-ams`: it sorts first by name, `Port` first by construct path.
  const ports = [
    new ExpressRouteMetroDirectPort(stack, 'Port', { ...RG, name: 'erport-fra', metro: MetroLocation.AMSTERDAM, bandwidthGbps: 100 }),
    new ExpressRouteMetroDirectPort(stack, 'Port2', { ...RG, name: 'erport-ams', metro: MetroLocation.AMSTERDAM, bandwidthGbps: 100 }),
  ];
  for (const [p, port] of ports.entries()) for (let i = 0; i < 6; i++) port.addCircuit(`C${p}${i}`, { bandwidthGbps: 5 });
  expect(agree(app, outdir).get('net')).toEqual([
    'PORT007 net/Port2 circuits warning',
    // The 12 circuits are in one region of one subscription too: SKU012 on the circuit named first.
    'SKU012 net/Port/C00 location warning',
  ]);
});

test('circuits made with the provider class and circuits changed by an escape hatch count with the constructs of their stack', () => {
  const outdir = tempOutdir();
  const app = new App({ outdir });
  for (const id of ['a', 'b']) {
    const stack = stackIn(app, id);
    const made = circuits(stack, 6);
    made[1].resource.addOverride('tags', { owner: 'network' });
    for (let i = 0; i < 5; i++) {
      new ExpressRouteCircuit(stack, `Raw${i}`, {
        ...RG, name: `erc-edge${i}`, serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000,
        sku: { tier: 'Standard', family: 'MeteredData' },
      });
    }
  }
  const verdicts = agree(app, outdir);
  expect(verdicts.get('a')).toEqual(['SKU012 a/Circuit location warning']);
  expect(verdicts.get('b')).toEqual(['SKU012 b/Circuit location warning']);
});

describe('a literal subscription_id: the stacks that name one id count together, on both sides', () => {
  test('6 + 6 circuits in one region in two stacks of one subscription id: one SKU012, in the stack whose circuit is named first', () => {
    const outdir = tempOutdir();
    const app = new App({ outdir });
    // `Edge` (erc-edge...) sorts before `Hub` (erc-hub...): the finding is on b/Edge.
    circuits(stackIn(app, 'a', SUBSCRIPTION), 6, undefined, 'Hub');
    // Written in capitals with blanks: the same id, compared as Azure compares it.
    circuits(stackIn(app, 'b', ` ${SUBSCRIPTION.toUpperCase()} `), 6, undefined, 'Edge');
    const verdicts = agree(app, outdir);
    expect(verdicts.get('a')).toEqual([]);
    expect(verdicts.get('b')).toEqual(['SKU012 b/Edge location warning']);
    const report = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'b', REPORT_JSON), 'utf8'));
    expect(report.findings.find((f: { ruleId: string }) => f.ruleId === 'SKU012').message).toBe(
      `12 circuits in West Europe in subscription ${SUBSCRIPTION} (provider configurations a/azurerm, b/azurerm): the limit is 10 per region per subscription.`);
    // One stack's directory linted alone sees that stack only: the quota is missed, never invented.
    expect(lintFile(path.join(outdir, 'stacks', 'b', 'cdk.tf.json')).report.findings.filter((f) => f.ruleId === 'SKU012')).toEqual([]);
    // The lint names each stack's configuration as the synth does, by the stack's name, whatever
    // path the directory is given by.
    for (const input of [outdir, path.relative(process.cwd(), outdir)]) {
      const { results } = lintFiles(expandInputs([input]).files);
      expect(results.flatMap((r) => r.report.findings).find((f) => f.ruleId === 'SKU012')!.message).toBe(report.findings.find((f: { ruleId: string }) => f.ruleId === 'SKU012').message);
    }
  });

  test('6 + 6 circuits in two stacks of two different subscription ids: no finding on either side', () => {
    const outdir = tempOutdir();
    const app = new App({ outdir });
    circuits(stackIn(app, 'a', SUBSCRIPTION), 6, undefined, 'Hub');
    circuits(stackIn(app, 'b', SUBSCRIPTION.replace(/^6/, '7')), 6, undefined, 'Edge');
    expect([...agree(app, outdir).values()].flat()).toEqual([]);
  });

  test('6 + 6 circuits in two stacks whose subscription_id is a variable: not known, counted apart, no finding on either side', () => {
    const outdir = tempOutdir();
    const app = new App({ outdir });
    for (const [id, prefix] of [['a', 'Hub'], ['b', 'Edge']]) {
      const stack = new TerraformStack(app, id);
      const subscription = new TerraformVariable(stack, 'subscription', { type: 'string', default: SUBSCRIPTION });
      new AzurermProvider(stack, 'azurerm', { features: [{}], subscriptionId: subscription.stringValue });
      circuits(stack, 6, undefined, prefix);
    }
    expect([...agree(app, outdir).values()].flat()).toEqual([]);
  });

  test('two aliases of one stack that name one id count together: 6 + 5 circuits warn, on both sides', () => {
    const outdir = tempOutdir();
    const app = new App({ outdir });
    const stack = stackIn(app, 'net', SUBSCRIPTION);
    circuits(stack, 6, undefined, 'Hub');
    circuits(stack, 5, new AzurermProvider(stack, 'spoke', { features: [{}], alias: 'spoke', subscriptionId: SUBSCRIPTION }), 'Edge');
    expect(agree(app, outdir).get('net')).toEqual(['SKU012 net/Edge location warning']);
  });

  test('one stack per phase declaring the same 6 circuits: one subscription, 6 circuits, no finding', () => {
    const outdir = tempOutdir();
    const app = new App({ outdir });
    for (const phase of ['prepare', 'cutover']) circuits(stackIn(app, phase, SUBSCRIPTION), 6);
    expect([...agree(app, outdir).values()].flat()).toEqual([]);
  });

  test('the same 11 circuits declared in two stacks: 11 distinct circuits warn once, on the declaration of the stack that sorts first', () => {
    const outdir = tempOutdir();
    const app = new App({ outdir });
    for (const phase of ['prepare', 'cutover']) circuits(stackIn(app, phase, SUBSCRIPTION), 11);
    const verdicts = agree(app, outdir);
    expect(verdicts.get('prepare')).toEqual([]);
    expect(verdicts.get('cutover')).toEqual(['SKU012 cutover/Circuit location warning']);
    const report = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'cutover', REPORT_JSON), 'utf8'));
    expect(report.findings.find((f: { ruleId: string }) => f.ruleId === 'SKU012').message).toMatch(
      /^at least 11 distinct circuits \(22 declared over the configurations\) in West Europe in subscription 6f1c2a4e-/);
  });

  test('11 circuits in each of two stacks, the same names and a resource group that is not known: one SKU012, on the same side', () => {
    const outdir = tempOutdir();
    const app = new App({ outdir });
    for (const id of ['dev', 'prod']) {
      const stack = stackIn(app, id, SUBSCRIPTION);
      const group = new TerraformVariable(stack, 'group', { type: 'string' }).stringValue;
      for (let i = 0; i < 11; i++) {
        new ExpressRouteProviderCircuit(stack, i === 0 ? 'Circuit' : `Circuit${i + 1}`, {
          ...RG, resourceGroupName: group, serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthMbps: 1000,
        });
      }
    }
    // Not known to be distinct across the stacks: 11 at least (each stack's own), on the circuit
    // named first, in the stack that sorts first.
    const verdicts = agree(app, outdir);
    expect(verdicts.get('dev')).toEqual(['SKU012 dev/Circuit location warning']);
    expect(verdicts.get('prod')).toEqual([]);
  });

  test('a stack without any construct (not checked at synth) does not count with a checked stack in the lint either; linted, it counts both', () => {
    const outdir = tempOutdir();
    const app = new App({ outdir });
    circuits(stackIn(app, 'a', SUBSCRIPTION), 6, undefined, 'Hub');
    const raw = stackIn(app, 'b', SUBSCRIPTION);
    for (let i = 0; i < 6; i++) {
      new ExpressRouteCircuit(raw, `Raw${i}`, {
        ...RG, name: `erc-edge${i}`, serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000, sku: { tier: 'Standard', family: 'MeteredData' },
      });
    }
    app.synth();
    expect(fs.existsSync(path.join(outdir, 'stacks', 'b', REPORT_JSON))).toBe(false);
    const synthA = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'a', REPORT_JSON), 'utf8')).findings.map((f: { ruleId: string }) => f.ruleId);
    const { results } = lintFiles(expandInputs([outdir]).files);
    const lint = (stack: string) => results.find((r) => r.file.includes(`${path.sep}${stack}${path.sep}`))!.report.findings
      .filter((f) => f.ruleId === 'SKU012').map((f) => `${f.ruleId} ${f.path}`);
    expect(quota(synthA)).toEqual([]);
    expect(lint('a')).toEqual([]);
    // erc-edge0 sorts before erc-hub0: the finding is on the unchecked stack, which only the lint judges.
    expect(lint('b')).toEqual(['SKU012 azurerm_express_route_circuit.Raw0']);
  });

  test.each([
    ['the checked stack\'s circuits sort first', 'erc-aaa', 'erc-zzz'],
    ['the unchecked stack\'s circuits sort first', 'erc-zzz', 'erc-aaa'],
  ])('a checked and an unchecked stack of one id, %s: the checked stack agrees with the synth (none), the unchecked one reports the 12', (_, checkedName, rawName) => {
    const outdir = tempOutdir();
    const app = new App({ outdir });
    const checked = stackIn(app, 'a', SUBSCRIPTION);
    for (let i = 0; i < 6; i++) {
      new ExpressRouteProviderCircuit(checked, `Circuit${i}`, { ...RG, name: `${checkedName}${i}`, serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthMbps: 1000 });
    }
    const raw = stackIn(app, 'b', SUBSCRIPTION);
    for (let i = 0; i < 6; i++) {
      new ExpressRouteCircuit(raw, `Raw${i}`, {
        ...RG, name: `${rawName}${i}`, serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000, sku: { tier: 'Standard', family: 'MeteredData' },
      });
    }
    app.synth();
    expect(fs.existsSync(path.join(outdir, 'stacks', 'b', REPORT_JSON))).toBe(false);
    // The checked stack: the same on both sides (the lint does not count the raw stack with it).
    const synthA = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'a', REPORT_JSON), 'utf8')).findings.map((f: { ruleId: string }) => f.ruleId);
    expect(quota(synthA)).toEqual([]);
    // The raw stack, which only the lint judges, counts both and reports, on its own first circuit
    // however the names sort (the checked stack, which does not count it, will not report).
    const { results } = lintFiles(expandInputs([outdir]).files);
    const lint = (stack: string) => results.find((r) => r.file.includes(`${path.sep}${stack}${path.sep}`))!.report.findings
      .filter((f) => /^(SKU012|SKU013|PORT007)$/.test(f.ruleId)).map((f) => `${f.ruleId} ${f.path} ${f.message}`);
    expect(lint('a')).toEqual([]);
    expect(lint('b')).toEqual([`SKU012 azurerm_express_route_circuit.Raw0 12 circuits in West Europe in subscription ${SUBSCRIPTION} `
      + '(provider configurations a/azurerm, b/azurerm): the limit is 10 per region per subscription.']);
  });

  test('11 circuits in a stack nested under a plain construct and 11 in a top-level stack: one SKU012, the same on both sides', () => {
    const outdir = tempOutdir();
    const app = new App({ outdir });
    // Stack `a` (path grp/a) sorts before `b` by its name, after it by its path: both sides order
    // the stacks by name (cdktf writes grp/a to stacks/a), and report on a's declaration.
    const nested = new TerraformStack(new Construct(app, 'grp'), 'a');
    new AzurermProvider(nested, 'azurerm', { features: [{}], subscriptionId: SUBSCRIPTION });
    circuits(nested, 11);
    circuits(stackIn(app, 'b', SUBSCRIPTION), 11);
    const verdicts = agree(app, outdir);
    expect(verdicts.get('a')).toEqual(['SKU012 grp/a/Circuit location warning']);
    expect(verdicts.get('b')).toEqual([]);
    const synthMessage = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'a', REPORT_JSON), 'utf8'))
      .findings.find((f: { ruleId: string }) => f.ruleId === 'SKU012').message;
    expect(synthMessage).toMatch(/\(provider configurations a\/azurerm, b\/azurerm\)/);
    const { results } = lintFiles(expandInputs([outdir]).files);
    expect(results.flatMap((r) => r.report.findings).filter((f) => f.ruleId === 'SKU012').map((f) => f.message)).toEqual([synthMessage]);
  });

  test('6 + 6 circuits on Direct ports in two stacks of one subscription id: PORT007 on the port named first, on both sides', () => {
    const outdir = tempOutdir();
    const app = new App({ outdir });
    // The circuits on a port are named after their path below the stack, the same in both stacks:
    // each stack's port and circuits are in a resource group of their own.
    for (const [id, name] of [['a', 'erport-fra'], ['b', 'erport-ams']]) {
      const port = new ExpressRouteMetroDirectPort(stackIn(app, id, SUBSCRIPTION), 'Port', {
        ...RG, resourceGroupName: `rg-${id}`, name, metro: MetroLocation.AMSTERDAM, bandwidthGbps: 100,
      });
      for (let i = 0; i < 6; i++) port.addCircuit(`C${i}`, { bandwidthGbps: 5 });
    }
    const verdicts = agree(app, outdir);
    // The 12 circuits are in one region of the subscription too: SKU012 on the circuit named first
    // (`erc-port-c0` in both stacks; rg-a before rg-b).
    expect(verdicts.get('a')).toEqual(['SKU012 a/Port/C0 location warning']);
    expect(verdicts.get('b')).toEqual(['PORT007 b/Port circuits warning']);
  });
});
