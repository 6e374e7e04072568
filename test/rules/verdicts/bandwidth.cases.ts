import { directCircuit, validTopology } from '../fixtures';
import { VerdictCase } from './case';
import { circuit, error, mutate, portOf, warning } from './helpers';

export const CASES: VerdictCase[] = [
  { ruleId: 'BW004', name: 'provider and Direct fields together', topology: mutate((t) => { circuit(t, 'd1').serviceProviderName = 'Equinix'; }),
    expect: [error('d1', 'expressRoutePort')] },
  { ruleId: 'BW004', name: 'a provider circuit without bandwidth', topology: mutate((t) => { delete circuit(t, 'ams').bandwidthMbps; }),
    expect: [error('ams', 'bandwidthMbps')] },
  { ruleId: 'BW004', name: 'a circuit on a port without bandwidth', topology: mutate((t) => { delete circuit(t, 'd1').bandwidthGbps; }),
    expect: [error('d1', 'bandwidthGbps')] },
  { ruleId: 'BW004', name: 'a circuit with neither kind', topology: mutate((t) => {
    t.circuits.push({ key: 'empty', path: 'empty', skuTier: 'Standard', skuFamily: 'MeteredData' });
  }), expect: [error('empty', 'serviceProviderName')] },
  { ruleId: 'BW004', name: 'the valid base topology', topology: validTopology, expect: [] },
  // Issue 12: service_provider_name = var.x (maybe null) next to a port: the kind is unknown.
  { ruleId: 'BW004', name: 'a Direct circuit with an unknown service_provider_name', topology: mutate((t) => {
    circuit(t, 'd1').unresolved = ['serviceProviderName'];
  }), expect: [] },
  { ruleId: 'BW004', name: 'a provider circuit with an unknown express_route_port_id', topology: mutate((t) => {
    circuit(t, 'ams').portKey = '(unknown port)'; circuit(t, 'ams').unresolved = ['expressRoutePort'];
  }), expect: [] },
  { ruleId: 'BW004', name: 'all provider fields unknown (try(..., null))', topology: mutate((t) => {
    const c = circuit(t, 'ams');
    delete c.serviceProviderName; delete c.peeringLocation; delete c.bandwidthMbps;
    c.unresolved = ['serviceProviderName', 'peeringLocation', 'bandwidthMbps'];
  }), expect: [] },
];

CASES.push(
  { ruleId: 'BW002', name: '40 Gbps on a 10G port', topology: mutate((t) => { portOf(t).bandwidthGbps = 10; circuit(t, 'd1').bandwidthGbps = 40; }),
    expect: [error('d1', 'bandwidthGbps')] },
  { ruleId: 'BW002', name: '3 Gbps on a 100G port', topology: mutate((t) => { circuit(t, 'd1').bandwidthGbps = 3; }), expect: [error('d1', 'bandwidthGbps')] },
  { ruleId: 'BW002', name: '40 Gbps on a 100G port', topology: mutate((t) => { circuit(t, 'd1').bandwidthGbps = 40; }), expect: [] },
  { ruleId: 'BW003', name: 'two 10G circuits on a 10G port', topology: mutate((t) => {
    portOf(t).bandwidthGbps = 10;
    t.circuits.push(directCircuit('d2', 'port', { bandwidthGbps: 10 }));
  }), expect: [warning('port', 'circuits.bandwidthGbps')] },
  { ruleId: 'BW003', name: 'circuits within the port size', topology: validTopology, expect: [] },
  { ruleId: 'BW005', name: 'a bandwidth decrease', topology: mutate((t) => { circuit(t, 'ams').previous = { bandwidthMbps: 2000 }; }), expect: [error('ams', 'bandwidthMbps')] },
  { ruleId: 'BW005', name: 'a bandwidth increase', topology: mutate((t) => { circuit(t, 'ams').previous = { bandwidthMbps: 500 }; }), expect: [] },
);
