import * as fc from 'fast-check';
import { MetroCatalog } from '../../src/catalog/metro-catalog';
import { CircuitNode, emptyTopology, GatewayKind, GatewayNode, PortNode, Topology } from '../../src/model/topology';
import { evaluateFromScratch, simulateFailures } from '../../src/simulation/simulate';
import { SEED } from './arbitraries';

/*
 * The simulation evaluates a failure from each gateway's baseline (nothing failed), changing only
 * the circuits the failure touches. On random topologies (unknown values, ports in and outside the
 * configuration, shared circuits, odd bandwidths), it gives exactly what evaluating every circuit
 * from scratch gives.
 */

const catalog = MetroCatalog.builtIn();
const pick = <T>(...values: T[]) => fc.constantFrom(...values);
const routers = pick(undefined, '', 'r1', 'R1 ', 'r2');
const unresolvedOf = (props: string[]) => fc.subarray(props, { maxLength: 2 }).map((x) => (x.length > 0 ? x : undefined));

const shape = fc.record({
  ports: fc.array(fc.record({
    peeringLocation: pick('Equinix-Amsterdam-AM5', 'Amsterdam', 'Amsterdam Metro', undefined), metro: pick(undefined, 'Amsterdam Metro', 'Atlantis Metro'),
    bandwidthGbps: pick(undefined, 10, 100, 1.5), link1: routers, link2: routers, links: fc.boolean(),
    unresolved: unresolvedOf(['peeringLocation', 'link1.customerEdge', 'link2.customerEdge', 'bandwidthGbps']),
  }), { maxLength: 3 }),
  circuits: fc.array(fc.record({
    peeringLocation: pick('Amsterdam Metro', 'Dallas Metro', 'amsterdam metro', 'Atlantis Metro', 'Amsterdam', 'Amsterdam2', 'London', undefined),
    serviceProviderName: pick('Equinix', 'Megaport', 'equinix ', 'X', undefined), bandwidthMbps: pick(undefined, 50, 1000, 10000, 0.5, 1e12, 0),
    bandwidthGbps: pick(undefined, 1, 10, 2.5), port: fc.integer({ min: -3, max: 4 }), customerEdge: routers, secondaryCustomerEdge: routers,
    unresolved: unresolvedOf(['peeringLocation', 'serviceProviderName', 'bandwidthMbps', 'customerEdge', 'secondaryCustomerEdge', 'portKey', 'bandwidthGbps']),
  }), { maxLength: 12 }),
  gateways: fc.array(fc.record({
    sku: pick('ErGw3AZ', 'Standard', undefined, 'weird'), location: pick('West Europe', 'westeurope', undefined), wan: fc.boolean(),
    requiredResiliency: pick(undefined, 'Maximum', 'High'), unresolved: unresolvedOf(['sku', 'location']),
  }), { maxLength: 5 }),
  connections: fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: -2, max: 13 })), { maxLength: 30 }),
});

function topologyOf(s: typeof shape extends fc.Arbitrary<infer T> ? T : never): Topology {
  const ports: PortNode[] = s.ports.map((p, i) => ({
    key: `port${i}`, path: `app/Port${i}`, peeringLocation: p.peeringLocation, metro: p.metro, bandwidthGbps: p.bandwidthGbps, unresolved: p.unresolved,
    links: p.links ? [{ key: `port${i}/link1`, path: `app/Port${i}/link1`, name: 'link1', customerEdge: p.link1 },
      { key: `port${i}/link2`, path: `app/Port${i}/link2`, name: 'link2', customerEdge: p.link2 }] : [],
  }));
  const circuits: CircuitNode[] = s.circuits.map((c, i) => {
    // 0..2: a port of this configuration (when there is one); 3: a port of unknown id; 4: a port outside it.
    const portKey = c.port < 0 ? undefined : c.port < ports.length ? `port${c.port}` : c.port === 3 ? '(unknown port)' : `/external/port${c.port}`;
    return {
      key: `circuit${i}`, path: `app/Circuit${i}`, portKey, customerEdge: c.customerEdge, secondaryCustomerEdge: c.secondaryCustomerEdge, unresolved: c.unresolved,
      ...(portKey === undefined
        ? { serviceProviderName: c.serviceProviderName, peeringLocation: c.peeringLocation, bandwidthMbps: c.bandwidthMbps }
        : { bandwidthGbps: c.bandwidthGbps }),
    };
  });
  const gateways: GatewayNode[] = s.gateways.map((g, i) => ({
    key: `gateway${i}`, path: `app/Gateway${(i * 3) % 5}${i}`, kind: g.wan ? GatewayKind.VIRTUAL_WAN_GATEWAY : GatewayKind.VIRTUAL_NETWORK_GATEWAY,
    sku: g.sku, location: g.location, requiredResiliency: g.requiredResiliency, unresolved: g.unresolved,
  }));
  const connections = s.connections.map(([g, c], i) => ({
    key: `connection${i}`, path: `app/Connection${i}`, gatewayKey: g < gateways.length ? `gateway${g}` : undefined,
    circuitKey: c >= 0 && c < circuits.length ? `circuit${c}` : c === -1 ? undefined : `/external/circuit${c}`,
  }));
  return { ...emptyTopology(), ports, circuits, gateways, connections };
}

afterEach(() => evaluateFromScratch(false));

test('evaluating failures from the baseline gives what evaluating from scratch gives', () => {
  let outcomes = 0;
  fc.assert(fc.property(shape, (s) => {
    const topology = topologyOf(s);
    evaluateFromScratch(false);
    const fromBaseline = simulateFailures(topology, catalog);
    evaluateFromScratch(true);
    const fromScratch = simulateFailures(topology, catalog);
    outcomes += fromBaseline.scenarios.reduce((n, x) => n + x.gateways.length, 0);
    expect(fromBaseline).toEqual(fromScratch);
  }), { numRuns: 400, seed: SEED });
  // The generator reaches gateways with outcomes, not only empty topologies.
  expect(outcomes).toBeGreaterThan(2000);
});
