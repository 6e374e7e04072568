import { CircuitNode, GatewayNode, PortNode, Topology } from '../../../src/model/topology';
import { Severity } from '../../../src/rules/finding';
import { connection, gateway, metroCircuit, port, validTopology } from '../fixtures';
import { VerdictCase } from './case';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A gateway `gw` connected to the given circuits (and nothing else). */
function gatewayWith(circuits: CircuitNode[], over: Partial<GatewayNode> = {}): Topology {
  const t = validTopology();
  t.circuits.splice(0, t.circuits.length, ...circuits);
  t.connections.splice(0, t.connections.length, ...circuits.map((c) => connection(`gw/${c.key}`, 'gw', c.key)));
  t.gateways.splice(0, t.gateways.length, gateway('gw', over));
  t.peerings.splice(0);
  t.globalReach.splice(0);
  t.ports.splice(0);
  return t;
}

const standard = (key: string, peeringLocation: string, over: Partial<CircuitNode> = {}) =>
  metroCircuit(key, { peeringLocation, declaredMetro: undefined, ...over });

function withGateway(over: Partial<GatewayNode>): Topology {
  const t = validTopology();
  Object.assign(t.gateways[0] as Mutable<GatewayNode>, over);
  return t;
}

function withPortRouters(link1: string | undefined, link2: string | undefined, over: Partial<PortNode> = {}): Topology {
  const t = validTopology();
  t.ports.splice(0, 1, port('port', {
    links: [{ name: 'link1', adminEnabled: false, customerEdge: link1 }, { name: 'link2', adminEnabled: false, customerEdge: link2 }], ...over,
  }));
  return t;
}

function withCircuitRouters(over: Partial<CircuitNode>): Topology {
  const t = validTopology();
  Object.assign(t.circuits[0] as Mutable<CircuitNode>, over);
  return t;
}

/** The failure simulation's verdicts. */
export const CASES: VerdictCase[] = [
  {
    ruleId: 'DUAL050', name: 'High required, one standard circuit: losing Amsterdam cuts every path',
    topology: () => gatewayWith([standard('ams', 'Amsterdam')], { requiredResiliency: 'High' }),
    expect: [{ subject: 'gw', property: 'requiredResiliency', severity: Severity.ERROR }],
  },
  {
    ruleId: 'DUAL050', name: 'High required, a Metro circuit: each site failure leaves the other site',
    topology: () => gatewayWith([metroCircuit('ams')], { requiredResiliency: 'High' }),
    expect: [],
  },
  {
    ruleId: 'DUAL050', name: 'High required, the only circuit at an unknown location: unknown, not lost',
    topology: () => gatewayWith([standard('ams', 'Amsterdam', { peeringLocation: undefined, unresolved: ['peeringLocation'] })], { requiredResiliency: 'High' }),
    expect: [],
  },
  {
    ruleId: 'DUAL050', name: 'High required, one standard circuit, and connections not known: unknown, not lost',
    topology: () => gatewayWith([standard('ams', 'Amsterdam')], { requiredResiliency: 'High', unresolved: ['connections'] }),
    expect: [],
  },
  {
    ruleId: 'DUAL051', name: 'Maximum required, one Metro circuit: losing the metro cuts every path',
    topology: () => gatewayWith([metroCircuit('ams')], { requiredResiliency: 'Maximum' }),
    expect: [{ subject: 'gw', property: 'requiredResiliency', severity: Severity.ERROR }],
  },
  {
    ruleId: 'DUAL051', name: 'Maximum required, a Metro circuit and a standard circuit in the same metro',
    topology: () => gatewayWith([metroCircuit('ams'), standard('ams2', 'Amsterdam2')], { requiredResiliency: 'Maximum' }),
    expect: [{ subject: 'gw', property: 'requiredResiliency', severity: Severity.ERROR }],
  },
  {
    ruleId: 'DUAL051', name: 'Maximum required, Metro circuits in two metros',
    topology: () => withGateway({ requiredResiliency: 'Maximum' }),
    expect: [],
  },
  {
    ruleId: 'DUAL051', name: 'Maximum required, two standard circuits at two peering locations of one city (Azure\'s Maximum)',
    topology: () => gatewayWith([standard('ams', 'Amsterdam'), standard('ams2', 'Amsterdam2')], { requiredResiliency: 'Maximum' }),
    expect: [],
  },
  {
    ruleId: 'DUAL052', name: 'losing the Amsterdam metro leaves 1,000 Mbps, below the 1,500 asked for',
    topology: () => withGateway({ minimumCapacityMbpsUnderFailure: 1500 }),
    expect: [{ subject: 'gw', property: 'minimumCapacityMbpsUnderFailure', severity: Severity.WARNING }],
  },
  {
    ruleId: 'DUAL052', name: 'every single failure leaves at least the 1,000 Mbps asked for (the burst is not counted)',
    topology: () => withGateway({ minimumCapacityMbpsUnderFailure: 1000 }),
    expect: [],
  },
  {
    ruleId: 'DUAL052', name: 'a circuit outside the configuration: capacity unknown, not judged',
    topology: () => {
      const t = gatewayWith([], { minimumCapacityMbpsUnderFailure: 1000 });
      t.connections.push(connection('gw/external', 'gw', '/subscriptions/x/resourceGroups/y/providers/Microsoft.Network/expressRouteCircuits/z'));
      return t;
    },
    expect: [],
  },
  {
    ruleId: 'DUAL053', name: 'both links of a port pair on one router',
    topology: () => withPortRouters('ce-ams-1', 'CE-AMS-1'),
    expect: [{ subject: 'port', property: 'link2.customerEdge', severity: Severity.WARNING }],
  },
  {
    ruleId: 'DUAL053', name: 'a Metro circuit with one router named for both links',
    topology: () => withCircuitRouters({ customerEdge: 'ce-ams-1' }),
    expect: [{ subject: 'ams', property: 'customerEdge', severity: Severity.WARNING }],
  },
  {
    ruleId: 'DUAL053', name: 'a circuit on a Metro port, one router named on the circuit and none on the port links',
    topology: () => {
      const t = validTopology();
      Object.assign(t.circuits.find((c) => c.key === 'd1') as Mutable<CircuitNode>, { customerEdge: 'ce-ams-1' });
      return t;
    },
    expect: [{ subject: 'd1', property: 'customerEdge', severity: Severity.WARNING }],
  },
  {
    ruleId: 'DUAL053', name: 'two routers for the port links and for the Metro circuit',
    topology: () => {
      const t = withPortRouters('ce-ams-1', 'ce-ams-2');
      Object.assign(t.circuits[0] as Mutable<CircuitNode>, { customerEdge: 'ce-ams-1', secondaryCustomerEdge: 'ce-ams-2' });
      return t;
    },
    expect: [],
  },
  {
    ruleId: 'DUAL053', name: 'routers not known: never assumed shared',
    topology: () => {
      const t = withPortRouters('ce-ams-1', undefined);
      Object.assign(t.circuits[0] as Mutable<CircuitNode>, { customerEdge: 'ce-ams-1', unresolved: ['secondaryCustomerEdge'] });
      return t;
    },
    expect: [],
  },
];
