import 'cdktf/lib/testing/adapters/jest';
import { TerraformVariable, Testing } from 'cdktf';
import { ExpressRouteCircuit } from '@cdktf/provider-azurerm/lib/express-route-circuit';
import { ManagementLock } from '@cdktf/provider-azurerm/lib/management-lock';
import {
  CircuitSkuFamily, CircuitSkuTier, ExpressRouteMetroCircuit, ExpressRouteMetroCircuitProps, ExpressRouteProviderCircuit, ExpressRouteValidation, MetroLocation,
} from '../../src';
import { ValidationError } from '../../src/errors';
import { newStack, PEERING, resources, RG, synthErrorIds, synthJson } from './helpers';

const METRO: ExpressRouteMetroCircuitProps = { ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000 };

describe('ExpressRouteMetroCircuit', () => {
  test('emits a provider circuit at "<City> Metro" with prevent_destroy', () => {
    const { stack } = newStack();
    new ExpressRouteMetroCircuit(stack, 'Circuit', METRO);
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ExpressRouteCircuit, {
      peering_location: 'Amsterdam Metro',
      service_provider_name: 'Equinix',
      bandwidth_in_mbps: 1000,
      sku: { tier: 'Standard', family: 'MeteredData' },
      lifecycle: { prevent_destroy: true },
      name: 'erc-circuit',
    });
  });

  test('exposes the two peering locations of the metro and the service key', () => {
    const { stack } = newStack();
    const c = new ExpressRouteMetroCircuit(stack, 'Circuit', { ...METRO, metro: MetroLocation.custom('Zurich'), serviceProviderName: 'Swisscom' });
    expect(c.peeringLocations).toEqual(['Zurich', 'Zurich2']);
    expect(c.serviceKey).toMatch(/\$\{TfToken/);
  });

  test('takes SKU, name and tags, and an opt-out of prevent_destroy', () => {
    const { stack } = newStack();
    new ExpressRouteMetroCircuit(stack, 'Circuit', {
      ...METRO, name: 'erc-prod', tags: { env: 'prod' }, skuTier: CircuitSkuTier.PREMIUM,
      skuFamily: CircuitSkuFamily.UNLIMITED_DATA, preventDestroy: false,
    });
    const [circuit] = resources(synthJson(stack), 'azurerm_express_route_circuit');
    expect(circuit).toMatchObject({ name: 'erc-prod', tags: { env: 'prod' }, sku: { tier: 'Premium', family: 'UnlimitedData' } });
    expect(circuit.lifecycle).toBeUndefined();
  });

  test('a Local circuit defaults to UnlimitedData', () => {
    const { stack } = newStack();
    new ExpressRouteMetroCircuit(stack, 'Circuit', { ...METRO, skuTier: CircuitSkuTier.LOCAL });
    expect(resources(synthJson(stack), 'azurerm_express_route_circuit')[0].sku).toEqual({ tier: 'Local', family: 'UnlimitedData' });
  });

  test('adds a CanNotDelete lock on request', () => {
    const { stack } = newStack();
    new ExpressRouteMetroCircuit(stack, 'Circuit', { ...METRO, deleteLock: true });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ManagementLock, {
      lock_level: 'CanNotDelete', scope: '${azurerm_express_route_circuit.Circuit_AB749783.id}',
    });
  });

  test('writes the service key only as a sensitive output', () => {
    const { stack } = newStack();
    new ExpressRouteMetroCircuit(stack, 'Circuit', { ...METRO, outputServiceKey: true });
    const outputs = Object.values(synthJson(stack).output) as any[];
    expect(outputs).toEqual([expect.objectContaining({ sensitive: true, value: '${azurerm_express_route_circuit.Circuit_AB749783.service_key}' })]);
  });

  test('declares the targeted azurerm range instead of the 4.55.0 pin', () => {
    const { stack } = newStack();
    new ExpressRouteMetroCircuit(stack, 'Circuit', METRO);
    expect(synthJson(stack).terraform.required_providers.azurerm.version).toBe('>= 4.60.0, < 5.0.0');
    ExpressRouteValidation.of(stack).useProviderVersion('>= 4.79.0, < 5.0.0');
    expect(synthJson(stack).terraform.required_providers.azurerm.version).toBe('>= 4.79.0, < 5.0.0');
  });

  const bad: Array<[string, Partial<ExpressRouteMetroCircuitProps>, string[]]> = [
    ['City2 instead of the Metro name', { metro: MetroLocation.custom('Amsterdam2 Metro') }, ['METRO001']],
    ['a provider not at the metro', { serviceProviderName: 'Zayo' }, ['METRO002']],
    ['a bandwidth Azure does not offer', { bandwidthMbps: 300 }, ['BW001']],
    ['a Local circuit at a metro without local region', { metro: MetroLocation.ATLANTA, skuTier: CircuitSkuTier.LOCAL }, ['SKU004']],
    ['a custom tier in the wrong case', { skuTier: CircuitSkuTier.custom('premium') }, ['SKU001']],
    ['three problems at once', { serviceProviderName: 'Zayo', bandwidthMbps: 300, skuFamily: CircuitSkuFamily.custom('x') }, ['BW001', 'METRO002', 'SKU002']],
  ];
  test.each(bad)('fails the synth on %s', (_name, change, ids) => {
    const { stack } = newStack();
    new ExpressRouteMetroCircuit(stack, 'Circuit', { ...METRO, ...change });
    expect(synthErrorIds(stack)).toEqual(ids);
  });

  test('an announced provider is a warning annotation, not an error', () => {
    const { stack } = newStack();
    const c = new ExpressRouteMetroCircuit(stack, 'Circuit', { ...METRO, serviceProviderName: 'GTT' });
    Testing.synth(stack);
    const warnings = c.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => m.data as string);
    expect(warnings).toEqual([expect.stringMatching(/^\[METRO003\] serviceProviderName = "GTT": .*expected to fail/)]);
  });

  test('does not judge values that are tokens', () => {
    const { stack } = newStack();
    const bw = new TerraformVariable(stack, 'bandwidth', { type: 'number' });
    const provider = new TerraformVariable(stack, 'provider', { type: 'string' });
    new ExpressRouteMetroCircuit(stack, 'Circuit', { ...METRO, bandwidthMbps: bw.numberValue, serviceProviderName: provider.stringValue });
    expect(synthErrorIds(stack)).toEqual([]);
  });

  test('the error message lists rule, path, property, value and fix, without a stack trace', () => {
    const { stack } = newStack();
    new ExpressRouteMetroCircuit(stack, 'Circuit', { ...METRO, bandwidthMbps: 300 });
    let error: ValidationError | undefined;
    try {
      Testing.synth(stack);
    } catch (e) {
      error = e as ValidationError;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect(error!.message).toContain('[BW001] test/Circuit: bandwidthMbps = 300');
    expect(error!.message).toContain('Fix: Use 50, 100, 200, 500, 1000, 2000, 5000 or 10000 Mbps');
    // One line saying there is no trace (Node brackets a stack without any), no frame into a file.
    expect(error!.stack!.split('\n').filter((l) => /^\s+at /.test(l))).toEqual(['    at cdktf-expressroute-metro (no stack trace: the message locates every problem)']);
  });
});

