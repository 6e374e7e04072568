import { SecretInput } from '../../../src/model/topology';
import { privatePeering, validTopology } from '../fixtures';
import { VerdictCase } from './case';
import { error, gw, mutate, peering, warning } from './helpers';

export const CASES: VerdictCase[] = [
  // Issue 18: the Global Reach /29 is used nowhere else (GRCFG).
  { ruleId: 'PEER022', name: 'a Global Reach /29 inside a VNet', topology: mutate((t) => { gw(t).virtualNetworkAddressSpaces = ['10.255.0.0/16']; }),
    expect: [error('gr', 'addressPrefixIpv4')] },
  { ruleId: 'PEER022', name: 'a Global Reach /29 inside a private peering subnet', topology: mutate((t) => {
    t.globalReach[0] = { ...t.globalReach[0], addressPrefixIpv4: '192.168.100.0/29' };
  }), expect: [error('gr', 'addressPrefixIpv4')] },
  { ruleId: 'PEER022', name: 'a Global Reach /29 in a declared on-premises range', topology: () => ({ ...validTopology(), onPremisesPrefixes: ['10.0.0.0/8'] }),
    expect: [error('gr', 'addressPrefixIpv4')] },
  { ruleId: 'PEER022', name: 'a Global Reach /29 used nowhere else', topology: () => ({
    ...mutate((t) => { gw(t).virtualNetworkAddressSpaces = ['10.1.0.0/16']; })(), onPremisesPrefixes: ['172.16.0.0/12'],
  }), expect: [] },
];

const ms = (change: Record<string, unknown>) => mutate((t) => { Object.assign(peering(t, 'ams/microsoft'), change); });
const rf = (change: Record<string, unknown>) => mutate((t) => {
  t.routeFilters.push({ key: 'rf', path: 'rf', location: 'West Europe', ruleCount: 1, ruleAccess: 'Allow', ...change });
});

