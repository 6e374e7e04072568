/**
 * Circuits and ports carry the subscription key the lint reads from what they write: the azurerm
 * provider configuration of their resource (`provider`; none: the default `azurerm`), named with
 * the stack, since the synth judges every stack at once and the lint one stack at a time; and the
 * subscription id that configuration's provider block writes as a literal, which the quota rules
 * count every stack and alias by together.
 */
import { Fn, TerraformStack, TerraformVariable, Testing } from 'cdktf';
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

describe('a literal subscription_id on the provider: every stack and alias that names the id counts together at synth', () => {
  const ID = '6f1c2a4e-0b1d-4c7e-9a55-3e2f10c0ffee';
  type Subscription = string | undefined | ((stack: TerraformStack) => string);
  /** Two stacks, 6 provider circuits in West Europe each (distinct names), their providers' `subscriptionId` as given. */
  function twoStacks(a: Subscription, b: Subscription) {
    const app = Testing.app();
    const stacks = ([['a', a, 'Hub'], ['b', b, 'Edge']] as const).map(([id, subscription, prefix]) => {
      const stack = new TerraformStack(app, id);
      new AzurermProvider(stack, 'azurerm', { features: [{}], subscriptionId: typeof subscription === 'function' ? subscription(stack) : subscription });
      for (let i = 0; i < 6; i++) new ExpressRouteProviderCircuit(stack, `${prefix}${i}`, PROVIDER_CIRCUIT);
      return stack;
    });
    const quota = ExpressRouteValidation.of(app).validate().findings.filter((f) => /^(SKU012|SKU013|PORT007)$/.test(f.ruleId))
      .map((f) => `${f.ruleId} ${f.path} ${f.property} ${f.severity}`);
    return { stacks, quota };
  }

  test('the same literal id in two stacks: 12 circuits in one region, one SKU012 on the circuit named first', () => {
    const { stacks, quota } = twoStacks(ID, ID.toUpperCase());
    expect(quota).toEqual(['SKU012 b/Edge0 location warning']);
    // What the lint reads: the written provider blocks.
    expect(stacks.map((s) => synthJson(s).provider.azurerm[0].subscription_id)).toEqual([ID, ID.toUpperCase()]);
  });

  test('two different literal ids: counted apart, no finding', () => {
    expect(twoStacks(ID, ID.replace(/^6/, '7')).quota).toEqual([]);
  });

  test('a variable or another token: not known, counted per stack as before, no finding', () => {
    const variable = (stack: TerraformStack) => new TerraformVariable(stack, 'subscription', { type: 'string', default: ID }).stringValue;
    const { stacks, quota } = twoStacks(variable, variable);
    expect(quota).toEqual([]);
    expect(synthJson(stacks[0]).provider.azurerm[0].subscription_id).toBe('${var.subscription}');
    expect(twoStacks(ID, (stack) => Fn.lower(new TerraformVariable(stack, 'subscription', { type: 'string' }).stringValue)).quota).toEqual([]);
  });

  test('an id written through an escape hatch on the provider, after the constructs: what is written counts, on both sides', () => {
    const { stacks, quota } = twoStacks(ID, undefined);
    expect(quota).toEqual([]);
    const provider = stacks[1].node.findAll().find((c) => c instanceof AzurermProvider) as AzurermProvider;
    provider.addOverride('subscription_id', ` ${ID.toUpperCase()}`);
    expect(ExpressRouteValidation.of(stacks[1]).validate().findings.filter((f) => f.ruleId === 'SKU012').map((f) => `${f.ruleId} ${f.path}`))
      .toEqual(['SKU012 b/Edge0']);
    // The model as the lint reads the written stack: the configuration's key, and the id.
    const { topology } = lintJson(synthJson(stacks[1]), 'cdk.tf.json');
    expect(new Set(topology.circuits.map((c) => `${c.subscription} ${c.subscriptionId}`))).toEqual(new Set([`azurerm ${ID}`]));
  });
});
