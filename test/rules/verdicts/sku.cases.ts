import { connection, gateway, validTopology } from '../fixtures';
import { VerdictCase } from './case';
import { circuit, error, mutate, warning } from './helpers';

const localDirect = (family: string, creating?: boolean) => mutate((t) => {
  const c = circuit(t, 'd1');
  c.skuTier = 'Local'; c.skuFamily = family; c.creating = creating;
});

export const CASES: VerdictCase[] = [
  { ruleId: 'SKU003', name: 'a Local provider circuit on MeteredData',
    topology: mutate((t) => { circuit(t, 'ams').skuTier = 'Local'; t.globalReach.length = 0; }),
    expect: [error('ams', 'skuFamily')] },
  { ruleId: 'SKU003', name: 'a Local provider circuit on UnlimitedData',
    topology: mutate((t) => { circuit(t, 'ams').skuTier = 'Local'; circuit(t, 'ams').skuFamily = 'UnlimitedData'; t.globalReach.length = 0; }),
    expect: [] },
  // Issue 18: a Local circuit on ExpressRoute Direct is created as MeteredData (the Direct page wins).
  { ruleId: 'SKU003', name: 'a Local circuit created on a Direct port as MeteredData', topology: localDirect('MeteredData', true), expect: [] },
  { ruleId: 'SKU005', name: 'a Local circuit created on a Direct port as MeteredData', topology: localDirect('MeteredData', true), expect: [] },
  { ruleId: 'SKU005', name: 'a Local circuit created on a Direct port as UnlimitedData', topology: localDirect('UnlimitedData', true),
    expect: [error('d1', 'skuFamily')] },
  { ruleId: 'SKU003', name: 'an existing Local Direct circuit on UnlimitedData', topology: localDirect('UnlimitedData', false), expect: [] },
  { ruleId: 'SKU005', name: 'an existing Local Direct circuit on UnlimitedData', topology: localDirect('UnlimitedData', false), expect: [] },
  { ruleId: 'SKU005', name: 'the valid base topology', topology: validTopology, expect: [] },
];

const circuitsIn = (n: number, subscription: (i: number) => string | undefined, region: (i: number) => string) => mutate((t) => {
  t.circuits.length = 0; t.globalReach.length = 0; t.connections.length = 0; t.peerings.length = 0;
  for (let i = 0; i < n; i++) {
    t.circuits.push({ key: `c${i}`, path: `c${i}`, location: region(i), skuTier: 'Standard', skuFamily: 'MeteredData',
      serviceProviderName: 'Equinix', peeringLocation: 'Amsterdam', bandwidthMbps: 1000, subscription: subscription(i) });
  }
});

CASES.push(
  // Issue 18: circuit quotas (FAQ limits table): 10 per region per subscription, 50 per subscription.
  // One finding per quota, on the member whose Azure name sorts first (else whose path does), so
  // that the synth and the lint name the same one whatever order they read the circuits in.
  { ruleId: 'SKU012', name: '11 circuits in one region of one subscription', topology: circuitsIn(11, () => 'sub', () => 'West Europe'),
    expect: [warning('c0', 'location')] },
  { ruleId: 'SKU012', name: '11 circuits in one region, reported on the circuit whose name sorts first', topology: () => {
    const t = circuitsIn(11, () => 'sub', () => 'West Europe')();
    const named = (key: string, name: string) => ({ key, path: key, resourceType: 'azurerm_express_route_circuit', name, scope: '|azurerm|rg:rg' });
    return { ...t, resourceNames: [named('c3', 'erc-b'), named('c7', 'erc-a'), named('c0', 'erc-c'), { ...named('c1', 'erc-0'), resourceType: 'azurerm_management_lock' }] };
  }, expect: [warning('c7', 'location')] },
  { ruleId: 'SKU012', name: '11 circuits in one region, two subscriptions', topology: circuitsIn(11, (i) => (i < 6 ? 'a' : 'b'), () => 'West Europe'), expect: [] },
  { ruleId: 'SKU012', name: '11 circuits in one region, subscription unknown', topology: circuitsIn(11, () => undefined, () => 'West Europe'), expect: [] },
  { ruleId: 'SKU013', name: '51 circuits in one subscription over 6 regions', topology: circuitsIn(51, () => 'sub', (i) => `region${i % 6}`),
    expect: [warning('c0', 'subscription')] },
  { ruleId: 'SKU013', name: '50 circuits in one subscription', topology: circuitsIn(50, () => 'sub', (i) => `region${i % 6}`), expect: [] },
);

