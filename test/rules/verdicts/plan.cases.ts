import { metroCircuit, connection } from '../fixtures';
import { VerdictCase } from './case';
import { circuit, error, gw, mutate, portOf, warning } from './helpers';

export const CASES: VerdictCase[] = [
  { ruleId: 'PLAN001', name: 'a plan replacing a circuit', topology: mutate((t) => { circuit(t, 'ams').replacedBecauseOf = ['peering_location']; }),
    expect: [error('ams', 'peering_location')] },
  { ruleId: 'PLAN001', name: 'a plan replacing a port', topology: mutate((t) => { portOf(t).replacedBecauseOf = ['encapsulation']; }),
    expect: [error('port', 'encapsulation')] },
  { ruleId: 'PLAN001', name: 'no replacement', topology: mutate(() => undefined), expect: [] },

  // Issue 18: a zonal <-> non-zonal SKU change replaces the gateway.
  { ruleId: 'PLAN002', name: 'UltraPerformance to ErGw3AZ', topology: mutate((t) => { gw(t).previousSku = 'UltraPerformance'; gw(t).sku = 'ErGw3AZ'; }),
    expect: [error('gw', 'sku')] },
  { ruleId: 'PLAN002', name: 'a replacement the plan names sku for', topology: mutate((t) => { gw(t).replacedBecauseOf = ['sku']; }),
    expect: [error('gw', 'sku')] },
  { ruleId: 'PLAN002', name: 'ErGw1AZ to ErGw3AZ (same family)', topology: mutate((t) => { gw(t).previousSku = 'ErGw1AZ'; gw(t).sku = 'ErGw3AZ'; }), expect: [] },

  // Issue 18: Resiliency Guard blocks deleting multi-homed and Metro gateways, and required connections.
  { ruleId: 'PLAN003', name: 'destroying a MultiHomed gateway', topology: mutate((t) => { gw(t).resiliencyModel = 'MultiHomed'; gw(t).destroying = true; }),
    expect: [error('gw', 'resiliencyModel')] },
  { ruleId: 'PLAN003', name: 'destroying a SingleHomed gateway', topology: mutate((t) => { gw(t).resiliencyModel = 'SingleHomed'; gw(t).destroying = true; }), expect: [] },
  { ruleId: 'PLAN004', name: 'destroying both Metro connections of a MultiHomed gateway', topology: mutate((t) => {
    gw(t).resiliencyModel = 'MultiHomed';
    t.connections[0] = { ...t.connections[0], destroying: true };
    t.connections[1] = { ...t.connections[1], destroying: true };
  }), expect: [error('gw/ams', 'gateway'), error('gw/fra', 'gateway')] },
  { ruleId: 'PLAN004', name: 'destroying one of two Metro connections of a MultiHomed gateway', topology: mutate((t) => {
    gw(t).resiliencyModel = 'MultiHomed';
    t.connections[0] = { ...t.connections[0], destroying: true };
  }), expect: [] },
  { ruleId: 'PLAN004', name: 'destroying the Metro connection, a single-site circuit left', topology: mutate((t) => {
    gw(t).resiliencyModel = 'MultiHomed';
    t.connections.splice(1, 1);
    t.circuits.push(metroCircuit('single', { peeringLocation: 'Amsterdam', declaredMetro: false }));
    t.connections.push(connection('gw/single', 'gw', 'single'));
    t.connections[0] = { ...t.connections[0], destroying: true };
  }), expect: [error('gw/ams', 'gateway')] },
  { ruleId: 'PLAN004', name: 'destroying the Metro connection, a single-site circuit left, and connections not known', topology: mutate((t) => {
    gw(t).resiliencyModel = 'MultiHomed';
    gw(t).unresolved = ['connections'];
    t.connections.splice(1, 1);
    t.circuits.push(metroCircuit('single', { peeringLocation: 'Amsterdam', declaredMetro: false }));
    t.connections.push(connection('gw/single', 'gw', 'single'));
    t.connections[0] = { ...t.connections[0], destroying: true };
  }), expect: [] },
  { ruleId: 'PLAN005', name: 'destroying a gateway on Metro circuits, model unknown', topology: mutate((t) => { gw(t).destroying = true; }),
    expect: [warning('gw', 'connections')] },
  { ruleId: 'PLAN005', name: 'destroying a gateway on a single-site circuit', topology: mutate((t) => {
    gw(t).destroying = true;
    circuit(t, 'ams').peeringLocation = 'Amsterdam'; circuit(t, 'ams').declaredMetro = false;
    circuit(t, 'fra').peeringLocation = 'Frankfurt'; circuit(t, 'fra').declaredMetro = false;
  }), expect: [] },
];
