import 'cdktf/lib/testing/adapters/jest';
import * as util from 'util';
import { TerraformVariable, Testing } from 'cdktf';
import { ExpressRouteCircuit } from '@cdktf/provider-azurerm/lib/express-route-circuit';
import { ExpressRouteCircuitAuthorization } from '@cdktf/provider-azurerm/lib/express-route-circuit-authorization';
import { ExpressRouteCircuitConnection } from '@cdktf/provider-azurerm/lib/express-route-circuit-connection';
import { ExpressRouteCircuitPeering } from '@cdktf/provider-azurerm/lib/express-route-circuit-peering';
import { ExpressRouteConnection } from '@cdktf/provider-azurerm/lib/express-route-connection';
import { ExpressRoutePortAuthorization } from '@cdktf/provider-azurerm/lib/express-route-port-authorization';
import { ExpressRoutePort } from '@cdktf/provider-azurerm/lib/express-route-port';
import { VirtualNetworkGatewayConnection } from '@cdktf/provider-azurerm/lib/virtual-network-gateway-connection';
import {
  Errors, ExpressRouteMetroCircuit, ExpressRouteMetroDirectPort, ExpressRouteProviderCircuit,
  ExpressRouteVirtualNetworkGateway, ExpressRouteVirtualWanGateway, IExpressRouteCircuit, IExpressRoutePort, MetroLocation,
  ResiliencyModel,
} from '../../src';
import { constructErrorOf, newStack, PEERING, resources, RG, synthErrorIds, synthJson } from './helpers';

const SUBNET = '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet';
const REMOTE_CIRCUIT_ID = '/subscriptions/1111/resourceGroups/rg-er/providers/Microsoft.Network/expressRouteCircuits/erc-shared';
const METRO = { ...RG, metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 1000 };

function importedCircuit(stack: any, id = 'Shared'): IExpressRouteCircuit {
  return ExpressRouteProviderCircuit.fromCircuitAttributes(stack, id, {
    circuitId: REMOTE_CIRCUIT_ID, circuitName: 'erc-shared', resourceGroupName: 'rg-er', peeringLocation: 'Frankfurt Metro',
  });
}

describe('errors raised while constructs are built', () => {
  test('fails a second private peering (PEER012) instead of ignoring it', () => {
    const { stack } = newStack();
    const circuit = new ExpressRouteMetroCircuit(stack, 'Circuit', METRO);
    circuit.addPrivatePeering('Private', PEERING);
    expect(constructErrorOf(() => circuit.addPrivatePeering('Again', { ...PEERING, vlanId: 101 }))).toEqual([{
      ruleId: 'PEER012', path: 'test/Circuit', property: 'privatePeering', value: '"Again"',
      fix: 'Call addPrivatePeering once per circuit; change the options of test/Circuit/Private instead.',
    }]);
    expect(circuit.node.tryFindChild('Again')).toBeUndefined();
  });

  test('fails a second Microsoft peering (PEER012)', () => {
    const { stack } = newStack();
    const circuit = new ExpressRouteMetroCircuit(stack, 'Circuit', METRO);
    const ms = { ...PEERING, vlanId: 200, advertisedPublicPrefixes: ['198.51.100.0/24'] };
    circuit.addMicrosoftPeering('Microsoft', ms);
    expect(constructErrorOf(() => circuit.addMicrosoftPeering('Microsoft2', ms))).toEqual([expect.objectContaining({
      ruleId: 'PEER012', path: 'test/Circuit', property: 'microsoftPeering', value: '"Microsoft2"',
    })]);
  });

  test('a construct error is a ValidationError with a standalone message', () => {
    const { stack } = newStack();
    const circuit = new ExpressRouteMetroCircuit(stack, 'Circuit', METRO);
    circuit.addPrivatePeering('Private', PEERING);
    let error: unknown;
    try {
      circuit.addPrivatePeering('Again', PEERING);
    } catch (e) {
      error = e;
    }
    expect(Errors.isValidationError(error)).toBe(true);
    expect((error as Error).message).toBe([
      'ExpressRoute validation failed with 1 error:',
      '  [PEER012] test/Circuit: privatePeering = "Again"',
      '      The circuit already has a AzurePrivatePeering (test/Circuit/Private); "creating multiple peerings of the same type will overwrite the original peering".',
      '      Fix: Call addPrivatePeering once per circuit; change the options of test/Circuit/Private instead.',
      '      Source: https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/express_route_circuit_peering',
    ].join('\n'));
    // Node prints an uncaught error with util.inspect: no own property may follow the message.
    expect(Object.keys(error as object)).toEqual([]);
    expect(util.inspect(error)).not.toMatch(/findings|ruleId:/);
    expect(Errors.findingsOf(error)).toHaveLength(1);
  });
});

