import { validTopology } from '../fixtures';
import { VerdictCase } from './case';
import { error, gw, mutate } from './helpers';

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
