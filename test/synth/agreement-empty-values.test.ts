/**
 * Synth and lint agree on values azurerm does not send when they are empty: a peering's IPv4
 * subnets written as `""` are no value in either front end (the lint's reader and the constructs'
 * model both read them through `sentWhenNotEmpty`); a route filter id of `""` is a value in both.
 */
import { App, TerraformStack } from 'cdktf';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { MetroLocation } from '../../src/constructs/enums';
import { ExpressRouteMetroCircuit } from '../../src/constructs/metro-circuit';
import { ExpressRouteValidation } from '../../src/constructs/validation';
import { synthAndLint, tempOutdir } from './agreement';

test('empty IPv4 subnets and an empty route filter id: the same verdict at synth and in the lint of what it wrote', () => {
  const outdir = tempOutdir();
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'net');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  const circuit = new ExpressRouteMetroCircuit(stack, 'Circuit', {
    resourceGroupName: 'rg', location: 'West Europe', metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000,
  });
  circuit.addPrivatePeering('Private', {
    vlanId: 100, peerAsn: 65010, primaryPeerAddressPrefix: '', secondaryPeerAddressPrefix: '',
    ipv6PrimaryPeerAddressPrefix: '2001:db8:100::/126', ipv6SecondaryPeerAddressPrefix: '2001:db8:100::4/126',
  });
  circuit.addMicrosoftPeering('Microsoft', {
    vlanId: 200, peerAsn: 8075 + 1, routingRegistryName: 'RIPENCC',
    primaryPeerAddressPrefix: '203.0.113.0/30', secondaryPeerAddressPrefix: '203.0.113.4/30',
    advertisedPublicPrefixes: ['198.51.100.0/24'], routeFilterId: '',
  });
  const result = ExpressRouteValidation.of(app).validate();
  const peeringFindings = result.findings.filter((f) => f.path.startsWith('net/Circuit/'));
  // No "is not a CIDR block" on the empty subnets; the empty route filter id is a filter given (no PEER009).
  expect(peeringFindings.filter((f) => f.ruleId.startsWith('PEER'))).toEqual([]);
  const { synth, lint } = synthAndLint(app, outdir).get('net')!;
  expect(lint).toEqual(synth);
  expect(synth.filter((v) => v.startsWith('PEER0'))).toEqual([]);
});
