/**
 * On random apps (constructs, escape hatches, resources made with the provider classes, names
 * that collide), the findings the synth wrote equal the findings of the lint of its output.
 * Every rule that can stop the synth is suppressed for the stack (suppressed findings stay in
 * both verdicts), so that every run writes files to compare.
 */
import * as fc from 'fast-check';
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { ExpressRouteCircuit } from '@cdktf/provider-azurerm/lib/express-route-circuit';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { RouteFilter } from '@cdktf/provider-azurerm/lib/route-filter';
import { GatewaySku, MetroLocation, RequiredResiliency } from '../../src/constructs/enums';
import { ExpressRouteVirtualNetworkGateway } from '../../src/constructs/gateway';
import { ExpressRouteMetroCircuit } from '../../src/constructs/metro-circuit';
import { ExpressRouteValidation } from '../../src/constructs/validation';
import { Severity } from '../../src/rules/finding';
import { RuleRegistry } from '../../src/rules/registry';
import { synthAndLint, tempOutdir } from '../synth/agreement';
import { SEED } from './arbitraries';

const SUBNET = '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet';
const SITES: Array<[string, string]> = [['Amsterdam Metro', 'Equinix'], ['Frankfurt Metro', 'Megaport'], ['Amsterdam Metro', 'Zayo']];

const circuitArb = fc.record({
  site: fc.integer({ min: 0, max: SITES.length - 1 }),
  bandwidthMbps: fc.constantFrom(50, 300, 1000),
  name: fc.option(fc.constantFrom('erc-a', 'ERC-A', 'erc-b'), { nil: undefined }),
  override: fc.option(fc.constantFrom(300, 2000), { nil: undefined }),
  gateway: fc.option(fc.integer({ min: 0, max: 1 }), { nil: undefined }),
  twice: fc.boolean(),
  routeFilterLocation: fc.option(fc.constantFrom('West Europe', 'North Europe'), { nil: undefined }),
});
const appArb = fc.record({
  circuits: fc.array(circuitArb, { minLength: 1, maxLength: 3 }),
  gateways: fc.array(fc.record({ sku: fc.constantFrom('ErGw1AZ', 'Standard'), maximum: fc.boolean() }), { minLength: 2, maxLength: 2 }),
  rawBandwidth: fc.option(fc.constantFrom(300, 1000), { nil: undefined }),
  output: fc.boolean(),
});

const STOPPERS = RuleRegistry.builtIn().rules.filter((r) => r.severity === Severity.ERROR && !r.id.startsWith('SEC')).map((r) => r.id);

test('random apps: the lint of what the synth wrote gives the synth\'s findings', () => {
  let findings = 0;
  fc.assert(fc.property(appArb, (p) => {
    const outdir = tempOutdir();
    const app = new App({ outdir });
    const stack = new TerraformStack(app, 'p');
    new AzurermProvider(stack, 'azurerm', { features: [{}] });
    const rg = { resourceGroupName: 'rg', location: 'West Europe' };
    for (const id of STOPPERS) ExpressRouteValidation.of(app).suppress(stack, id, 'property test: compare, do not stop');
    const gateways = p.gateways.map((g, i) => new ExpressRouteVirtualNetworkGateway(stack, `Gateway${i}`, {
      ...rg, gatewaySubnetId: SUBNET, sku: GatewaySku.custom(g.sku), requiredResiliency: g.maximum ? RequiredResiliency.MAXIMUM : undefined,
    }));
    p.circuits.forEach((c, i) => {
      const [metro, provider] = SITES[c.site];
      const circuit = new ExpressRouteMetroCircuit(stack, `Circuit${i}`, {
        ...rg, metro: MetroLocation.of(metro), serviceProviderName: provider, bandwidthMbps: c.bandwidthMbps, name: c.name,
      });
      if (c.override !== undefined) circuit.resource.addOverride('bandwidth_in_mbps', c.override);
      if (c.gateway !== undefined) {
        circuit.connectTo('Connection', gateways[c.gateway]);
        if (c.twice) circuit.connectTo('Again', gateways[c.gateway]);
      }
      if (c.routeFilterLocation !== undefined) {
        const filter = new RouteFilter(stack, `Filter${i}`, {
          name: `rf-${i}`, resourceGroupName: 'rg', location: c.routeFilterLocation,
          rule: [{ name: 'allow', access: 'Allow', ruleType: 'Community', communities: ['12076:5010'] }],
        });
        circuit.addMicrosoftPeering('Microsoft', {
          vlanId: 200, peerAsn: 1103, primaryPeerAddressPrefix: '203.0.113.0/30', secondaryPeerAddressPrefix: '203.0.113.4/30',
          advertisedPublicPrefixes: ['198.51.100.0/24'], routeFilterId: filter.id,
        });
      }
      if (p.output && i === 0) new TerraformOutput(stack, 'circuit_id', { value: circuit.circuitId });
    });
    if (p.rawBandwidth !== undefined) {
      new ExpressRouteCircuit(stack, 'RawCircuit', {
        ...rg, name: 'erc-a', serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthInMbps: p.rawBandwidth,
        sku: { tier: 'Standard', family: 'MeteredData' },
      });
    }
    const { synth, lint } = synthAndLint(app, outdir).get('p')!;
    findings += synth.length;
    expect(lint).toEqual(synth);
  }), { seed: SEED, numRuns: 12 });
  expect(findings).toBeGreaterThan(12);
});
