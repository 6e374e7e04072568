/** The catalog's GR rules (src/rules/families/global-reach.ts), pinned here. */
import { metroCircuit, privatePeering } from '../fixtures';
import { VerdictCase } from './case';
import { circuit, error, mutate } from './helpers';

const premium = mutate((t) => { circuit(t, 'ams').skuTier = 'Premium'; circuit(t, 'fra').skuTier = 'Premium'; });

export const CASES: VerdictCase[] = [
  { ruleId: 'GR001', name: 'two circuits at one location', topology: mutate((t) => { circuit(t, 'fra').peeringLocation = 'Amsterdam Metro'; }), expect: [error('gr', 'peerCircuit')] },
  { ruleId: 'GR001', name: 'Amsterdam and Frankfurt', topology: premium, expect: [] },
  { ruleId: 'GR002', name: 'a Local circuit', topology: mutate((t) => { circuit(t, 'ams').skuTier = 'Local'; circuit(t, 'ams').skuFamily = 'UnlimitedData'; }), expect: [error('gr', 'circuit')] },
  { ruleId: 'GR002', name: 'Standard and Premium circuits', topology: premium, expect: [] },
  { ruleId: 'GR003', name: 'a /28 Global Reach subnet', topology: mutate((t) => { t.globalReach[0] = { ...t.globalReach[0], addressPrefixIpv4: '10.255.255.0/28' }; }),
    expect: [error('gr', 'addressPrefixIpv4')] },
  { ruleId: 'GR003', name: 'two links on one subnet', topology: mutate((t) => {
    t.circuits.push(metroCircuit('par', { peeringLocation: 'Paris Metro', serviceProviderName: 'Megaport', skuTier: 'Premium' }));
    t.peerings.push(privatePeering('par/private', 'par', { primaryPeerAddressPrefix: '192.168.110.0/30', secondaryPeerAddressPrefix: '192.168.110.4/30' }));
    t.globalReach.push({ key: 'gr2', path: 'gr2', circuitKey: 'ams', peerCircuitKey: 'par', addressPrefixIpv4: '10.255.255.0/29' });
  }), expect: [error('gr2', 'addressPrefixIpv4')] },
  { ruleId: 'GR003', name: 'one /29', topology: premium, expect: [] },
  { ruleId: 'GR004', name: 'Global Reach from Vienna', topology: mutate((t) => { circuit(t, 'fra').peeringLocation = 'Vienna Metro'; circuit(t, 'fra').serviceProviderName = 'Colt'; }),
    expect: [error('gr', 'peerCircuit')] },
  { ruleId: 'GR004', name: 'Amsterdam and Frankfurt', topology: premium, expect: [] },
  { ruleId: 'GR005', name: 'both Premium', topology: premium, expect: [] },
];