describe('ExpressRouteProviderCircuit', () => {
  test('a single-site circuit at a plain peering location', () => {
    const { stack } = newStack();
    new ExpressRouteProviderCircuit(stack, 'Circuit', { ...RG, peeringLocation: 'Amsterdam', serviceProviderName: 'Equinix', bandwidthMbps: 500 });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ExpressRouteCircuit, { peering_location: 'Amsterdam' });
  });

  test('an imported circuit takes part in validation', () => {
    const { stack } = newStack();
    const imported = ExpressRouteProviderCircuit.fromCircuitAttributes(stack, 'Existing', {
      circuitId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/old',
      circuitName: 'old', resourceGroupName: 'rg', peeringLocation: 'Amsterdam Metro',
    });
    const metro = new ExpressRouteMetroCircuit(stack, 'Circuit', METRO);
    metro.addPrivatePeering('Private', PEERING);
    metro.addGlobalReach('GlobalReach', { peerCircuit: imported, addressPrefixIpv4: '10.255.0.0/29' });
    expect(synthErrorIds(stack)).toEqual(['GR001']);
  });
});

describe('extending', () => {
  /** A company circuit: naming, tags and Premium by default. */
  class CompanyMetroCircuit extends ExpressRouteMetroCircuit {
    constructor(scope: any, id: string, props: Omit<ExpressRouteMetroCircuitProps, 'name' | 'tags'>) {
      super(scope, id, { skuTier: CircuitSkuTier.PREMIUM, ...props, name: `contoso-erc-${id.toLowerCase()}`, tags: { owner: 'network' } });
      this.resource.addOverride('timeouts', { create: '60m' });
    }
  }

  test('a subclass sets company defaults and overrides the L1 resource', () => {
    const { stack } = newStack();
    new CompanyMetroCircuit(stack, 'Core', { ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Colt', bandwidthMbps: 2000 });
    const [circuit] = resources(synthJson(stack), 'azurerm_express_route_circuit');
    expect(circuit).toMatchObject({
      name: 'contoso-erc-core', tags: { owner: 'network' }, sku: { tier: 'Premium' }, timeouts: { create: '60m' },
    });
  });

  test('a subclass is still validated', () => {
    const { stack } = newStack();
    new CompanyMetroCircuit(stack, 'Core', { ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Nobody', bandwidthMbps: 2000 });
    expect(synthErrorIds(stack)).toEqual(['METRO002']);
  });
});
