/**
 * Synth and lint agree on an app with a catalog overlay, suppressions, a company rule and
 * resources made with the provider classes; and the lint CLI loads company rules (--rules).
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { ExpressRouteCircuit } from '@cdktf/provider-azurerm/lib/express-route-circuit';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { RouteFilter } from '@cdktf/provider-azurerm/lib/route-filter';
import { MetroCatalog } from '../../src/catalog/metro-catalog';
import { run } from '../../src/cli/main';
import { ExpressRouteVirtualNetworkGateway } from '../../src/constructs/gateway';
import { GatewaySku, MetroLocation } from '../../src/constructs/enums';
import { ExpressRouteMetroCircuit } from '../../src/constructs/metro-circuit';
import { ExpressRouteValidation } from '../../src/constructs/validation';
import { Severity } from '../../src/rules/finding';
import { IRule } from '../../src/rules/rule';
import { lintFile } from '../../src/terraform/lint';
import { synthAndLint, tempOutdir } from './agreement';

const RG = { resourceGroupName: 'rg-er', location: 'West Europe' };
const SUBNET = '/subscriptions/0/resourceGroups/rg-er/providers/Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet';

const PREMIUM_ONLY: IRule = {
  id: 'ACME001', severity: Severity.WARNING, title: 'Circuits are Premium', source: 'https://wiki.example/er',
  check(ctx) {
    for (const c of ctx.topology.circuits) {
      if (c.skuTier !== undefined && c.skuTier !== 'Premium') {
        ctx.report({ subject: c, property: 'skuTier', value: c.skuTier, message: 'Company policy: Premium only.', fix: 'Use Premium.' });
      }
    }
  },
};

function build(outdir: string): App {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'net');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  ExpressRouteValidation.of(app)
    .useCatalog(MetroCatalog.builtIn().withOverlay({ asOf: '2026-11-01', addProviders: [{ metro: 'Amsterdam Metro', provider: 'Zayo' }] }))
    .addRule(PREMIUM_ONLY);
  const gateway = new ExpressRouteVirtualNetworkGateway(stack, 'Gateway', { ...RG, gatewaySubnetId: SUBNET, sku: GatewaySku.ERGW2AZ });
  // Zayo is at Amsterdam Metro only through the overlay.
  const circuit = new ExpressRouteMetroCircuit(stack, 'Circuit', { ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Zayo', bandwidthMbps: 1000 });
  circuit.connectTo('Connection', gateway);
  const filter = new RouteFilter(stack, 'Filter', {
    name: 'rf', ...RG, rule: [{ name: 'allow', access: 'Allow', ruleType: 'Community', communities: ['12076:5010'] }],
  });
  circuit.addMicrosoftPeering('Microsoft', {
    vlanId: 200, peerAsn: 1103, primaryPeerAddressPrefix: '203.0.113.0/30', secondaryPeerAddressPrefix: '203.0.113.4/30',
    advertisedPublicPrefixes: ['198.51.100.0/24'], routingRegistryName: 'RIPENCC', routeFilterId: filter.id,
  });
  // A single-site circuit made with the provider class, on the same gateway: DUAL003 and ACME001 see it.
  const raw = new ExpressRouteCircuit(stack, 'RawCircuit', {
    ...RG, name: 'erc-raw', serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: 1000,
    sku: { tier: 'Standard', family: 'MeteredData' },
  });
  ExpressRouteValidation.of(app).suppress(stack, 'DUAL006', 'no failover test planned');
  circuit.suppressRule('ACME001', 'Standard until the Premium budget is approved');
  void raw;
  return app;
}

test('an app with an overlay, suppressions, a company rule and raw resources: the lint gives the synth\'s findings', () => {
  const outdir = tempOutdir();
  const verdicts = synthAndLint(build(outdir), outdir, [PREMIUM_ONLY]);
  const { synth, lint } = verdicts.get('net')!;
  expect(lint).toEqual(synth);
  expect(synth).toEqual(expect.arrayContaining([
    'ACME001 net/Circuit skuTier warning (suppressed)',
    'ACME001 net/RawCircuit skuTier warning',
    'DUAL006 net/Gateway connections info (suppressed)',
  ]));
  // Without the carried overlay the lint would judge the provider (METRO002): the catalog travels.
  const file = path.join(outdir, 'stacks', 'net', 'cdk.tf.json');
  expect(lintFile(file, { catalog: MetroCatalog.builtIn() }).report.findings.map((f) => f.ruleId)).toContain('METRO002');
  expect(JSON.parse(fs.readFileSync(file, 'utf8'))['//']['expressroute-metro']).toMatchObject({
    catalog: { asOf: '2026-11-01', builtIn: false }, companyRules: ['ACME001'], azurermVersion: '>= 4.60.0, < 5.0.0',
  });
});

test('lint --rules <module> loads company rules; without it the lint says which ones the synth ran', () => {
  const outdir = tempOutdir();
  build(outdir).synth();
  const module = path.join(outdir, 'acme-rules.js');
  fs.writeFileSync(module, `exports.rules = [{ id: 'ACME001', severity: 'warning', title: 'Circuits are Premium', source: 'https://wiki.example/er',
    check(ctx) { for (const c of ctx.topology.circuits) if (c.skuTier !== undefined && c.skuTier !== 'Premium')
      ctx.report({ subject: c, property: 'skuTier', value: c.skuTier, message: 'Premium only.', fix: 'Use Premium.' }); } }];\n`);
  const lint = (...extra: string[]) => {
    let out = '';
    const code = run(['lint', path.join(outdir, 'stacks'), '--format', 'json', ...extra], (s) => { out += s; }, () => undefined);
    return { code, json: JSON.parse(out) };
  };
  const withRules = lint('--rules', module);
  expect(withRules.code).toBe(0);
  expect(withRules.json.findings.filter((f: any) => f.ruleId === 'ACME001').map((f: any) => f.suppressed).sort()).toEqual([false, true]);
  const without = lint();
  expect(without.json.findings.filter((f: any) => f.ruleId === 'ACME001')).toEqual([]);
  expect(JSON.stringify(without.json)).toContain('company rules ACME001');
});

/** An app with the company rule ACME001 and one Standard Metro circuit, `net/Circuit`, for its resource's meta-arguments. */
function oneCircuitApp(outdir: string, name?: string): { app: App; circuit: ExpressRouteMetroCircuit } {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'net');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  ExpressRouteValidation.of(app).addRule(PREMIUM_ONLY);
  const circuit = new ExpressRouteMetroCircuit(stack, 'Circuit', { ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000, name });
  return { app, circuit };
}