describe('imported resources carry what a user needs', () => {
  test('redeems an authorization from another subscription with an imported circuit (public types only)', () => {
    const { stack } = newStack();
    const authKey = new TerraformVariable(stack, 'circuit_authorization_key', { type: 'string', sensitive: true });
    const gateway = new ExpressRouteVirtualNetworkGateway(stack, 'Gateway', { ...RG, gatewaySubnetId: SUBNET });
    const shared = importedCircuit(stack);
    shared.connectTo('Connection', gateway, { authorizationKey: authKey.stringValue });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(VirtualNetworkGatewayConnection, {
      type: 'ExpressRoute', express_route_circuit_id: REMOTE_CIRCUIT_ID,
      authorization_key: '${var.circuit_authorization_key}',
    });
    expect(synthErrorIds(stack)).toEqual([]);
  });

  test('an imported circuit connects to a Virtual WAN hub through the private peering Azure names', () => {
    const { stack } = newStack();
    const hub = ExpressRouteVirtualWanGateway.fromGatewayAttributes(stack, 'Hub', {
      gatewayId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/expressRouteGateways/hub', resourceGroupName: 'rg', location: 'West Europe',
    });
    importedCircuit(stack).connectTo('HubConnection', hub);
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ExpressRouteConnection, {
      express_route_circuit_peering_id: `${REMOTE_CIRCUIT_ID}/peerings/AzurePrivatePeering`,
    });
  });

  test('an imported circuit adds Global Reach and authorizations', () => {
    const { stack } = newStack();
    const shared = importedCircuit(stack);
    const amsterdam = new ExpressRouteMetroCircuit(stack, 'Amsterdam', METRO);
    amsterdam.addPrivatePeering('Private', PEERING);
    shared.addGlobalReach('ToAmsterdam', { peerCircuit: amsterdam, addressPrefixIpv4: '10.255.0.0/29' });
    shared.addAuthorization('Spoke');
    const synth = Testing.synth(stack);
    expect(synth).toHaveResourceWithProperties(ExpressRouteCircuitConnection, {
      peering_id: `${REMOTE_CIRCUIT_ID}/peerings/AzurePrivatePeering`,
      peer_peering_id: expect.stringMatching(/^\$\{azurerm_express_route_circuit_peering\.Amsterdam_Private_\w+\.id\}$/),
    });
    expect(synth).toHaveResourceWithProperties(ExpressRouteCircuitAuthorization, { express_route_circuit_name: 'erc-shared', resource_group_name: 'rg-er' });
    expect(synthErrorIds(stack)).toEqual([]);
  });

  test('an imported port adds circuits and authorizations', () => {
    const { stack } = newStack();
    const port: IExpressRoutePort = ExpressRouteMetroDirectPort.fromPortAttributes(stack, 'Port', {
      portId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/expressRoutePorts/p', portName: 'p',
      resourceGroupName: 'rg', location: 'West Europe', metro: MetroLocation.AMSTERDAM, bandwidthGbps: 10,
    });
    port.addCircuit('Circuit', { bandwidthGbps: 5 });
    port.addAuthorization('OtherSubscription');
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ExpressRoutePortAuthorization, { express_route_port_name: 'p', resource_group_name: 'rg' });
    expect(resources(synthJson(stack), 'azurerm_express_route_circuit')[0].express_route_port_id).toContain('expressRoutePorts/p');
    // What the import says about the port is judged: 1000 does not fit a 10 Gbps port.
    port.addCircuit('Mbps', { bandwidthGbps: 1000 });
    expect(synthErrorIds(stack)).toEqual(['BW002']);
  });
});

