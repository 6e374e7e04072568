import { Topology } from '../../../src/model/topology';
import { connection, gateway, metroCircuit, validTopology } from '../fixtures';
import { VerdictCase } from './case';
import { error, gw, info, mutate, warning } from './helpers';

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

const scale = (min: number | undefined, max: number | undefined, extra = 0) => mutate((t) => {
  gw(t).sku = 'ErGwScale'; gw(t).minScaleUnits = min; gw(t).maxScaleUnits = max;
  circuits(extra, 'ErGwScale', '10.0.0.0/26')(t);
});

CASES.push(
  { ruleId: 'GW002', name: '5 circuits on ErGw1AZ', topology: mutate((t) => circuits(3, 'ErGw1AZ', '10.0.0.0/27')(t)),
    expect: [error('gw', 'connections')] },
  { ruleId: 'GW002', name: '4 circuits on ErGw1AZ', topology: mutate((t) => circuits(2, 'ErGw1AZ', '10.0.0.0/27')(t)), expect: [] },
  // Issue 18: ErGwScale is judged at its minimum scale units (what is guaranteed), like FastPath (GW005).
  { ruleId: 'GW002', name: '5 circuits on ErGwScale 1..10 (only the maximum qualifies)', topology: scale(1, 10, 3),
    expect: [error('gw', 'minScaleUnits')] },
  { ruleId: 'GW002', name: '5 circuits on ErGwScale 2..10', topology: scale(2, 10, 3), expect: [] },
  { ruleId: 'GW008', name: 'ErGwScale with 41 units', topology: scale(2, 41), expect: [error('gw', 'maxScaleUnits')] },
  { ruleId: 'GW008', name: 'ErGwScale 2..40', topology: scale(2, 40), expect: [] },
  { ruleId: 'GW014', name: 'ErGwScale min above max', topology: scale(5, 2), expect: [error('gw', 'minScaleUnits')] },
  { ruleId: 'GW014', name: 'ErGwScale fixed 5/5', topology: scale(5, 5), expect: [] },
  { ruleId: 'GW015', name: 'scale units on ErGw2AZ', topology: mutate((t) => { gw(t).minScaleUnits = 2; }), expect: [error('gw', 'minScaleUnits')] },
  { ruleId: 'GW015', name: 'the valid base topology', topology: validTopology, expect: [] },
  { ruleId: 'GW016', name: 'ErGwScale without units under azurerm >= 4.79.0', topology: () => ({ ...scale(undefined, undefined)(), providerVersion: '>= 4.79.0, < 5.0.0' }),
    expect: [error('gw', 'minScaleUnits'), error('gw', 'maxScaleUnits')] },
  { ruleId: 'GW016', name: 'ErGwScale without units under azurerm 4.60.0 (no such arguments yet)', topology: () => ({ ...scale(undefined, undefined)(), providerVersion: '4.60.0' }), expect: [] },
  { ruleId: 'GW016', name: 'ErGwScale without units, no version known', topology: scale(undefined, undefined), expect: [] },
  { ruleId: 'GW016', name: 'ErGwScale with unknown units',
    topology: mutate((t) => { gw(t).sku = 'ErGwScale'; gw(t).unresolved = ['minScaleUnits', 'maxScaleUnits']; }), expect: [] },
  // Issue 18: autoscaling needs a minimum of 2; only a fixed 1/1 gateway may use 1.
  { ruleId: 'GW017', name: 'ErGwScale autoscaling 1..5', topology: scale(1, 5), expect: [error('gw', 'minScaleUnits')] },
  { ruleId: 'GW017', name: 'ErGwScale fixed 1/1', topology: scale(1, 1), expect: [] },
  { ruleId: 'GW017', name: 'ErGwScale autoscaling 2..5', topology: scale(2, 5), expect: [] },
);

const pip = (version: string | undefined) => () => {
  const t = mutate((x) => { gw(x).hasPublicIp = true; })();
  return version === undefined ? t : { ...t, providerVersion: version };
};

CASES.push(
  // Issue 12: GW010 follows azurerm's history; no version known: no error.
  { ruleId: 'GW010', name: 'a public IP under azurerm >= 4.59.0, < 4.82.0', topology: pip('>= 4.59.0, < 4.82.0'), expect: [error('gw', 'publicIpAddressId')] },
  { ruleId: 'GW010', name: 'a public IP, no version known', topology: pip(undefined), expect: [] },
  { ruleId: 'GW010', name: 'a public IP under azurerm 4.34.0 (required there)', topology: pip('4.34.0'), expect: [] },
  { ruleId: 'GW010', name: 'a public IP under >= 4.60.0, < 5.0.0 (later versions not read)', topology: pip('>= 4.60.0, < 5.0.0'), expect: [] },
  { ruleId: 'GW019', name: 'a public IP under >= 4.60.0, < 5.0.0', topology: pip('>= 4.60.0, < 5.0.0'), expect: [warning('gw', 'publicIpAddressId')] },
  { ruleId: 'GW019', name: 'a public IP under 4.40.0 (optional, accepted)', topology: pip('4.40.0'), expect: [] },
  { ruleId: 'GW019', name: 'a public IP under ~> 3.0 (required)', topology: pip('~> 3.0'), expect: [] },
  { ruleId: 'GW019', name: 'a public IP, no version known', topology: pip(undefined), expect: [] },
);