test('a construct resource written with count: each instance is named by its index on both sides, and a suppression on the construct covers every instance', () => {
  const outdir = tempOutdir();
  const { app, circuit } = oneCircuitApp(outdir, 'erc-${count.index}');
  // Eleven circuits in one region of one subscription: past the limit of 10 (SKU012, on one of them).
  circuit.resource.addOverride('count', 11);
  circuit.suppressRule('ACME001', 'Standard until the Premium budget is approved');
  const { synth, lint } = synthAndLint(app, outdir, [PREMIUM_ONLY]).get('net')!;
  expect(lint).toEqual(synth);
  expect(synth).toEqual([
    ...Array.from({ length: 11 }, (_, i) => `ACME001 net/Circuit[${i}] skuTier warning (suppressed)`).sort(),
    'SKU012 net/Circuit[0] location warning',
  ]);
  // Each instance's finding is annotated on the construct, with its index.
  const annotations = (type: string) => circuit.node.metadata.filter((m) => m.type === type).map((m) => String(m.data));
  expect(annotations('@cdktf/warn')).toEqual([expect.stringMatching(/^\[SKU012\] \[0\] location = "West Europe": 11 circuits/)]);
  expect(annotations('@cdktf/info').filter((t) => t.startsWith('[ACME001]'))).toHaveLength(11);
});

test('for_each keys with a slash or a bracket: each instance is named by its key on both sides and annotated on its construct', () => {
  const outdir = tempOutdir();
  const { app, circuit } = oneCircuitApp(outdir);
  circuit.resource.addOverride('for_each', { 'a/b': 'erc-ab', 'c[': 'erc-c' });
  circuit.resource.addOverride('name', '${each.value}');
  const { synth, lint } = synthAndLint(app, outdir, [PREMIUM_ONLY]).get('net')!;
  expect(lint).toEqual(synth);
  expect(synth).toEqual(['ACME001 net/Circuit["a/b"] skuTier warning', 'ACME001 net/Circuit["c["] skuTier warning']);
  expect(circuit.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data).split(' skuTier')[0]).sort())
    .toEqual(['[ACME001] ["a/b"]', '[ACME001] ["c["]']);
});
