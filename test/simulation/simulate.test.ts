import { MetroCatalog } from '../../src/catalog/metro-catalog';
import { CircuitNode, GatewayNode, PortNode, Topology, emptyTopology } from '../../src/model/topology';
import { buildReport, mermaidDiagram, reportMarkdown, scenarioDiagram } from '../../src/report/report';
import { RuleEngine } from '../../src/rules/engine';
import { filterSimulation, scenarioCuts, simulateFailures } from '../../src/simulation/simulate';
import { Connectivity, GatewayOutcome, ScenarioKind, SimulationReport } from '../../src/simulation/types';
import { connection, directCircuit, gateway, metroCircuit, port } from '../rules/fixtures';

const catalog = MetroCatalog.builtIn();

/** A gateway `gw` with the given circuits (and ports) connected. */
function topo(circuits: CircuitNode[], over: Partial<GatewayNode> = {}, ports: PortNode[] = []): Topology {
  const t = emptyTopology();
  t.circuits.push(...circuits);
  t.ports.push(...ports);
  t.gateways.push(gateway('gw', over));
  t.connections.push(...circuits.map((c) => connection(`gw/${c.key}`, 'gw', c.key)));
  return t;
}

const standard = (key: string, peeringLocation: string, over: Partial<CircuitNode> = {}) =>
  metroCircuit(key, { peeringLocation, declaredMetro: undefined, ...over });

function outcome(r: SimulationReport, id: string, gw = 'gw'): GatewayOutcome | undefined {
  return r.scenarios.find((s) => s.id === id)?.gateways.find((o) => o.gateway === gw);
}

const ids = (r: SimulationReport) => r.scenarios.map((s) => s.id);

describe('a Metro circuit alone', () => {
  const r = simulateFailures(topo([metroCircuit('ams')]), catalog);

  test('every single failure, sorted by kind then target', () => {
    expect(ids(r)).toEqual([
      'site:Amsterdam', 'site:Amsterdam2', 'metro:Amsterdam Metro', 'provider:Equinix',
      'link:ams primary', 'link:ams secondary', 'zone:West Europe (one zone)', 'gateway:gw',
    ]);
    expect(r.scenarios.every((s) => s.failures === 1)).toBe(true);
  });

  test('one site lost: one link lives and the circuit keeps its bandwidth (the burst is never counted)', () => {
    expect(outcome(r, 'site:Amsterdam2')).toEqual({
      gateway: 'gw', pathsBefore: 2, pathsAfter: 1, pathsUnknown: 0, capacityMbpsBefore: 1000, capacityMbpsAfter: 1000, connected: Connectivity.YES,
    });
  });

  test('the metro or the provider lost: cut off', () => {
    for (const id of ['metro:Amsterdam Metro', 'provider:Equinix', 'gateway:gw']) {
      expect(outcome(r, id)).toEqual(expect.objectContaining({ pathsAfter: 0, capacityMbpsAfter: 0, connected: Connectivity.NO }));
    }
  });

  test('the summary lists what cuts the gateway off (not the gateway itself) and the worst capacity', () => {
    expect(r.summary.gateways).toEqual([expect.objectContaining({
      gateway: 'gw', pathsBefore: 2, capacityMbpsBefore: 1000, disconnectedBy: ['metro:Amsterdam Metro', 'provider:Equinix'],
      unknownUnder: [], disconnectedByPairs: [], worstCapacityMbpsUnderSingleFailure: 0,
    })]);
  });
});

test('a standard circuit has both links at one site: losing the site cuts it', () => {
  const r = simulateFailures(topo([standard('ams', 'Amsterdam')]), catalog);
  expect(outcome(r, 'site:Amsterdam')?.connected).toBe(Connectivity.NO);
  // Amsterdam is one of Amsterdam Metro's two sites: the metro is a failure domain of it too.
  expect(outcome(r, 'metro:Amsterdam Metro')?.connected).toBe(Connectivity.NO);
  expect(ids(r)).not.toContain('site:Amsterdam2');
});

test('two standard circuits in one city survive each site but not the metro', () => {
  const r = simulateFailures(topo([standard('a1', 'Amsterdam'), standard('a2', 'Amsterdam2', { serviceProviderName: 'Colt' })]), catalog);
  expect(outcome(r, 'site:Amsterdam')).toEqual(expect.objectContaining({ pathsAfter: 2, capacityMbpsAfter: 1000, connected: Connectivity.YES }));
  expect(outcome(r, 'metro:Amsterdam Metro')?.connected).toBe(Connectivity.NO);
  expect(outcome(r, 'provider:Colt')?.connected).toBe(Connectivity.YES);
});

