import 'cdktf/lib/testing/adapters/jest';
import { TerraformVariable, Testing } from 'cdktf';
import { ExpressRouteCircuitAuthorization } from '@cdktf/provider-azurerm/lib/express-route-circuit-authorization';
import { ExpressRouteCircuitConnection } from '@cdktf/provider-azurerm/lib/express-route-circuit-connection';
import { ExpressRouteCircuitPeering } from '@cdktf/provider-azurerm/lib/express-route-circuit-peering';
import { ExpressRouteConnection } from '@cdktf/provider-azurerm/lib/express-route-connection';
import { VirtualNetworkGateway } from '@cdktf/provider-azurerm/lib/virtual-network-gateway';
import { VirtualNetworkGatewayConnection } from '@cdktf/provider-azurerm/lib/virtual-network-gateway-connection';
import {
  ExpressRouteMetroCircuit, ExpressRouteMetroDirectPort, ExpressRouteVirtualNetworkGateway, ExpressRouteVirtualWanGateway,
  GatewaySku, MetroLocation,
} from '../../src';
import { constructErrorOf, newStack, PEERING, resources, RG, synthErrorIds, synthJson } from './helpers';

const SUBNET = '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet';

function circuitIn(stack: any, id = 'Circuit', metro = MetroLocation.AMSTERDAM) {
  return new ExpressRouteMetroCircuit(stack, id, { ...RG, metro, serviceProviderName: 'Equinix', bandwidthMbps: 1000 });
}

describe('peerings', () => {
  test('private peering with IPv4 and IPv6 sessions', () => {
    const { stack } = newStack();
    circuitIn(stack).addPrivatePeering('Private', {
      ...PEERING, ipv6PrimaryPeerAddressPrefix: '2001:db8:100::/126', ipv6SecondaryPeerAddressPrefix: '2001:db8:100::4/126',
    });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ExpressRouteCircuitPeering, {
      peering_type: 'AzurePrivatePeering', vlan_id: 100, peer_asn: 65010,
      primary_peer_address_prefix: '192.168.100.0/30', secondary_peer_address_prefix: '192.168.100.4/30',
      express_route_circuit_name: '${azurerm_express_route_circuit.Circuit_AB749783.name}', resource_group_name: 'rg-er',
      ipv6: { primary_peer_address_prefix: '2001:db8:100::/126', secondary_peer_address_prefix: '2001:db8:100::4/126' },
    });
  });

  test('Microsoft peering with prefixes, customer ASN, registry, communities and route filters', () => {
    const { stack } = newStack();
    circuitIn(stack).addMicrosoftPeering('Microsoft', {
      vlanId: 200, peerAsn: 34999, primaryPeerAddressPrefix: '203.0.113.0/30', secondaryPeerAddressPrefix: '203.0.113.4/30',
      advertisedPublicPrefixes: ['198.51.100.0/24'], customerAsn: 34998, routingRegistryName: 'RIPENCC', advertisedCommunities: ['34999:100'],
      routeFilterId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/routeFilters/rf',
      ipv6PrimaryPeerAddressPrefix: '2001:db8:200::/126', ipv6SecondaryPeerAddressPrefix: '2001:db8:200::4/126',
      ipv6AdvertisedPublicPrefixes: ['2001:db8:300::/48'], ipv6RouteFilterId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/routeFilters/rf6',
    });
    const [p] = resources(synthJson(stack), 'azurerm_express_route_circuit_peering');
    expect(p).toMatchObject({
      peering_type: 'MicrosoftPeering', route_filter_id: expect.stringMatching(/routeFilters\/rf$/),
      microsoft_peering_config: { advertised_public_prefixes: ['198.51.100.0/24'], customer_asn: 34998, routing_registry_name: 'RIPENCC', advertised_communities: ['34999:100'] },
      ipv6: {
        primary_peer_address_prefix: '2001:db8:200::/126', route_filter_id: expect.stringMatching(/rf6$/),
        microsoft_peering: { advertised_public_prefixes: ['2001:db8:300::/48'], customer_asn: 34998, routing_registry_name: 'RIPENCC' },
      },
    });
  });

  test.each([
    ['a /29 instead of a /30', { primaryPeerAddressPrefix: '192.168.100.0/29' }, ['PEER001', 'PEER002']], // the /29 also covers the secondary /30,
    ['overlapping sessions', { secondaryPeerAddressPrefix: '192.168.100.0/30' }, ['PEER002']],
    ['a reserved ASN', { peerAsn: 65517 }, ['PEER005']],
    ['a literal MD5 key that is also too long', { sharedKey: 'this-key-is-far-too-long-for-bgp' }, ['PEER007', 'SEC001']],
  ])('private peering: %s fails', (_name, change, ids) => {
    const { stack } = newStack();
    circuitIn(stack).addPrivatePeering('Private', { ...PEERING, ...change });
    expect(synthErrorIds(stack)).toEqual(ids);
  });

  test('Microsoft peering with private prefixes fails, without a route filter warns', () => {
    const { stack } = newStack();
    const p = circuitIn(stack).addMicrosoftPeering('Microsoft', {
      vlanId: 200, peerAsn: 34999, primaryPeerAddressPrefix: '203.0.113.0/30', secondaryPeerAddressPrefix: '203.0.113.4/30',
      advertisedPublicPrefixes: ['10.0.0.0/8'],
    });
    expect(synthErrorIds(stack)).toEqual(['PEER008']);
    expect(p.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => m.data)).toEqual([expect.stringMatching(/^\[PEER009\]/)]);
  });
});

