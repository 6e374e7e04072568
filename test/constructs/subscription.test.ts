/**
 * Circuits and ports carry the subscription key the lint reads from what they write: the azurerm
 * provider configuration of their resource (`provider`; none: the default `azurerm`), named with
 * the stack, since the synth judges every stack at once and the lint one stack at a time.
 */
import { TerraformVariable } from 'cdktf';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ExpressRouteMetroDirectPort } from '../../src/constructs/direct-port';
import { MetroLocation } from '../../src/constructs/enums';
import { ExpressRouteMetroCircuit } from '../../src/constructs/metro-circuit';
import { ExpressRouteProviderCircuit } from '../../src/constructs/provider-circuit';
import { ExpressRouteValidation } from '../../src/constructs/validation';
import { lintJson } from '../../src/terraform/lint';
import { newStack, RG, synthJson } from './helpers';

const PROVIDER_CIRCUIT = { ...RG, serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthMbps: 1000 };

function build(configure?: (providerOf: () => AzurermProvider) => AzurermProvider | undefined) {
  const { app, stack } = newStack('net');
  let spoke: AzurermProvider | undefined;
  const provider = configure?.(() => (spoke ??= new AzurermProvider(stack, 'spoke', { features: [{}], alias: 'spoke' })));
  const circuit = new ExpressRouteProviderCircuit(stack, 'Circuit', PROVIDER_CIRCUIT);
  const metro = new ExpressRouteMetroCircuit(stack, 'Metro', { ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000 });
  const port = new ExpressRouteMetroDirectPort(stack, 'Port', { ...RG, metro: MetroLocation.AMSTERDAM, bandwidthGbps: 100 });
  const direct = port.addCircuit('Direct', { bandwidthGbps: 5 });
  if (provider) for (const c of [circuit, metro, port, direct]) c.resource.provider = provider;
  const topology = ExpressRouteValidation.of(app).buildTopology();
  const nodes = [...topology.circuits, ...topology.ports];
  return { stack, subscriptions: Object.fromEntries(nodes.map((n) => [n.path, n.subscription])), nodes };
}

const ALL = ['net/Circuit', 'net/Metro', 'net/Port', 'net/Port/Direct'];
const every = (key: string | undefined) => Object.fromEntries(ALL.map((p) => [p, key]));

test('no provider on the resource: the stack\'s default configuration, `azurerm`', () => {
  expect(build().subscriptions).toEqual(every('net/azurerm'));
});

test('an aliased provider, set after the construct (read when the model is built): `azurerm.<alias>`', () => {
  const { stack, subscriptions } = build((spoke) => spoke());
  expect(subscriptions).toEqual(every('net/azurerm.spoke'));
  // What the lint reads from the written resources.
  const written = synthJson(stack).resource;
  const providers = [...Object.values(written.azurerm_express_route_circuit), ...Object.values(written.azurerm_express_route_port)].map((r: any) => r.provider);
  expect(providers).toEqual(['azurerm.spoke', 'azurerm.spoke', 'azurerm.spoke', 'azurerm.spoke']);
});

test('an alias that is a token: unknown on both sides, so the circuits are not counted', () => {
  const { stack, subscriptions, nodes } = build((spoke) => {
    const p = spoke();
    p.alias = new TerraformVariable(p, 'alias', { type: 'string' }).stringValue;
    return p;
  });
  expect(subscriptions).toEqual(every(undefined));
  for (const n of nodes) expect(n.unresolved).toContain('subscription');
  const doc = synthJson(stack);
  expect(Object.values(doc.resource.azurerm_express_route_circuit).map((r: any) => r.provider)).toEqual(Array(3).fill('azurerm.${var.spoke_alias_AC5B8944}'));
  const { topology } = lintJson(doc, 'cdk.tf.json');
  expect(topology.circuits.map((c) => [c.subscription, c.unresolved?.includes('subscription')])).toEqual([[undefined, true], [undefined, true], [undefined, true]]);
});