CASES.push(
  { ruleId: 'PEER008', name: 'an RFC 1918 advertised prefix', topology: ms({ advertisedPublicPrefixes: ['10.1.0.0/16'] }),
    expect: [error('ams/microsoft', 'advertisedPublicPrefixes')] },
  // Issue 12: the ipv6 { microsoft_peering } block is checked like the IPv4 one.
  { ruleId: 'PEER008', name: 'a ULA advertised over IPv6', topology: ms({ ipv6AdvertisedPublicPrefixes: ['fd00:1::/48'] }),
    expect: [error('ams/microsoft', 'ipv6AdvertisedPublicPrefixes')] },
  { ruleId: 'PEER008', name: 'public prefixes on both families', topology: ms({ ipv6AdvertisedPublicPrefixes: ['2a01:111::/48'] }), expect: [] },
  { ruleId: 'PEER016', name: 'Microsoft peering over IPv4 without advertised prefixes', topology: ms({ advertisedPublicPrefixes: undefined }),
    expect: [error('ams/microsoft', 'advertisedPublicPrefixes')] },
  { ruleId: 'PEER016', name: 'advertised prefixes not known before apply', topology: ms({ advertisedPublicPrefixes: undefined, unresolved: ['advertisedPublicPrefixes'] }), expect: [] },
  { ruleId: 'PEER017', name: '201 IPv6 prefixes', topology: ms({ ipv6AdvertisedPublicPrefixes: Array.from({ length: 201 }, (_, i) => `2a01:111:${i.toString(16)}::/48`) }),
    expect: [error('ams/microsoft', 'ipv6AdvertisedPublicPrefixes')] },
  { ruleId: 'PEER017', name: '200 IPv4 prefixes', topology: ms({ advertisedPublicPrefixes: Array.from({ length: 200 }, (_, i) => `198.51.${i}.0/24`) }), expect: [] },
  { ruleId: 'PEER011', name: 'a private customer ASN in the ipv6 block', topology: ms({ ipv6CustomerAsn: 65001 }), expect: [error('ams/microsoft', 'ipv6CustomerAsn')] },
  { ruleId: 'PEER011', name: 'a private IPv4 customer ASN', topology: ms({ customerAsn: 65001 }), expect: [error('ams/microsoft', 'customerAsn')] },
  { ruleId: 'PEER011', name: 'customer ASN 0 (not set) and a public one', topology: ms({ customerAsn: 0, ipv6CustomerAsn: 34999 }), expect: [] },
  { ruleId: 'PEER018', name: 'a documentation peer ASN', topology: ms({ peerAsn: 64500 }), expect: [error('ams/microsoft', 'peerAsn')] },
  { ruleId: 'PEER018', name: 'a public peer ASN', topology: validTopology, expect: [] },
  { ruleId: 'PEER019', name: 'a private peer ASN without customer ASN', topology: ms({ peerAsn: 65001 }), expect: [warning('ams/microsoft', 'peerAsn')] },
  { ruleId: 'PEER019', name: 'a private peer ASN with a public customer ASN', topology: ms({ peerAsn: 65001, customerAsn: 34999 }), expect: [] },
  { ruleId: 'PEER019', name: 'a private peer ASN, customer ASN unknown', topology: ms({ peerAsn: 65001, unresolved: ['customerAsn'] }), expect: [] },
  { ruleId: 'PEER015', name: 'a route filter with two rules', topology: rf({ ruleCount: 2 }), expect: [error('rf', 'rule')] },
  // Issue 18 audit: a filter without rules is valid (it allows nothing).
  { ruleId: 'PEER015', name: 'a route filter without rules', topology: rf({ ruleCount: 0, ruleAccess: undefined }), expect: [] },
  { ruleId: 'PEER020', name: 'a Deny rule', topology: rf({ ruleAccess: 'Deny' }), expect: [error('rf', 'rule.access')] },
  { ruleId: 'PEER020', name: 'an Allow rule', topology: rf({}), expect: [] },
  { ruleId: 'PEER021', name: 'a route filter in another region', topology: rf({ location: 'North Europe' }), expect: [error('rf', 'location')] },
  { ruleId: 'PEER021', name: 'a route filter in the circuit\'s region, spelled differently', topology: rf({ location: 'westeurope' }), expect: [] },
  // Issue 12: Microsoft peering BGP subnets are public addresses.
  { ruleId: 'PEER023', name: 'RFC 1918 /30s on Microsoft peering', topology: ms({ primaryPeerAddressPrefix: '10.0.0.0/30', secondaryPeerAddressPrefix: '10.0.0.4/30' }),
    expect: [error('ams/microsoft', 'primaryPeerAddressPrefix'), error('ams/microsoft', 'secondaryPeerAddressPrefix')] },
  { ruleId: 'PEER023', name: 'ULA /126s on Microsoft peering', topology: ms({ ipv6PrimaryPeerAddressPrefix: 'fd00::/126', ipv6SecondaryPeerAddressPrefix: 'fd00::4/126' }),
    expect: [error('ams/microsoft', 'ipv6PrimaryPeerAddressPrefix'), error('ams/microsoft', 'ipv6SecondaryPeerAddressPrefix')] },
  { ruleId: 'PEER023', name: 'CGNAT space on Microsoft peering', topology: ms({ primaryPeerAddressPrefix: '100.64.0.0/30' }),
    expect: [error('ams/microsoft', 'primaryPeerAddressPrefix')] },
  { ruleId: 'PEER023', name: 'private /30s on private peering, public on Microsoft peering', topology: validTopology, expect: [] },
  // Issue 12: a /30 used twice across the peerings of one circuit.
  // Both peerings are reported: which one came second depends on the order a front end reads them.
  { ruleId: 'PEER024', name: 'Microsoft peering on the private peering\'s /30', topology: ms({ primaryPeerAddressPrefix: '192.168.100.4/30', secondaryPeerAddressPrefix: '203.0.113.4/30' }),
    expect: [error('ams/microsoft', 'primaryPeerAddressPrefix'), error('ams/private', 'secondaryPeerAddressPrefix')] },
  { ruleId: 'PEER024', name: 'the same /30 on peerings of two circuits', topology: mutate((t) => {
    peering(t, 'fra/private').primaryPeerAddressPrefix = '192.168.100.0/30';
  }), expect: [] },
  // Issue 12: a route filter id that is not known (a variable, null by default) is not judged.
  { ruleId: 'PEER010', name: 'a route filter on private peering', topology: mutate((t) => { peering(t, 'ams/private').hasRouteFilter = true; }),
    expect: [error('ams/private', 'routeFilterId')] },
  { ruleId: 'PEER010', name: 'route_filter_id = var.x on private peering', topology: mutate((t) => {
    peering(t, 'ams/private').hasRouteFilter = true; peering(t, 'ams/private').unresolved = ['routeFilterId'];
  }), expect: [] },
);

const priv = (change: Record<string, unknown>) => mutate((t) => { Object.assign(peering(t, 'ams/private'), change); });

