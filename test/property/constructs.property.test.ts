import * as fc from 'fast-check';
import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import {
  CircuitSkuFamily, CircuitSkuTier, ExpressRouteMetroCircuit, ExpressRouteMetroDirectPort, ExpressRouteVirtualNetworkGateway, GatewaySku, MacsecCipher, MetroLocation, PortEncapsulation,
} from '../../src';
import { ValidationError } from '../../src/errors';
import { PROVIDER_BANDWIDTHS_MBPS } from '../../src/catalog/azure-limits';
import { MetroCatalog } from '../../src/catalog/metro-catalog';
import { lintText } from '../../src/terraform/lint';
import { anyNumber, anyPrefix, cipher, family, gatewaySku, metroName, provider, SEED, tier } from './arbitraries';

const SUBNET = '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet';
const KV = 'https://kv.vault.azure.net/secrets';

const mostly = <T>(good: fc.Arbitrary<T>, any: fc.Arbitrary<T>) => fc.oneof({ weight: 6, arbitrary: good }, { weight: 1, arbitrary: any });
const catalog = MetroCatalog.builtIn();
const orderable = catalog.metros.filter((m) => m.providers.length > 0);

/** Mostly valid props (so both outcomes occur), sometimes anything. */
const props = fc.constantFrom(...orderable).chain((m) => fc.record({
  metro: mostly(fc.constant(m.name), metroName),
  provider: mostly(fc.constantFrom(...m.providers), provider),
  bandwidthMbps: mostly(fc.constantFrom(...PROVIDER_BANDWIDTHS_MBPS), anyNumber),
  tier: mostly(fc.constantFrom('Standard', 'Premium'), tier),
  family: mostly(fc.constant('MeteredData'), family),
  vlan: mostly(fc.integer({ min: 1, max: 2000 }), anyNumber),
  vlan2: mostly(fc.integer({ min: 2001, max: 4094 }), anyNumber),
  asn: mostly(fc.integer({ min: 64512, max: 65514 }), anyNumber),
  primary: mostly(fc.constant('192.168.100.0/30'), anyPrefix),
  secondary: mostly(fc.constant('192.168.100.4/30'), anyPrefix),
  md5: mostly(fc.constantFrom('none', 'variable'), fc.constant('literal')),
  gatewaySku: mostly(fc.constantFrom('ErGw1AZ', 'ErGw2AZ', 'ErGw3AZ'), gatewaySku),
  weight: fc.option(mostly(fc.integer({ min: 0, max: 32000 }), anyNumber), { nil: undefined }),
  fastPath: mostly(fc.constant(false), fc.boolean()),
  withPort: fc.boolean(),
  portGbps: mostly(fc.constantFrom(10, 100), fc.constant(40)),
  encapsulation: mostly(fc.constantFrom('Dot1Q', 'QinQ'), fc.constant('dot1q')),
  circuitGbps: mostly(fc.constantFrom(5, 10), anyNumber),
  macsec: fc.boolean(),
  identity: mostly(fc.constant(true), fc.boolean()),
  cipher: mostly(fc.constantFrom('GcmAesXpn128', 'GcmAesXpn256'), cipher),
  linkEnabled: fc.boolean(),
  globalReach: fc.option(mostly(fc.constant('10.255.0.0/29'), anyPrefix), { nil: undefined }),
}));

/** Literal secrets: a key name whose value is not a reference. */
function secretLiterals(text: string): string[] {
  return [...text.matchAll(/"(shared_key|authorization_key|service_key)": "([^"$][^"]*)"/g)].map((m) => m[0]);
}

test('random constructs either synthesize clean output or fail with a ValidationError', () => {
  let synthesized = 0;
  let rejected = 0;
  fc.assert(fc.property(props, (p) => {
    const stack = new TerraformStack(Testing.app(), 'p');
    new AzurermProvider(stack, 'azurerm', { features: [{}] });
    const rg = { resourceGroupName: 'rg', location: 'West Europe' };
    const circuit = new ExpressRouteMetroCircuit(stack, 'Circuit', {
      ...rg, metro: MetroLocation.of(p.metro), serviceProviderName: p.provider, bandwidthMbps: p.bandwidthMbps,
      skuTier: CircuitSkuTier.custom(p.tier), skuFamily: CircuitSkuFamily.custom(p.family),
    });
    const md5 = p.md5 === 'variable' ? new TerraformVariable(stack, 'md5', { type: 'string', sensitive: true }).stringValue
      : p.md5 === 'literal' ? 'Sup3rS3cret' : undefined;
    circuit.addPrivatePeering('Private', { vlanId: p.vlan, peerAsn: p.asn, primaryPeerAddressPrefix: p.primary, secondaryPeerAddressPrefix: p.secondary, sharedKey: md5 });
    const gateway = new ExpressRouteVirtualNetworkGateway(stack, 'Gateway', { ...rg, gatewaySubnetId: SUBNET, sku: GatewaySku.custom(p.gatewaySku) });
    circuit.connectTo('Connection', gateway, { routingWeight: p.weight, fastPath: p.fastPath });
    if (p.withPort) {
      const port = new ExpressRouteMetroDirectPort(stack, 'Port', {
        ...rg, metro: MetroLocation.of(p.metro), bandwidthGbps: p.portGbps, encapsulation: PortEncapsulation.custom(p.encapsulation),
        userAssignedIdentityId: p.identity ? 'id' : undefined, link1: { adminEnabled: p.linkEnabled }, link2: { adminEnabled: p.linkEnabled },
        macsec: p.macsec ? { cknSecretId: `${KV}/ckn`, cakSecretId: `${KV}/cak`, cipher: MacsecCipher.custom(p.cipher) } : undefined,
      });
      const onPort = port.addCircuit('OnPort', { bandwidthGbps: p.circuitGbps });
      onPort.addPrivatePeering('Private', { vlanId: p.vlan2, peerAsn: p.asn, primaryPeerAddressPrefix: '10.9.0.0/30', secondaryPeerAddressPrefix: '10.9.0.4/30' });
      if (p.globalReach !== undefined) circuit.addGlobalReach('GlobalReach', { peerCircuit: onPort, addressPrefixIpv4: p.globalReach });
    }
    let text: string;
    try {
      text = Testing.synth(stack);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw new Error(`not a ValidationError: ${(e as Error).stack}`);
      if (e.findings.length === 0) throw new Error('a ValidationError without findings');
      rejected++;
      return;
    }
    synthesized++;
    if (secretLiterals(text).length > 0) throw new Error(`literal secret in output: ${secretLiterals(text)}`);
    // The Terraform front end reads the same output: it must find no error either.
    const errors = lintText(text, 'p/cdk.tf.json', { providerVersion: '>= 4.60.0, < 5.0.0' }).report.findings
      .filter((f) => f.severity === 'error' && !f.suppressed);
    if (errors.length > 0) throw new Error(`synthesized output the rules reject: ${errors.map((f) => `${f.ruleId} ${f.path} ${f.message}`).join('; ')}`);
  }), { seed: SEED, numRuns: 400 });
  // Both outcomes occur: the generator is not degenerate.
  expect(synthesized).toBeGreaterThan(10);
  expect(rejected).toBeGreaterThan(10);
});
