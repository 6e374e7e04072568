import { connection, gateway, metroCircuit, validTopology } from '../fixtures';
import { VerdictCase } from './case';
import { circuit, error, gw, info, mutate, portOf, warning } from './helpers';

/** A second gateway `gw2` on one single-site circuit `single` (at Amsterdam). */
const singleSite = (over: Record<string, unknown> = {}, gatewayOver: Record<string, unknown> = {}) => mutate((t) => {
  t.circuits.push(metroCircuit('single', { peeringLocation: 'Amsterdam', declaredMetro: false, ...over }));
  t.gateways.push(gateway('gw2', gatewayOver));
  t.connections.push(connection('gw2/single', 'gw2', 'single'));
});

export const CASES: VerdictCase[] = [
  { ruleId: 'DUAL001', name: 'one link enabled', topology: mutate((t) => { portOf(t).links[0].adminEnabled = true; }), expect: [warning('port', 'link2.adminEnabled')] },
  { ruleId: 'DUAL001', name: 'both links enabled', topology: mutate((t) => { portOf(t).links[0].adminEnabled = true; portOf(t).links[1].adminEnabled = true; }), expect: [] },
  { ruleId: 'DUAL002', name: 'a peering without its secondary session', topology: mutate((t) => { delete (t.peerings[0] as any).secondaryPeerAddressPrefix; }),
    expect: [error('ams/private', 'secondaryPeerAddressPrefix')] },
  { ruleId: 'DUAL002', name: 'an IPv6 peering with only a primary /126', topology: mutate((t) => { (t.peerings[0] as any).ipv6PrimaryPeerAddressPrefix = '2001:db8::/126'; }),
    expect: [error('ams/private', 'ipv6SecondaryPeerAddressPrefix')] },
  { ruleId: 'DUAL002', name: 'the valid base topology', topology: validTopology, expect: [] },
  { ruleId: 'DUAL003', name: 'a gateway on one single-site circuit', topology: singleSite(), expect: [warning('gw2', 'connections')] },
  { ruleId: 'DUAL003', name: 'a gateway on two metros', topology: validTopology, expect: [] },
  // Issue 12: a tier that depends on unknown locations is unknown, not Standard.
  { ruleId: 'DUAL003', name: 'a gateway on a circuit whose location is not known', topology: singleSite({ peeringLocation: undefined, unresolved: ['peeringLocation'] }), expect: [] },
  { ruleId: 'DUAL003', name: 'a gateway on a circuit outside the configuration', topology: mutate((t) => {
    t.gateways.push(gateway('gw2'));
    t.connections.push(connection('gw2/ext', 'gw2', '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/other'));
  }), expect: [] },
  // A connection whose circuit, or whose gateway, is not known (a Virtual WAN connection's peering id as a variable).
  { ruleId: 'DUAL003', name: 'a gateway on one single-site circuit and a connection to a circuit not known', topology: mutate((t) => {
    t.circuits.push(metroCircuit('single', { peeringLocation: 'Amsterdam', declaredMetro: false }));
    t.gateways.push(gateway('gw2'));
    t.connections.push(connection('gw2/single', 'gw2', 'single'));
    t.connections.push({ ...connection('gw2/unknown', 'gw2', 'single'), circuitKey: undefined, unresolved: ['circuitKey'] });
  }), expect: [] },
  { ruleId: 'DUAL003', name: 'a gateway on one single-site circuit that may have connections not known', topology: singleSite({}, { unresolved: ['connections'] }), expect: [] },
  { ruleId: 'DUAL004', name: 'a MultiHomed gateway on one single-site circuit', topology: singleSite({}, { resiliencyModel: 'MultiHomed' }),
    expect: [error('gw2', 'resiliencyModel')] },
  { ruleId: 'DUAL004', name: 'a MultiHomed gateway on two metros', topology: mutate((t) => { gw(t).resiliencyModel = 'MultiHomed'; }), expect: [] },
  { ruleId: 'DUAL004', name: 'a MultiHomed gateway on a circuit whose location is not known', topology: singleSite({ peeringLocation: undefined, unresolved: ['peeringLocation'] }, { resiliencyModel: 'MultiHomed' }), expect: [] },
  { ruleId: 'DUAL005', name: 'Maximum required, both Metro circuits in one metro', topology: mutate((t) => {
    gw(t).requiredResiliency = 'Maximum';
    circuit(t, 'fra').peeringLocation = 'Amsterdam Metro'; circuit(t, 'fra').serviceProviderName = 'Megaport';
    t.globalReach.length = 0;
  }), expect: [error('gw', 'requiredResiliency')] },
  { ruleId: 'DUAL005', name: 'Maximum required and two metros', topology: mutate((t) => { gw(t).requiredResiliency = 'Maximum'; }), expect: [] },
  { ruleId: 'DUAL005', name: 'High required, the one circuit\'s location unknown', topology: singleSite({ peeringLocation: undefined, unresolved: ['peeringLocation'] }, { requiredResiliency: 'High' }), expect: [] },
  { ruleId: 'DUAL005', name: 'High required, no connection of its own, but may have connections not known', topology: mutate((t) => {
    t.gateways.push(gateway('gw2', { requiredResiliency: 'High', unresolved: ['connections'] }));
  }), expect: [] },
  { ruleId: 'DUAL005', name: 'High required, no connection at all', topology: mutate((t) => {
    t.gateways.push(gateway('gw2', { requiredResiliency: 'High' }));
  }), expect: [error('gw2', 'requiredResiliency')] },
  { ruleId: 'DUAL006', name: 'a gateway on one Metro circuit', topology: mutate((t) => { t.connections.splice(1, 1); }), expect: [info('gw', 'connections')] },
  { ruleId: 'DUAL006', name: 'a gateway on two metros', topology: validTopology, expect: [] },
];