CASES.push(
  { ruleId: 'PEER001', name: 'a /29 peering subnet', topology: priv({ primaryPeerAddressPrefix: '192.168.100.0/29' }), expect: [error('ams/private', 'primaryPeerAddressPrefix')] },
  { ruleId: 'PEER001', name: 'host bits set', topology: priv({ primaryPeerAddressPrefix: '192.168.100.1/30' }), expect: [error('ams/private', 'primaryPeerAddressPrefix')] },
  { ruleId: 'PEER001', name: 'an IPv6 /64', topology: priv({ ipv6PrimaryPeerAddressPrefix: '2001:db8::/64', ipv6SecondaryPeerAddressPrefix: '2001:db8:1::/126' }),
    expect: [error('ams/private', 'ipv6PrimaryPeerAddressPrefix')] },
  { ruleId: 'PEER001', name: 'an IPv6 /126 pair', topology: priv({ ipv6PrimaryPeerAddressPrefix: '2001:db8:100::/126', ipv6SecondaryPeerAddressPrefix: '2001:db8:100::4/126' }), expect: [] },
  { ruleId: 'PEER002', name: 'primary equals secondary', topology: priv({ secondaryPeerAddressPrefix: '192.168.100.0/30' }), expect: [error('ams/private', 'secondaryPeerAddressPrefix')] },
  { ruleId: 'PEER002', name: 'the valid base topology', topology: validTopology, expect: [] },
  { ruleId: 'PEER003', name: 'two peerings of a circuit on one VLAN', topology: ms({ vlanId: 100 }), expect: [error('ams/microsoft', 'vlanId'), error('ams/private', 'vlanId')] },
  { ruleId: 'PEER003', name: 'the valid base topology', topology: validTopology, expect: [] },
  { ruleId: 'PEER004', name: 'VLAN 4095', topology: priv({ vlanId: 4095 }), expect: [warning('ams/private', 'vlanId')] },
  { ruleId: 'PEER004', name: 'VLAN 4094', topology: priv({ vlanId: 4094 }), expect: [] },
  { ruleId: 'PEER005', name: 'an ASN Azure reserves', topology: priv({ peerAsn: 65515 }), expect: [error('ams/private', 'peerAsn')] },
  { ruleId: 'PEER005', name: 'an ASN above 32 bits', topology: priv({ peerAsn: 4294967296 }), expect: [error('ams/private', 'peerAsn')] },
  { ruleId: 'PEER005', name: 'a 32-bit private ASN', topology: priv({ peerAsn: 4200000001 }), expect: [] },
  { ruleId: 'PEER006', name: 'Microsoft\'s own ASN', topology: priv({ peerAsn: 12076 }), expect: [warning('ams/private', 'peerAsn')] },
  { ruleId: 'PEER006', name: 'the valid base topology', topology: validTopology, expect: [] },
  { ruleId: 'PEER007', name: 'a literal MD5 key that is too long', topology: priv({ sharedKey: SecretInput.LITERAL, sharedKeyWellFormed: false }), expect: [error('ams/private', 'sharedKey')] },
  // Length is not about secrecy: a known key given to the configuration (--var, a plan's value) is judged too.
  { ruleId: 'PEER007', name: 'a known MD5 key given as an input that is too long', topology: priv({ sharedKey: SecretInput.REFERENCE, sharedKeyWellFormed: false }), expect: [error('ams/private', 'sharedKey')] },
  { ruleId: 'PEER007', name: 'an MD5 key not known', topology: priv({ sharedKey: SecretInput.REFERENCE, sharedKeyWellFormed: undefined, unresolved: ['sharedKey'] }), expect: [] },
  { ruleId: 'PEER007', name: 'a well-formed literal MD5 key (SEC001\'s case)', topology: priv({ sharedKey: SecretInput.LITERAL, sharedKeyWellFormed: true }), expect: [] },
  { ruleId: 'PEER009', name: 'Microsoft peering without a route filter', topology: ms({ hasRouteFilter: false }), expect: [warning('ams/microsoft', 'routeFilterId')] },
  { ruleId: 'PEER009', name: 'a route filter not known before apply', topology: ms({ hasRouteFilter: false, unresolved: ['routeFilterId'] }), expect: [] },
  { ruleId: 'PEER012', name: 'two private peerings on one circuit', topology: mutate((t) => {
    t.peerings.push(privatePeering('ams/private2', 'ams', { vlanId: 101, primaryPeerAddressPrefix: '192.168.102.0/30', secondaryPeerAddressPrefix: '192.168.102.4/30' }));
  }), expect: [error('ams/private', 'peeringType'), error('ams/private2', 'peeringType')] },
  { ruleId: 'PEER012', name: 'one peering of each type', topology: validTopology, expect: [] },
  { ruleId: 'PEER013', name: 'Azure public peering', topology: mutate((t) => { peering(t, 'fra/private').peeringType = 'AzurePublicPeering'; }), expect: [error('fra/private', 'peeringType')] },
  { ruleId: 'PEER013', name: 'the valid base topology', topology: validTopology, expect: [] },
  { ruleId: 'PEER014', name: 'peering subnets inside the connected VNet', topology: mutate((t) => { gw(t).virtualNetworkAddressSpaces = ['192.168.0.0/16']; }),
    expect: [error('ams/private', 'primaryPeerAddressPrefix'), error('ams/private', 'secondaryPeerAddressPrefix'),
      error('fra/private', 'primaryPeerAddressPrefix'), error('fra/private', 'secondaryPeerAddressPrefix')] },
  { ruleId: 'PEER014', name: 'a VNet outside the peering subnets', topology: mutate((t) => { gw(t).virtualNetworkAddressSpaces = ['10.1.0.0/16']; }), expect: [] },
);
