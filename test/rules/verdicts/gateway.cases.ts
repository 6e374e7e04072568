import { Topology } from '../../../src/model/topology';
import { connection, metroCircuit, validTopology } from '../fixtures';
import { VerdictCase } from './case';
import { error, gw, info, mutate } from './helpers';

const METROS = ['Paris', 'Dublin', 'Madrid', 'Milan', 'Zurich', 'Vienna', 'Stockholm'];

/** The base gateway (2 circuits) plus `extra` circuits at distinct metros, with a GatewaySubnet. */
function circuits(extra: number, sku: string, subnet: string): (t: Topology) => void {
  return (t) => {
    gw(t).sku = sku; gw(t).gatewaySubnetPrefix = subnet;
    for (let i = 0; i < extra; i++) {
      t.circuits.push(metroCircuit(`c${i}`, { peeringLocation: `${METROS[i % 7]} Metro`, serviceProviderName: 'Megaport' }));
      t.connections.push(connection(`gw/c${i}`, 'gw', `c${i}`));
    }
  };
}

export const CASES: VerdictCase[] = [
  { ruleId: 'GW004', name: '16 circuits on a /27', topology: mutate(circuits(14, 'ErGw3AZ', '10.0.0.0/27')),
    expect: [error('gw', 'gatewaySubnetPrefix')] },
  { ruleId: 'GW004', name: '16 circuits on a /26', topology: mutate(circuits(14, 'ErGw3AZ', '10.0.0.0/26')), expect: [] },
  // Issue 18: 10 circuits on a /27 is valid (the /26 is for 16 circuits).
  { ruleId: 'GW004', name: '10 circuits on UltraPerformance with a /27', topology: mutate(circuits(8, 'UltraPerformance', '10.0.0.0/27')), expect: [] },
  { ruleId: 'GW018', name: '10 circuits on UltraPerformance with a /27', topology: mutate(circuits(8, 'UltraPerformance', '10.0.0.0/27')), expect: [] },
  { ruleId: 'GW018', name: 'a /28 GatewaySubnet', topology: mutate((t) => { gw(t).gatewaySubnetPrefix = '10.0.0.0/28'; }),
    expect: [info('gw', 'gatewaySubnetPrefix')] },
  { ruleId: 'GW018', name: '16 circuits on a /28 (GW004 only)', topology: mutate(circuits(14, 'ErGw3AZ', '10.0.0.0/28')), expect: [] },
  { ruleId: 'GW018', name: 'the valid base topology', topology: validTopology, expect: [] },
];