describe('authorizations', () => {
  test('a circuit authorization with its key as a sensitive output', () => {
    const { stack } = newStack();
    const auth = circuitIn(stack).addAuthorization('Spoke', { name: 'spoke-team' });
    const json = synthJson(stack);
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ExpressRouteCircuitAuthorization, {
      name: 'spoke-team', express_route_circuit_name: '${azurerm_express_route_circuit.Circuit_AB749783.name}', resource_group_name: 'rg-er',
    });
    expect(Object.values(json.output)).toEqual([expect.objectContaining({ sensitive: true, value: expect.stringContaining('.authorization_key}') })]);
    expect(auth.authorizationKey).toMatch(/TfToken/);
  });

  test('the output can be left out', () => {
    const { stack } = newStack();
    circuitIn(stack).addAuthorization('Spoke', { outputKey: false });
    expect(synthJson(stack).output).toBeUndefined();
  });
});

describe('gateways and connections', () => {
  test('a zone-redundant ExpressRoute gateway without public IP', () => {
    const { stack } = newStack();
    new ExpressRouteVirtualNetworkGateway(stack, 'Gateway', { ...RG, gatewaySubnetId: SUBNET });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(VirtualNetworkGateway, {
      type: 'ExpressRoute', sku: 'ErGw1AZ', name: 'ergw-gateway',
      ip_configuration: [{ name: 'default', subnet_id: SUBNET, private_ip_address_allocation: 'Dynamic' }],
    });
  });

  test('ErGwScale scale units through the escape hatch', () => {
    const { stack } = newStack();
    new ExpressRouteVirtualNetworkGateway(stack, 'Gateway', { ...RG, location: 'Germany West Central', gatewaySubnetId: SUBNET, sku: GatewaySku.ERGWSCALE, minScaleUnits: 2, maxScaleUnits: 10 });
    expect(resources(synthJson(stack), 'azurerm_virtual_network_gateway')[0]).toMatchObject({ sku: 'ErGwScale', minimum_scale_unit: 2, maximum_scale_unit: 10 });
    expect(synthErrorIds(stack)).toEqual([]);
  });

  test('a non-AZ gateway and a wrongly named subnet', () => {
    const { stack } = newStack();
    const g = new ExpressRouteVirtualNetworkGateway(stack, 'Gateway', {
      ...RG, gatewaySubnetId: SUBNET.replace('GatewaySubnet', 'gw'), sku: GatewaySku.HIGH_PERFORMANCE,
    });
    expect(synthErrorIds(stack)).toEqual(['GW011']);
    expect(g.node.metadata.map((m) => m.data)).toEqual([expect.stringMatching(/^\[GW009\]/)]);
  });

  test('a VNet gateway connection with weight, FastPath and a referenced authorization key', () => {
    const { stack } = newStack();
    const key = new TerraformVariable(stack, 'auth_key', { type: 'string', sensitive: true });
    const gateway = new ExpressRouteVirtualNetworkGateway(stack, 'Gateway', { ...RG, gatewaySubnetId: SUBNET, sku: GatewaySku.ERGW3AZ });
    circuitIn(stack).connectTo('Connection', gateway, { routingWeight: 20, fastPath: true, authorizationKey: key.stringValue, name: 'cn-hub' });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(VirtualNetworkGatewayConnection, {
      name: 'cn-hub', type: 'ExpressRoute', routing_weight: 20, express_route_gateway_bypass: true, authorization_key: '${var.auth_key}',
      virtual_network_gateway_id: expect.stringMatching(/^\$\{azurerm_virtual_network_gateway\.Gateway_\w+\.id\}$/),
      express_route_circuit_id: '${azurerm_express_route_circuit.Circuit_AB749783.id}',
      location: 'West Europe', resource_group_name: 'rg-er',
    });
    expect(synthErrorIds(stack)).toEqual([]);
  });

  test('a literal authorization key fails', () => {
    const { stack } = newStack();
    const gateway = new ExpressRouteVirtualNetworkGateway(stack, 'Gateway', { ...RG, gatewaySubnetId: SUBNET });
    circuitIn(stack).connectTo('Connection', gateway, { authorizationKey: '2b1f4cd6-8a2e-4f43-9c7e-111111111111' });
    expect(synthErrorIds(stack)).toEqual(['SEC002']);
  });

  test('Private Link FastPath needs FastPath and a Direct circuit', () => {
    const { stack } = newStack();
    const gateway = new ExpressRouteVirtualNetworkGateway(stack, 'Gateway', { ...RG, gatewaySubnetId: SUBNET, sku: GatewaySku.ERGW3AZ });
    circuitIn(stack).connectTo('Connection', gateway, { privateLinkFastPath: true });
    expect(synthErrorIds(stack)).toEqual(['GW006', 'GW020']);
  });

  test('a Virtual WAN gateway connection uses the private peering', () => {
    const { stack } = newStack();
    const hub = ExpressRouteVirtualWanGateway.fromGatewayAttributes(stack, 'Hub', {
      gatewayId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/expressRouteGateways/hub', resourceGroupName: 'rg', location: 'West Europe',
    });
    const c = circuitIn(stack);
    expect(constructErrorOf(() => c.connectTo('Early', hub))).toEqual([{
      ruleId: 'CONSTRUCT001', path: 'test/Circuit/Early', property: 'circuit.privatePeering', value: '(not set)',
      fix: 'Call addPrivatePeering on test/Circuit before connecting it to test/Hub.',
    }]);
    c.addPrivatePeering('Private', PEERING);
    c.connectTo('Connection', hub, { routingWeight: 5 });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ExpressRouteConnection, {
      express_route_gateway_id: expect.stringContaining('expressRouteGateways/hub'),
      express_route_circuit_peering_id: '${azurerm_express_route_circuit_peering.Circuit_Private_5ED96D0A.id}',
      routing_weight: 5,
    });
  });

  test('an imported gateway counts circuits from this stack', () => {
    const { stack } = newStack();
    const gw = ExpressRouteVirtualNetworkGateway.fromGatewayAttributes(stack, 'Existing', {
      gatewayId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworkGateways/gw',
      resourceGroupName: 'rg', location: 'West Europe', sku: GatewaySku.STANDARD,
    });
    ['Amsterdam', 'Frankfurt', 'Paris', 'Dublin', 'Madrid'].forEach((city) => {
      new ExpressRouteMetroCircuit(stack, city, { ...RG, metro: MetroLocation.custom(city), serviceProviderName: 'Megaport', bandwidthMbps: 1000 })
        .connectTo('Connection', gw);
    });
    expect(synthErrorIds(stack)).toEqual(['GW002']);
  });
});