describe('Direct ports', () => {
  const t = topo([directCircuit('d1', 'p'), directCircuit('d2', 'p')], {}, [port('p', { bandwidthGbps: 10 })]);
  const r = simulateFailures(t, catalog);

  test('circuits on a port are bounded by its surviving links', () => {
    expect(outcome(r, 'site:Amsterdam2')).toEqual(expect.objectContaining({ pathsAfter: 2, capacityMbpsBefore: 20000, capacityMbpsAfter: 10000 }));
    expect(outcome(r, 'link:p link1')).toEqual(expect.objectContaining({ pathsAfter: 2, capacityMbpsAfter: 10000 }));
    expect(outcome(r, 'port:p')).toEqual(expect.objectContaining({ pathsAfter: 0, capacityMbpsAfter: 0, connected: Connectivity.NO }));
  });

  test('no provider domain for Direct circuits, and no router domain when no router is named', () => {
    expect(r.scenarios.map((s) => s.kind)).not.toContain(ScenarioKind.PROVIDER);
    expect(r.scenarios.map((s) => s.kind)).not.toContain(ScenarioKind.CUSTOMER_EDGE);
  });

  test('both port links on one router: losing it cuts both circuits', () => {
    const shared = topo([directCircuit('d1', 'p')], {}, [port('p', {
      links: [{ name: 'link1', customerEdge: 'ce1' }, { name: 'link2', customerEdge: 'CE1' }],
    })]);
    expect(outcome(simulateFailures(shared, catalog), 'customer-edge:CE1')?.connected).toBe(Connectivity.NO);
  });
});

test('a router named on two circuits is one failure domain; an unnamed router is never assumed shared', () => {
  const t = topo([metroCircuit('ams', { customerEdge: 'ce1', secondaryCustomerEdge: 'ce2' }),
    metroCircuit('fra', { peeringLocation: 'Frankfurt Metro', customerEdge: 'ce1' }), metroCircuit('par', { peeringLocation: 'Paris Metro' })]);
  const r = simulateFailures(t, catalog);
  expect(r.scenarios.filter((s) => s.kind === ScenarioKind.CUSTOMER_EDGE).map((s) => s.target)).toEqual(['ce1', 'ce2']);
  // ce1 takes ams's primary and both of fra's links; par (no router named) is untouched.
  expect(outcome(r, 'customer-edge:ce1')).toEqual(expect.objectContaining({ pathsBefore: 6, pathsAfter: 3, capacityMbpsAfter: 2000 }));
});

describe('unknown values are unknown, never lost', () => {
  test('a circuit at an unknown location', () => {
    const r = simulateFailures(topo([metroCircuit('ams'), standard('x', 'Amsterdam', { peeringLocation: undefined, unresolved: ['peeringLocation'] })]), catalog);
    // Every site scenario lists the gateway: x's two paths are unknown there.
    expect(outcome(r, 'site:Amsterdam')).toEqual({
      gateway: 'gw', pathsBefore: 4, pathsAfter: 1, pathsUnknown: 2, capacityMbpsBefore: 2000, capacityMbpsAfter: undefined, connected: Connectivity.YES,
    });
    expect(outcome(r, 'metro:Amsterdam Metro')).toEqual(expect.objectContaining({ pathsAfter: 0, pathsUnknown: 2, connected: Connectivity.UNKNOWN }));
  });

  test('a Metro name the catalog does not know: its sites are unknown, not one site', () => {
    const r = simulateFailures(topo([metroCircuit('x', { peeringLocation: 'Atlantis Metro' })]), catalog);
    expect(r.scenarios.map((s) => s.kind)).not.toContain(ScenarioKind.SITE);
  });

  test('a connection to a circuit outside the configuration', () => {
    const t = topo([]);
    t.connections.push(connection('gw/ext', 'gw', '/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/expressRouteCircuits/c'));
    const r = simulateFailures(t, catalog);
    expect(outcome(r, 'zone:West Europe (one zone)')).toEqual(expect.objectContaining({ pathsAfter: 2, capacityMbpsAfter: undefined, connected: Connectivity.YES }));
    expect(outcome(r, 'gateway:gw')).toEqual(expect.objectContaining({ pathsAfter: 0, capacityMbpsAfter: 0, connected: Connectivity.NO }));
  });
});

test.each([
  ['ErGw2AZ', Connectivity.YES],
  ['ErGwScale', Connectivity.YES],
  ['UltraPerformance', Connectivity.NO],
  ['Standard', Connectivity.NO],
  [undefined, Connectivity.UNKNOWN],
])('a zone failure with gateway SKU %s: %s', (sku, connected) => {
  const r = simulateFailures(topo([metroCircuit('ams')], { sku }), catalog);
  expect(outcome(r, 'zone:West Europe (one zone)')?.connected).toBe(connected);
});

describe('N-2: pairs of sites only for gateways that require Maximum', () => {
  const two = [metroCircuit('ams'), metroCircuit('fra', { peeringLocation: 'Frankfurt Metro' })];

  test('without Maximum there is no pair', () => {
    expect(simulateFailures(topo(two, { requiredResiliency: 'High' }), catalog).summary.doubleFailures).toBe(0);
  });

  test('with Maximum, every pair of the four sites', () => {
    const r = simulateFailures(topo(two, { requiredResiliency: 'Maximum' }), catalog);
    expect(r.scenarios.filter((s) => s.kind === ScenarioKind.SITE_PAIR).map((s) => s.target)).toEqual([
      'Amsterdam + Amsterdam2', 'Amsterdam + Frankfurt', 'Amsterdam + Frankfurt2',
      'Amsterdam2 + Frankfurt', 'Amsterdam2 + Frankfurt2', 'Frankfurt + Frankfurt2',
    ]);
    expect(outcome(r, 'site-pair:Amsterdam + Frankfurt')).toEqual(expect.objectContaining({ pathsAfter: 2, capacityMbpsAfter: 2000 }));
    expect(outcome(r, 'site-pair:Amsterdam + Amsterdam2')).toEqual(expect.objectContaining({ pathsAfter: 2, capacityMbpsAfter: 1000 }));
    expect(r.scenarios.find((s) => s.kind === ScenarioKind.SITE_PAIR)?.failures).toBe(2);
  });
});