describe('names written as the catalog spells them', () => {
  test('a provider and a metro in another case are written in the catalog\'s spelling', () => {
    const { stack } = newStack();
    new ExpressRouteMetroCircuit(stack, 'Circuit', { ...METRO, metro: MetroLocation.custom('amsterdam'), serviceProviderName: 'equinix' });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ExpressRouteCircuit, {
      peering_location: 'Amsterdam Metro', service_provider_name: 'Equinix',
    });
    expect(synthErrorIds(stack)).toEqual([]);
  });

  test('a city is not turned into its metro; an unknown provider is written as given (judged only when the page lists it elsewhere or it misspells one)', () => {
    const { stack } = newStack();
    new ExpressRouteProviderCircuit(stack, 'Circuit', { ...RG, peeringLocation: 'amsterdam', serviceProviderName: 'zayo', bandwidthMbps: 1000 });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ExpressRouteCircuit, {
      peering_location: 'Amsterdam', service_provider_name: 'Zayo',
    });
    const other = newStack();
    const unknown = new ExpressRouteProviderCircuit(other.stack, 'Circuit', { ...RG, peeringLocation: 'Amsterdam', serviceProviderName: 'Some Carrier', bandwidthMbps: 1000 });
    expect(unknown.resource.serviceProviderNameInput).toBe('Some Carrier');
    // The page does not list every provider the API offers ("Oracle Cloud FastConnect"): a name it lists nowhere is not judged.
    expect(synthErrorIds(other.stack)).toEqual([]);
    const misspelt = newStack();
    new ExpressRouteProviderCircuit(misspelt.stack, 'Circuit', { ...RG, peeringLocation: 'Amsterdam', serviceProviderName: 'Equinx', bandwidthMbps: 1000 });
    expect(synthErrorIds(misspelt.stack)).toEqual(['METRO007']);
  });

  test('a Metro port writes the metro\'s spelling', () => {
    const { stack } = newStack();
    new ExpressRouteMetroDirectPort(stack, 'Port', { ...RG, metro: MetroLocation.custom('AMSTERDAM METRO'), bandwidthGbps: 10 });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ExpressRoutePort, { peering_location: 'Amsterdam Metro' });
  });
});

describe('enum-like classes', () => {
  test('MetroLocation uses custom() and .value; of() and .name remain as deprecated aliases', () => {
    expect(MetroLocation.custom('Zurich').value).toBe('Zurich Metro');
    expect(MetroLocation.custom('Zurich').value).toBe('Zurich Metro');
    expect(MetroLocation.AMSTERDAM.name).toBe(MetroLocation.AMSTERDAM.value);
  });

  test('a MultiHomed gateway with one Standard circuit fails DUAL004', () => {
    const { stack } = newStack();
    const gateway = new ExpressRouteVirtualNetworkGateway(stack, 'Gateway', { ...RG, gatewaySubnetId: SUBNET, resiliencyModel: ResiliencyModel.MULTI_HOMED });
    new ExpressRouteProviderCircuit(stack, 'Circuit', { ...RG, peeringLocation: 'Amsterdam', serviceProviderName: 'Equinix', bandwidthMbps: 1000 })
      .connectTo('Connection', gateway);
    expect(synthErrorIds(stack)).toEqual(['DUAL004']);
    const single = newStack();
    const gw2 = new ExpressRouteVirtualNetworkGateway(single.stack, 'Gateway', { ...RG, gatewaySubnetId: SUBNET, resiliencyModel: ResiliencyModel.SINGLE_HOMED });
    new ExpressRouteProviderCircuit(single.stack, 'Circuit', { ...RG, peeringLocation: 'Amsterdam', serviceProviderName: 'Equinix', bandwidthMbps: 1000 })
      .connectTo('Connection', gw2);
    expect(synthErrorIds(single.stack)).toEqual([]);
  });
});

test('an imported circuit takes a private peering through its interface, once', () => {
  const { stack } = newStack();
  const shared = importedCircuit(stack);
  shared.addPrivatePeering('Private', PEERING);
  expect(Testing.synth(stack)).toHaveResourceWithProperties(ExpressRouteCircuitPeering, {
    peering_type: 'AzurePrivatePeering', express_route_circuit_name: 'erc-shared', resource_group_name: 'rg-er',
  });
  expect(shared.privatePeeringId).toMatch(/^\$\{TfToken\[TOKEN\.\d+\]\}$/);
  expect(constructErrorOf(() => shared.addPrivatePeering('Again', PEERING))).toEqual([expect.objectContaining({ ruleId: 'PEER012', path: 'test/Shared' })]);
});