describe('Global Reach', () => {
  test('links two circuits\' private peerings with a /29', () => {
    const { stack } = newStack();
    const ams = circuitIn(stack, 'Amsterdam');
    const fra = circuitIn(stack, 'Frankfurt', MetroLocation.FRANKFURT);
    ams.addPrivatePeering('Private', PEERING);
    fra.addPrivatePeering('Private', { ...PEERING, primaryPeerAddressPrefix: '192.168.101.0/30', secondaryPeerAddressPrefix: '192.168.101.4/30' });
    ams.addGlobalReach('ToFrankfurt', { peerCircuit: fra, addressPrefixIpv4: '10.255.0.0/29' });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ExpressRouteCircuitConnection, {
      peering_id: expect.stringMatching(/^\$\{azurerm_express_route_circuit_peering\.Amsterdam_Private_\w+\.id\}$/),
      peer_peering_id: expect.stringMatching(/^\$\{azurerm_express_route_circuit_peering\.Frankfurt_Private_\w+\.id\}$/),
      address_prefix_ipv4: '10.255.0.0/29',
    });
    expect(synthErrorIds(stack)).toEqual([]);
  });

  test('needs the local private peering first; a /30 fails', () => {
    const { stack } = newStack();
    const ams = circuitIn(stack, 'Amsterdam');
    const fra = circuitIn(stack, 'Frankfurt', MetroLocation.FRANKFURT);
    expect(constructErrorOf(() => ams.addGlobalReach('Early', { peerCircuit: fra, addressPrefixIpv4: '10.255.0.0/29' }))).toEqual([{
      ruleId: 'CONSTRUCT002', path: 'test/Amsterdam/Early', property: 'circuit.privatePeering', value: '(not set)',
      fix: 'Call addPrivatePeering on test/Amsterdam before addGlobalReach.',
    }]);
    ams.addPrivatePeering('Private', PEERING);
    ams.addGlobalReach('ToFrankfurt', { peerCircuit: fra, addressPrefixIpv4: '10.255.0.0/30' });
    expect(synthErrorIds(stack)).toEqual(['GR003']);
  });

  test('a circuit on a port can take part', () => {
    const { stack } = newStack();
    const port = new ExpressRouteMetroDirectPort(stack, 'Port', { ...RG, metro: MetroLocation.AMSTERDAM, bandwidthGbps: 10 });
    const d = port.addCircuit('Circuit', { bandwidthGbps: 5 });
    d.addPrivatePeering('Private', PEERING);
    const fra = circuitIn(stack, 'Frankfurt', MetroLocation.FRANKFURT);
    d.addGlobalReach('ToFrankfurt', { peerCircuit: fra, addressPrefixIpv4: '10.255.0.8/29' });
    expect(resources(synthJson(stack), 'azurerm_express_route_circuit_connection')[0].peer_peering_id)
      .toMatch(/^\$\{azurerm_express_route_circuit\.Frankfurt_\w+\.id\}\/peerings\/AzurePrivatePeering$/);
  });
});