test('deterministic: the same output whatever the input order', () => {
  const make = (reverse: boolean) => {
    const t = topo([metroCircuit('ams'), metroCircuit('fra', { peeringLocation: 'Frankfurt Metro', serviceProviderName: 'Megaport' })], { requiredResiliency: 'Maximum' });
    t.gateways.push(gateway('gw2', { sku: 'Standard' }));
    t.connections.push(connection('gw2/ams', 'gw2', 'ams'));
    if (reverse) {
      t.circuits.reverse();
      t.gateways.reverse();
      t.connections.reverse();
    }
    return JSON.stringify(simulateFailures(t, catalog));
  };
  expect(make(true)).toBe(make(false));
});

test('one stack\'s report keeps its own gateways', () => {
  const t = topo([metroCircuit('ams')]);
  t.gateways.push(gateway('other/gw'));
  t.connections.push(connection('other/gw/ams', 'other/gw', 'ams'));
  const all = simulateFailures(t, catalog);
  const mine = filterSimulation(all, t.gateways, (p) => p === 'gw');
  expect(mine.summary.gateways.map((g) => g.gateway)).toEqual(['gw']);
  expect(mine.scenarios.flatMap((s) => s.gateways.map((o) => o.gateway))).not.toContain('other/gw');
  expect(mine.scenarios.map((s) => s.id)).not.toContain('gateway:other/gw');
});

describe('in the report', () => {
  const t = topo([metroCircuit('ams'), standard('lon', 'London', { serviceProviderName: 'Colt' })]);
  const report = buildReport(t, new RuleEngine().validate(t), catalog);

  test('the JSON has the simulation section', () => {
    const json = JSON.parse(JSON.stringify(report));
    expect(json.simulation.summary.gateways[0].disconnectedBy).toEqual([]);
    expect(json.simulation.scenarios.map((s: { id: string }) => s.id)).toContain('site:London');
  });

  test('the Markdown matrix lists the worst case first', () => {
    const md = reportMarkdown('t', report, mermaidDiagram(t, catalog));
    const matrix = md.split('### gw')[1].split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| If'));
    expect(matrix[0]).toBe('| gw | gateway | **no** | 0 of 4 | 0 of 2000 |');
    // Then the failures that leave 1,000 Mbps, by kind (site, metro, provider...) then target.
    expect(matrix.slice(1, 4)).toEqual([
      '| London | site | yes | 2 of 4 | 1000 of 2000 |',
      '| Amsterdam Metro | metro | yes | 2 of 4 | 1000 of 2000 |',
      // Failures of one kind that end the same share a row.
      '| any one of 2: Colt, Equinix | provider | yes | 2 of 4 | 1000 of 2000 |',
    ]);
    expect(matrix[matrix.length - 1]).toBe('| West Europe (one zone) | zone | yes | 4 of 4 | 2000 of 2000 |');
  });

  test('links that each leave the same paths and capacity share one row, with the rest counted', () => {
    const many = topo(['a', 'b', 'c', 'd'].map((k) => metroCircuit(k)));
    const rows = reportMarkdown('t', buildReport(many, new RuleEngine().validate(many), catalog), '')
      .split('\n').filter((l) => l.includes('| link |'));
    expect(rows).toEqual(['| any one of 8: a primary, a secondary, b primary, b secondary, c primary, c secondary and 2 more | link | yes | 7 of 8 | 4000 of 4000 |']);
  });

  test('the diagram marks what a chosen scenario cuts', () => {
    expect(scenarioCuts(t, catalog, 'metro:Amsterdam Metro')).toEqual({ sites: ['amsterdam', 'amsterdam2'], nodes: ['ams'] });
    expect(scenarioCuts(t, catalog, 'site:Nowhere')).toBeUndefined();
    const diagram = scenarioDiagram(report, 'site:London')!;
    const classLine = diagram.split('\n').find((l) => l.startsWith('  class '))!;
    const marked = classLine.trim().split(' ')[1].split(',');
    const label = (n: string) => diagram.split('\n').find((l) => l.startsWith(`  ${n}`) && /[\[(]/.test(l.slice(n.length + 2, n.length + 4)))!;
    expect(marked.map((n) => label(n).includes('London') || label(n).includes('Circuit lon'))).toEqual([true, true]);
    expect(diagram).toContain('classDef cut');
    expect(mermaidDiagram(t, catalog)).not.toContain('classDef cut');
  });
});