CASES.push(
  { ruleId: 'SKU001', name: 'a tier in the wrong case', topology: mutate((t) => { circuit(t, 'ams').skuTier = 'premium'; }), expect: [error('ams', 'skuTier')] },
  { ruleId: 'SKU001', name: 'Basic (SKU010\'s case)', topology: mutate((t) => { circuit(t, 'ams').skuTier = 'Basic'; }), expect: [] },
  { ruleId: 'SKU010', name: 'the undocumented Basic tier', topology: mutate((t) => { circuit(t, 'ams').skuTier = 'Basic'; }), expect: [warning('ams', 'skuTier')] },
  { ruleId: 'SKU010', name: 'the valid base topology', topology: validTopology, expect: [] },
  { ruleId: 'SKU011', name: 'UnlimitedData on a Direct circuit whose creation is not known', topology: mutate((t) => { circuit(t, 'd1').skuFamily = 'UnlimitedData'; }),
    expect: [warning('d1', 'skuFamily')] },
  { ruleId: 'SKU011', name: 'UnlimitedData on a Direct circuit a plan creates (SKU005\'s case)', topology: localDirect('UnlimitedData', true), expect: [] },
  { ruleId: 'SKU011', name: 'MeteredData on a Direct circuit', topology: validTopology, expect: [] },
);

const links = (n: number) => (t: Parameters<Parameters<typeof mutate>[0]>[0]) => {
  for (let i = 0; i < n; i++) {
    t.gateways.push(gateway(`g${i}`, { virtualNetwork: `vnet${i}` }));
    t.connections.push(connection(`g${i}/ams`, `g${i}`, 'ams'));
  }
};

CASES.push(
  { ruleId: 'SKU002', name: 'an unknown family', topology: mutate((t) => { circuit(t, 'ams').skuFamily = 'Metered'; }), expect: [error('ams', 'skuFamily')] },
  { ruleId: 'SKU002', name: 'the valid base topology', topology: validTopology, expect: [] },
  { ruleId: 'SKU004', name: 'Local at a metro with no local region', topology: mutate((t) => {
    Object.assign(circuit(t, 'ams'), { skuTier: 'Local', skuFamily: 'UnlimitedData', peeringLocation: 'Atlanta Metro', serviceProviderName: 'Equinix' });
    t.globalReach.length = 0;
  }), expect: [error('ams', 'skuTier')] },
  { ruleId: 'SKU004', name: 'Local at Amsterdam Metro', topology: mutate((t) => {
    Object.assign(circuit(t, 'ams'), { skuTier: 'Local', skuFamily: 'UnlimitedData' });
    t.globalReach.length = 0;
  }), expect: [] },
  { ruleId: 'SKU006', name: 'UnlimitedData back to MeteredData', topology: mutate((t) => { circuit(t, 'ams').previous = { skuFamily: 'UnlimitedData' }; }),
    expect: [error('ams', 'skuFamily')] },
  { ruleId: 'SKU006', name: 'MeteredData to UnlimitedData', topology: mutate((t) => { circuit(t, 'ams').previous = { skuFamily: 'MeteredData' }; circuit(t, 'ams').skuFamily = 'UnlimitedData'; }), expect: [] },
  { ruleId: 'SKU007', name: 'Local to Standard on MeteredData', topology: mutate((t) => { circuit(t, 'ams').previous = { skuTier: 'Local' }; }), expect: [error('ams', 'skuFamily')] },
  { ruleId: 'SKU007', name: 'Local to Standard on UnlimitedData', topology: mutate((t) => { circuit(t, 'ams').previous = { skuTier: 'Local' }; circuit(t, 'ams').skuFamily = 'UnlimitedData'; }), expect: [] },
  { ruleId: 'SKU008', name: '13 links on a Standard circuit', topology: mutate(links(11)), expect: [warning('ams', 'connections')] },
  { ruleId: 'SKU008', name: '10 links on a Standard circuit', topology: mutate(links(8)), expect: [] },
  { ruleId: 'SKU008', name: '13 links on a 1 Gbps Premium circuit', topology: mutate((t) => { links(11)(t); circuit(t, 'ams').skuTier = 'Premium'; }), expect: [] },
  { ruleId: 'SKU009', name: 'Premium to Standard with 11 VNets linked', topology: mutate((t) => { links(10)(t); circuit(t, 'ams').previous = { skuTier: 'Premium' }; }),
    expect: [error('ams', 'skuTier')] },
  { ruleId: 'SKU009', name: 'Premium to Standard with 9 VNets linked', topology: mutate((t) => { links(8)(t); circuit(t, 'ams').previous = { skuTier: 'Premium' }; }), expect: [] },
);