const conn0 = (change: Record<string, unknown>) => mutate((t) => { t.connections[0] = { ...t.connections[0], ...change }; });

CASES.push(
  { ruleId: 'GW001', name: 'a VPN SKU', topology: mutate((t) => { gw(t).sku = 'VpnGw1'; }), expect: [error('gw', 'sku')] },
  { ruleId: 'GW001', name: 'the valid base topology', topology: validTopology, expect: [] },
  { ruleId: 'GW003', name: '5 circuits from one peering location on one VNet', topology: mutate((t) => {
    gw(t).sku = 'ErGw3AZ';
    for (let i = 0; i < 4; i++) {
      t.circuits.push(metroCircuit(`a${i}`, { serviceProviderName: 'Megaport' }));
      t.connections.push(connection(`gw/a${i}`, 'gw', `a${i}`));
    }
  }), expect: [error('gw', 'connections')] },
  // The count is the VNet's: each gateway of it that connects a circuit from the location is reported.
  { ruleId: 'GW003', name: '1 + 4 circuits from one peering location through two gateways of one VNet', topology: mutate((t) => {
    gw(t).virtualNetwork = 'hub';
    t.gateways.push(gateway('gw2', { virtualNetwork: 'hub', sku: 'ErGw3AZ' }), gateway('gw3', { virtualNetwork: 'hub' }));
    for (let i = 0; i < 4; i++) {
      t.circuits.push(metroCircuit(`a${i}`, { serviceProviderName: 'Megaport' }));
      t.connections.push(connection(`gw2/a${i}`, 'gw2', `a${i}`));
    }
  }), expect: [error('gw', 'connections'), error('gw2', 'connections')] },
  { ruleId: 'GW003', name: '1 + 4 circuits from one peering location on two VNets', topology: mutate((t) => {
    gw(t).virtualNetwork = 'hub';
    t.gateways.push(gateway('gw2', { virtualNetwork: 'spoke', sku: 'ErGw3AZ' }));
    for (let i = 0; i < 4; i++) {
      t.circuits.push(metroCircuit(`a${i}`, { serviceProviderName: 'Megaport' }));
      t.connections.push(connection(`gw2/a${i}`, 'gw2', `a${i}`));
    }
  }), expect: [] },
  { ruleId: 'GW003', name: '4 circuits from one peering location', topology: mutate((t) => {
    gw(t).sku = 'ErGw3AZ';
    for (let i = 0; i < 3; i++) {
      t.circuits.push(metroCircuit(`a${i}`, { serviceProviderName: 'Megaport' }));
      t.connections.push(connection(`gw/a${i}`, 'gw', `a${i}`));
    }
  }), expect: [] },
  { ruleId: 'GW005', name: 'FastPath on ErGw2AZ', topology: conn0({ fastPath: true }), expect: [error('gw/ams', 'fastPath')] },
  { ruleId: 'GW005', name: 'FastPath on ErGwScale with 2 units', topology: () => {
    const t = conn0({ fastPath: true })();
    Object.assign(gw(t), { sku: 'ErGwScale', minScaleUnits: 2, maxScaleUnits: 2 });
    return t;
  }, expect: [error('gw/ams', 'fastPath')] },
  { ruleId: 'GW005', name: 'FastPath on ErGwScale with 10 units', topology: () => {
    const t = conn0({ fastPath: true })();
    Object.assign(gw(t), { sku: 'ErGwScale', minScaleUnits: 10, maxScaleUnits: 10 });
    return t;
  }, expect: [] },
  { ruleId: 'GW006', name: 'Private Link FastPath without FastPath', topology: conn0({ privateLinkFastPath: true }), expect: [error('gw/ams', 'privateLinkFastPath')] },
  { ruleId: 'GW006', name: 'Private Link FastPath with FastPath', topology: conn0({ privateLinkFastPath: true, fastPath: true }), expect: [] },
  { ruleId: 'GW020', name: 'Private Link FastPath on a provider circuit', topology: conn0({ privateLinkFastPath: true, fastPath: true }), expect: [error('gw/ams', 'privateLinkFastPath')] },
  { ruleId: 'GW020', name: 'Private Link FastPath on a Direct circuit', topology: mutate((t) => {
    Object.assign(gw(t), { sku: 'ErGw3AZ' });
    t.connections.push(connection('gw/d1', 'gw', 'd1', { fastPath: true, privateLinkFastPath: true }));
  }), expect: [] },
  { ruleId: 'GW007', name: 'routing weight 40000', topology: conn0({ routingWeight: 40000 }), expect: [error('gw/ams', 'routingWeight')] },
  { ruleId: 'GW007', name: 'routing weight 100', topology: conn0({ routingWeight: 100 }), expect: [] },
  { ruleId: 'GW009', name: 'a non-zonal SKU', topology: mutate((t) => { gw(t).sku = 'HighPerformance'; }), expect: [warning('gw', 'sku')] },
  { ruleId: 'GW009', name: 'a zonal SKU', topology: validTopology, expect: [] },
  { ruleId: 'GW011', name: 'a gateway subnet with another name', topology: mutate((t) => { gw(t).gatewaySubnetName = 'gw-subnet'; }), expect: [error('gw', 'subnetId')] },
  { ruleId: 'GW011', name: 'GatewaySubnet in any case', topology: mutate((t) => { gw(t).gatewaySubnetName = 'gatewaysubnet'; }), expect: [] },
);
