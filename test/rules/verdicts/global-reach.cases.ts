/** The catalog's GR rules (src/rules/families/global-reach.ts), pinned here. */
import { directCircuit, metroCircuit, port, privatePeering } from '../fixtures';
import { VerdictCase } from './case';
import { circuit, error, mutate, portOf } from './helpers';

const premium = mutate((t) => { circuit(t, 'ams').skuTier = 'Premium'; circuit(t, 'fra').skuTier = 'Premium'; });

/**
 * Global Reach from the provider circuit `ams`, moved to `providerAt`, to the Direct circuit `d1`
 * on a port whose `peering_location` is the port location `portAt`; with `peerPortAt`, from a
 * second Direct circuit on a port there instead.
 */
const toDirect = (providerAt: string, portAt: string, peerPortAt?: string) => mutate((t) => {
  Object.assign(circuit(t, 'ams'), { peeringLocation: providerAt, declaredMetro: false, location: 'West US 2' });
  Object.assign(portOf(t), { metro: undefined, peeringLocation: portAt, location: 'West US 2' });
  let from = 'ams';
  if (peerPortAt !== undefined) {
    t.ports.push(port('port2', { metro: undefined, peeringLocation: peerPortAt, location: 'West US 2' }));
    t.circuits.push(directCircuit('d2', 'port2'));
    from = 'd2';
  }
  t.globalReach[0] = { ...t.globalReach[0], circuitKey: from, peerCircuitKey: 'd1' };
});

export const CASES: VerdictCase[] = [
  { ruleId: 'GR001', name: 'two circuits at one location', topology: mutate((t) => { circuit(t, 'fra').peeringLocation = 'Amsterdam Metro'; }), expect: [error('gr', 'peerCircuit')] },
  { ruleId: 'GR001', name: 'Amsterdam and Frankfurt', topology: premium, expect: [] },
  // The catalog pins the port location Equinix-Seattle-SE2 to the peering location Seattle.
  { ruleId: 'GR001', name: 'Seattle and a port at Equinix-Seattle-SE2', topology: toDirect('Seattle', 'Equinix-Seattle-SE2'), expect: [error('gr', 'peerCircuit')] },
  { ruleId: 'GR001', name: 'Silicon Valley and a port at Equinix-Seattle-SE2', topology: toDirect('Silicon Valley', 'Equinix-Seattle-SE2'), expect: [] },
  // Equinix-Sydney-SY2 is placed only in the city (Sydney or Sydney2): which location is not known.
  { ruleId: 'GR001', name: 'Sydney and a port at Equinix-Sydney-SY2 (Sydney or Sydney2)', topology: toDirect('Sydney', 'Equinix-Sydney-SY2'), expect: [] },
  { ruleId: 'GR001', name: 'two ports at Equinix-Sydney-SY2', topology: toDirect('Sydney', 'Equinix-Sydney-SY2', 'Equinix-Sydney-SY2'), expect: [error('gr', 'peerCircuit')] },
  { ruleId: 'GR002', name: 'a Local circuit', topology: mutate((t) => { circuit(t, 'ams').skuTier = 'Local'; circuit(t, 'ams').skuFamily = 'UnlimitedData'; }), expect: [error('gr', 'circuit')] },
  { ruleId: 'GR002', name: 'Standard and Premium circuits', topology: premium, expect: [] },
  { ruleId: 'GR003', name: 'a /28 Global Reach subnet', topology: mutate((t) => { t.globalReach[0] = { ...t.globalReach[0], addressPrefixIpv4: '10.255.255.0/28' }; }),
    expect: [error('gr', 'addressPrefixIpv4')] },
  { ruleId: 'GR003', name: 'two links on one subnet', topology: mutate((t) => {
    t.circuits.push(metroCircuit('par', { peeringLocation: 'Paris Metro', serviceProviderName: 'Megaport', skuTier: 'Premium' }));
    t.peerings.push(privatePeering('par/private', 'par', { primaryPeerAddressPrefix: '192.168.110.0/30', secondaryPeerAddressPrefix: '192.168.110.4/30' }));
    t.globalReach.push({ key: 'gr2', path: 'gr2', circuitKey: 'ams', peerCircuitKey: 'par', addressPrefixIpv4: '10.255.255.0/29' });
  }), expect: [error('gr', 'addressPrefixIpv4'), error('gr2', 'addressPrefixIpv4')] },
  { ruleId: 'GR003', name: 'one /29', topology: premium, expect: [] },
  { ruleId: 'GR004', name: 'Global Reach from Vienna', topology: mutate((t) => { circuit(t, 'fra').peeringLocation = 'Vienna Metro'; circuit(t, 'fra').serviceProviderName = 'Colt'; }),
    expect: [error('gr', 'peerCircuit')] },
  { ruleId: 'GR004', name: 'Amsterdam and Frankfurt', topology: premium, expect: [] },
  { ruleId: 'GR005', name: 'both Premium', topology: premium, expect: [] },
];
