import { MetroCatalog } from '../catalog/metro-catalog';
import { MetroData } from '../catalog/types';
import { compareText } from '../model/order';
import { CircuitNode, GatewayKind, GatewayNode, PortNode, Topology } from '../model/topology';
import { known } from '../rules/define';
import { METRO_NAME, metroOfCircuit, metroOfPort } from '../rules/locations';
import { isUnresolved, TopologyIndex } from '../rules/rule';
import {
  Connectivity, FailureScenario, GatewayOutcome, GatewaySimulationSummary, ScenarioKind, SimulationReport,
} from './types';

/*
 * The failure simulation. A gateway reaches on-premises through paths: connection, circuit,
 * one of the circuit's two links, the site (peering location) the link lands at, the Direct
 * port and its link, the customer edge router. Each link ("leg") carries the failure domains it
 * depends on; a scenario fails one domain (or two sites) and a leg survives when none of its
 * domains failed. A domain not known before apply makes the leg's fate unknown, never lost.
 *
 * Cost: building the legs is linear in circuits and connections. A scenario evaluates only the
 * gateways whose legs carry the failed domain (an inverted index), each in time linear in its
 * own legs, so all N-1 scenarios cost O(sum over domains of the legs behind them), about
 * O(kinds x legs). N-2 runs only for gateways that require Maximum: O(s^2 x legs) per gateway
 * with s its distinct sites.
 */

/** Failure domains a single leg depends on. */
const LEG_KINDS = [
  ScenarioKind.SITE, ScenarioKind.METRO, ScenarioKind.PROVIDER, ScenarioKind.PORT, ScenarioKind.LINK, ScenarioKind.CUSTOMER_EDGE,
] as const;
type LegKind = typeof LEG_KINDS[number];

/** The order scenarios are listed in. */
const KIND_ORDER: ScenarioKind[] = [...LEG_KINDS, ScenarioKind.ZONE, ScenarioKind.GATEWAY, ScenarioKind.SITE_PAIR];

/**
 * AZ-enabled gateway SKUs: deployed zone-redundant they survive the loss of one zone.
 * Source: https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways
 * and https://learn.microsoft.com/azure/expressroute/gateway-migration (AZ-enabled: ErGw1Az,
 * ErGw2Az, ErGw3Az, ErGwScale; non-AZ: Standard, HighPerformance, UltraPerformance).
 */
const ZONE_REDUNDANT_SKUS = new Set(['ergw1az', 'ergw2az', 'ergw3az', 'ergwscale']);
const NON_ZONE_REDUNDANT_SKUS = new Set(['standard', 'highperformance', 'ultraperformance']);

/** A domain key (`site:amsterdam2`), `undefined` when the leg has no domain of that kind, `null` when unknown. */
type Domain = string | undefined | null;
type LegDomains = Record<LegKind, Domain>;

const enum State { UP, DOWN, UNKNOWN }

interface PortPlan {
  readonly links: LegDomains[];
  /** Each link's speed: the port size. Undefined when unknown. */
  readonly linkMbps?: number;
}

interface CircuitPlan {
  readonly legs: LegDomains[];
  readonly bandwidthMbps?: number;
  readonly port?: PortPlan;
}

interface GatewayPlan {
  readonly node: GatewayNode;
  /** Position in path order. */
  readonly order: number;
  /** One circuit per connection (a path pair); connections to the same circuit repeat it. */
  readonly paths: CircuitPlan[];
  /** Distinct circuits, for capacity. */
  readonly circuits: CircuitPlan[];
  readonly zoneKey: string;
  /** How the gateway fares when one zone of its region fails. */
  readonly zoneState: State;
}

/** Domain display names and the plans of circuits and ports, built once per run. */
class Planner {
  public readonly names = new Map<string, string>();
  private readonly circuits = new Map<string, CircuitPlan>();
  private readonly ports = new Map<string, PortPlan>();
  private readonly unknownCircuit: CircuitPlan = { legs: [allUnknown(), allUnknown()] };

  constructor(private readonly index: TopologyIndex, private readonly catalog: MetroCatalog) {}

  public key(kind: ScenarioKind, name: string, display = name): string {
    const key = `${kind}:${name.trim().toLowerCase()}`;
    const seen = this.names.get(key);
    if (seen === undefined || compareText(display, seen) < 0) this.names.set(key, display);
    return key;
  }

  public circuit(key: string | undefined): CircuitPlan {
    const c = this.index.circuit(key);
    if (!c) return this.unknownCircuit;
    let plan = this.circuits.get(c.key);
    if (!plan) this.circuits.set(c.key, (plan = this.planCircuit(c)));
    return plan;
  }

  private planCircuit(c: CircuitNode): CircuitPlan {
    // The secondary link's router is the primary's unless named; an unknown one is never assumed the same.
    const secondary = isUnresolved(c, 'secondaryCustomerEdge') ? undefined
      : known(c, 'secondaryCustomerEdge', c.secondaryCustomerEdge) ?? known(c, 'customerEdge', c.customerEdge);
    const edges = [known(c, 'customerEdge', c.customerEdge), secondary]
      .map((e) => (e === undefined || e.trim() === '' ? undefined : this.key(ScenarioKind.CUSTOMER_EDGE, e)));
    if (c.portKey !== undefined || isUnresolved(c, 'portKey')) {
      const gbps = known(c, 'bandwidthGbps', c.bandwidthGbps);
      const bandwidthMbps = gbps === undefined ? undefined : gbps * 1000;
      const node = this.index.port(c.portKey);
      if (node) {
        const port = this.port(node);
        // The port link's router wins; else the circuit's.
        const legs = port.links.map((l, i) => ({ ...l, [ScenarioKind.CUSTOMER_EDGE]: l[ScenarioKind.CUSTOMER_EDGE] ?? edges[i] }));
        return { legs, bandwidthMbps, port };
      }
      // A port outside this configuration: known by id, its location unknown.
      const portKey = c.portKey === undefined || c.portKey === '(unknown port)' ? null : this.key(ScenarioKind.PORT, c.portKey);
      const legs = ['link1', 'link2'].map((name, i) => ({
        ...allUnknown(), [ScenarioKind.PROVIDER]: undefined, [ScenarioKind.PORT]: portKey,
        [ScenarioKind.LINK]: portKey === null ? null : this.key(ScenarioKind.LINK, `${c.portKey}#${name}`, `${c.portKey} ${name}`),
        [ScenarioKind.CUSTOMER_EDGE]: edges[i],
      }));
      return { legs, bandwidthMbps };
    }
    const providerName = known(c, 'serviceProviderName', c.serviceProviderName);
    const provider = providerName === undefined ? null : this.key(ScenarioKind.PROVIDER, providerName);
    const { sites, metro } = this.sitesOf(known(c, 'peeringLocation', c.peeringLocation), metroOfCircuit(c, this.index, this.catalog), false);
    const legs = ['primary', 'secondary'].map((name, i) => ({
      [ScenarioKind.SITE]: sites[i], [ScenarioKind.METRO]: metro, [ScenarioKind.PROVIDER]: provider,
      [ScenarioKind.PORT]: undefined, [ScenarioKind.LINK]: this.key(ScenarioKind.LINK, `${c.key}#${name}`, `${c.path} ${name}`),
      [ScenarioKind.CUSTOMER_EDGE]: edges[i],
    }));
    return { legs, bandwidthMbps: known(c, 'bandwidthMbps', c.bandwidthMbps) };
  }

  public port(p: PortNode): PortPlan {
    let plan = this.ports.get(p.key);
    if (plan) return plan;
    const metro = metroOfPort(p, this.catalog);
    const declaredUnknownMetro = p.metro !== undefined && metro === undefined;
    const { sites, metro: metroKey } = this.sitesOf(declaredUnknownMetro ? undefined : known(p, 'peeringLocation', p.peeringLocation), metro, declaredUnknownMetro);
    const portKey = this.key(ScenarioKind.PORT, p.key, p.path);
    const links = ['link1', 'link2'].map((name, i) => {
      const link = p.links.find((l) => l.name === name);
      const edge = link?.customerEdge === undefined || link.customerEdge.trim() === '' || isUnresolved(p, `${name}.customerEdge`)
        ? undefined : this.key(ScenarioKind.CUSTOMER_EDGE, link.customerEdge);
      return {
        [ScenarioKind.SITE]: sites[i], [ScenarioKind.METRO]: metroKey, [ScenarioKind.PROVIDER]: undefined,
        [ScenarioKind.PORT]: portKey, [ScenarioKind.LINK]: this.key(ScenarioKind.LINK, `${p.key}#${name}`, `${p.path} ${name}`),
        [ScenarioKind.CUSTOMER_EDGE]: edge,
      };
    });
    const gbps = known(p, 'bandwidthGbps', p.bandwidthGbps);
    plan = { links, linkMbps: gbps === undefined ? undefined : gbps * 1000 };
    this.ports.set(p.key, plan);
    return plan;
  }

  /**
   * The sites of a circuit's or port's two links and its metro. A Metro location lands at City
   * and City2; any other at one site (its metro, if the catalog places it in one). A Metro name
   * the catalog does not know has unknown sites.
   */
  private sitesOf(location: string | undefined, metro: MetroData | undefined, unknownMetro: boolean): { sites: Domain[]; metro: Domain } {
    if (metro) {
      const second = metro.peeringLocations[1] ?? `${metro.city} (second site, undocumented)`;
      return {
        sites: [this.key(ScenarioKind.SITE, metro.peeringLocations[0]), this.key(ScenarioKind.SITE, second)],
        metro: this.key(ScenarioKind.METRO, metro.name),
      };
    }
    if (location === undefined || unknownMetro || METRO_NAME.test(location)) return { sites: [null, null], metro: null };
    const site = this.key(ScenarioKind.SITE, location);
    const cityMetro = this.catalog.tryFindMetroOfPeeringLocation(location);
    return { sites: [site, site], metro: cityMetro ? this.key(ScenarioKind.METRO, cityMetro.name) : undefined };
  }
}

function allUnknown(): LegDomains {
  return {
    [ScenarioKind.SITE]: null, [ScenarioKind.METRO]: null, [ScenarioKind.PROVIDER]: null,
    [ScenarioKind.PORT]: null, [ScenarioKind.LINK]: null, [ScenarioKind.CUSTOMER_EDGE]: undefined,
  };
}

function legState(leg: LegDomains, failed: ReadonlySet<string>, failedKinds: ReadonlySet<ScenarioKind>): State {
  let unknown = false;
  for (const kind of LEG_KINDS) {
    const d = leg[kind];
    if (d === null) {
      if (failedKinds.has(kind)) unknown = true;
    } else if (d !== undefined && failed.has(d)) {
      return State.DOWN;
    }
  }
  return unknown ? State.UNKNOWN : State.UP;
}

/** What one failure set does to one gateway; `gatewayState` is the gateway's own fate. */
function evaluate(g: GatewayPlan, failed: ReadonlySet<string>, failedKinds: ReadonlySet<ScenarioKind>, gatewayState: State): {
  up: number; unknown: number; capacityMbps?: number;
} {
  const states = new Map<CircuitPlan, State[]>();
  const statesOf = (c: CircuitPlan) => {
    let s = states.get(c);
    if (!s) states.set(c, (s = c.legs.map((l) => (gatewayState === State.UP ? legState(l, failed, failedKinds) : gatewayState))));
    return s;
  };
  let up = 0;
  let unknown = 0;
  for (const c of g.paths) {
    for (const s of statesOf(c)) {
      if (s === State.UP) up++;
      else if (s === State.UNKNOWN) unknown++;
    }
  }
  if (gatewayState === State.DOWN) return { up, unknown, capacityMbps: 0 };
  let capacity = 0;
  let capacityKnown = gatewayState === State.UP;
  const onPorts = new Map<PortPlan, number>();
  for (const c of g.circuits) {
    const s = statesOf(c);
    if (!s.includes(State.UP)) {
      if (s.includes(State.UNKNOWN)) capacityKnown = false;
      continue;
    }
    // A circuit keeps its purchased bandwidth while one link lives; the burst is never counted.
    if (c.bandwidthMbps === undefined) capacityKnown = false;
    else if (c.port) onPorts.set(c.port, (onPorts.get(c.port) ?? 0) + c.bandwidthMbps);
    else capacity += c.bandwidthMbps;
  }
  // A port's circuits share its surviving links, each as fast as the port.
  for (const [port, sum] of onPorts) {
    const links = port.links.map((l) => legState(l, failed, failedKinds));
    const upLinks = links.filter((s) => s === State.UP).length;
    if (port.linkMbps === undefined) {
      capacityKnown = false;
      continue;
    }
    const bound = upLinks * port.linkMbps;
    if (sum > bound && links.includes(State.UNKNOWN)) capacityKnown = false;
    capacity += Math.min(sum, bound);
  }
  return { up, unknown, capacityMbps: capacityKnown ? capacity : undefined };
}

function zoneState(g: GatewayNode): State {
  if (g.kind !== GatewayKind.VIRTUAL_NETWORK_GATEWAY) return State.UNKNOWN;
  const sku = known(g, 'sku', g.sku)?.toLowerCase();
  if (sku !== undefined && ZONE_REDUNDANT_SKUS.has(sku)) return State.UP;
  if (sku !== undefined && NON_ZONE_REDUNDANT_SKUS.has(sku)) return State.DOWN;
  return State.UNKNOWN;
}

const EMPTY = new Set<never>();
const byOrder = (a: GatewayPlan, b: GatewayPlan) => a.order - b.order;

/** Runs every scenario over a topology. Deterministic: scenarios and gateways are sorted. */
export function simulateFailures(topology: Topology, catalog: MetroCatalog, index = new TopologyIndex(topology)): SimulationReport {
  const planner = new Planner(index, catalog);
  const plans: GatewayPlan[] = [...topology.gateways].sort((a, b) => compareText(a.path, b.path)).map((node, order) => {
    const paths = index.connectionsOf(node.key).map((conn) => planner.circuit(conn.circuitKey));
    const location = known(node, 'location', node.location);
    const zoneKey = location === undefined
      ? planner.key(ScenarioKind.ZONE, `?${node.key}`, `zone of ${node.path} (region unknown)`)
      : planner.key(ScenarioKind.ZONE, location.replace(/\s+/g, ''), `${location} (one zone)`);
    return { node, order, paths, circuits: [...new Set(paths)], zoneKey, zoneState: zoneState(node) };
  });

  // Inverted indexes: which gateways a domain (or an unknown domain of a kind) reaches.
  const byDomain = new Map<string, Set<GatewayPlan>>();
  const unknownByKind = new Map<ScenarioKind, Set<GatewayPlan>>();
  const add = <K>(map: Map<K, Set<GatewayPlan>>, key: K, g: GatewayPlan) => {
    const set = map.get(key);
    if (set) set.add(g);
    else map.set(key, new Set([g]));
  };
  for (const g of plans) {
    add(byDomain, g.zoneKey, g);
    for (const c of g.circuits) {
      for (const leg of [...c.legs, ...(c.port?.links ?? [])]) {
        for (const kind of LEG_KINDS) {
          const d = leg[kind];
          if (d === null) add(unknownByKind, kind, g);
          else if (d !== undefined) add(byDomain, d, g);
        }
      }
    }
  }

  const before = new Map(plans.map((g) => [g, evaluate(g, EMPTY, EMPTY, State.UP)]));
  const outcome = (g: GatewayPlan, failed: ReadonlySet<string>, kinds: ReadonlySet<ScenarioKind>, gatewayState: State): GatewayOutcome => {
    const b = before.get(g)!;
    const a = evaluate(g, failed, kinds, gatewayState);
    return {
      gateway: g.node.path, pathsBefore: g.paths.length * 2, pathsAfter: a.up, pathsUnknown: a.unknown,
      capacityMbpsBefore: b.capacityMbps, capacityMbpsAfter: a.capacityMbps,
      connected: a.up > 0 ? Connectivity.YES : a.unknown > 0 ? Connectivity.UNKNOWN : Connectivity.NO,
    };
  };
  const scenario = (kind: ScenarioKind, target: string, failures: number, gateways: GatewayOutcome[]): FailureScenario => ({
    id: `${kind}:${target}`, kind, target, failures, gateways,
  });

  const scenarios: FailureScenario[] = [];
  for (const [key, gateways] of byDomain) {
    const kind = key.slice(0, key.indexOf(':')) as ScenarioKind;
    const target = planner.names.get(key)!;
    if (kind === ScenarioKind.ZONE) {
      scenarios.push(scenario(kind, target, 1, [...gateways].sort(byOrder).map((g) => outcome(g, EMPTY, EMPTY, g.zoneState))));
      continue;
    }
    const affected = [...new Set([...gateways, ...(unknownByKind.get(kind) ?? [])])].sort(byOrder);
    const failed = new Set([key]);
    const kinds = new Set([kind]);
    scenarios.push(scenario(kind, target, 1, affected.map((g) => outcome(g, failed, kinds, State.UP))));
  }
  for (const g of plans) scenarios.push(scenario(ScenarioKind.GATEWAY, g.node.path, 1, [outcome(g, EMPTY, EMPTY, State.DOWN)]));

  // N-2: every pair of the sites behind a gateway that requires Maximum resiliency.
  const pairs = new Map<string, { target: string; failed: Set<string>; gateways: GatewayPlan[] }>();
  for (const g of plans) {
    if (known(g.node, 'requiredResiliency', g.node.requiredResiliency) !== 'Maximum') continue;
    const sites = [...new Set(g.circuits.flatMap((c) => c.legs.map((l) => l[ScenarioKind.SITE])).filter((s): s is string => typeof s === 'string'))]
      .sort((a, b) => compareText(planner.names.get(a)!, planner.names.get(b)!));
    for (let i = 0; i < sites.length; i++) {
      for (let j = i + 1; j < sites.length; j++) {
        const target = `${planner.names.get(sites[i])} + ${planner.names.get(sites[j])}`;
        const pair = pairs.get(target);
        if (pair) pair.gateways.push(g);
        else pairs.set(target, { target, failed: new Set([sites[i], sites[j]]), gateways: [g] });
      }
    }
  }
  const siteKinds = new Set([ScenarioKind.SITE]);
  for (const p of pairs.values()) {
    scenarios.push(scenario(ScenarioKind.SITE_PAIR, p.target, 2, p.gateways.map((g) => outcome(g, p.failed, siteKinds, State.UP))));
  }

  scenarios.sort(compareScenarios);
  return { scenarios, summary: summarize(scenarios, topology.gateways) };
}

/** Kind order, then target. */
export function compareScenarios(a: FailureScenario, b: FailureScenario): number {
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || compareText(a.target, b.target);
}

/** The summary of a list of scenarios, per gateway. */
export function summarize(scenarios: FailureScenario[], gateways: GatewayNode[]): SimulationReport['summary'] {
  const perGateway = new Map<string, { node: GatewayNode; pathsBefore: number; capacityMbpsBefore?: number; disconnectedBy: string[];
    unknownUnder: string[]; disconnectedByPairs: string[]; worst?: number; touched: boolean; }>();
  for (const node of gateways) perGateway.set(node.path, { node, pathsBefore: 0, disconnectedBy: [], unknownUnder: [], disconnectedByPairs: [], touched: false });
  for (const s of scenarios) {
    for (const o of s.gateways) {
      const g = perGateway.get(o.gateway);
      if (!g) continue;
      g.touched = true;
      g.pathsBefore = o.pathsBefore;
      g.capacityMbpsBefore = o.capacityMbpsBefore;
      if (s.kind === ScenarioKind.GATEWAY) continue;
      if (s.failures === 2) {
        if (o.connected === Connectivity.NO) g.disconnectedByPairs.push(s.id);
        continue;
      }
      if (o.connected === Connectivity.NO) g.disconnectedBy.push(s.id);
      if (o.connected === Connectivity.UNKNOWN) g.unknownUnder.push(s.id);
      if (o.capacityMbpsAfter !== undefined && (g.worst === undefined || o.capacityMbpsAfter < g.worst)) g.worst = o.capacityMbpsAfter;
    }
  }
  const summaries: GatewaySimulationSummary[] = [...perGateway.values()].filter((g) => g.touched)
    .sort((a, b) => compareText(a.node.path, b.node.path))
    .map((g) => ({
      gateway: g.node.path,
      requiredResiliency: known(g.node, 'requiredResiliency', g.node.requiredResiliency),
      minimumCapacityMbpsUnderFailure: known(g.node, 'minimumCapacityMbpsUnderFailure', g.node.minimumCapacityMbpsUnderFailure),
      pathsBefore: g.pathsBefore,
      capacityMbpsBefore: g.capacityMbpsBefore,
      disconnectedBy: g.disconnectedBy,
      unknownUnder: g.unknownUnder,
      disconnectedByPairs: g.disconnectedByPairs,
      worstCapacityMbpsUnderSingleFailure: g.worst,
    }));
  return {
    scenarios: scenarios.length,
    singleFailures: scenarios.filter((s) => s.failures === 1).length,
    doubleFailures: scenarios.filter((s) => s.failures === 2).length,
    gateways: summaries,
  };
}

/** Results per topology and catalog, so the rules and the report share one run. */
const memo = new WeakMap<Topology, { catalog: MetroCatalog; report: SimulationReport }>();

/** The simulation of a topology, computed once per topology and catalog. */
export function simulationOf(topology: Topology, catalog: MetroCatalog, index?: TopologyIndex): SimulationReport {
  const hit = memo.get(topology);
  if (hit && hit.catalog === catalog) return hit.report;
  const report = simulateFailures(topology, catalog, index);
  memo.set(topology, { catalog, report });
  return report;
}

/** The scenarios and gateways of the gateways `include` keeps (one stack's, one file's). */
export function filterSimulation(report: SimulationReport, gateways: GatewayNode[], include: (path: string) => boolean): SimulationReport {
  const kept = gateways.filter((g) => include(g.path));
  const keep = new Set(kept.map((g) => g.path));
  if (keep.size === gateways.length) return report;
  const scenarios = report.scenarios
    .map((s) => ({ ...s, gateways: s.gateways.filter((o) => keep.has(o.gateway)) }))
    .filter((s) => s.gateways.length > 0);
  return { scenarios, summary: summarize(scenarios, kept) };
}

/** What one scenario cuts, to mark on the topology diagram. */
export interface ScenarioCuts {
  /** Failed sites, lower case. */
  readonly sites: string[];
  /** Keys of the ports, circuits and gateways left with no working link. */
  readonly nodes: string[];
}

/**
 * What a scenario (by id, as `simulateFailures` names it) cuts: failed sites, and the ports,
 * circuits and gateways it leaves with no known working link. Undefined for an unknown id.
 */
export function scenarioCuts(topology: Topology, catalog: MetroCatalog, scenarioId: string, index = new TopologyIndex(topology)): ScenarioCuts | undefined {
  const scenario = simulationOf(topology, catalog, index).scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return undefined;
  const planner = new Planner(index, catalog);
  const circuits = topology.circuits.map((c) => [c, planner.circuit(c.key)] as const);
  const ports = topology.ports.map((p) => [p, planner.port(p)] as const);
  const keyOf = (kind: ScenarioKind, target: string) => [...planner.names].find(([key, name]) => key.startsWith(`${kind}:`) && name === target)?.[0];
  const failed = new Set<string>();
  const nodes = new Set<string>();
  if (scenario.kind === ScenarioKind.GATEWAY || scenario.kind === ScenarioKind.ZONE) {
    const down = new Set(scenario.gateways.filter((o) => o.connected === Connectivity.NO).map((o) => o.gateway));
    for (const g of topology.gateways) if (down.has(g.path)) nodes.add(g.key);
  } else if (scenario.kind === ScenarioKind.SITE_PAIR) {
    for (const site of scenario.target.split(' + ')) {
      const key = keyOf(ScenarioKind.SITE, site);
      if (key) failed.add(key);
    }
  } else {
    const key = keyOf(scenario.kind, scenario.target);
    if (key) failed.add(key);
  }
  const kinds = new Set([scenario.kind === ScenarioKind.SITE_PAIR ? ScenarioKind.SITE : scenario.kind]);
  const sites = new Set<string>();
  const legs = [...circuits.flatMap(([, plan]) => plan.legs), ...ports.flatMap(([, plan]) => plan.links)];
  for (const leg of legs) {
    const site = leg[ScenarioKind.SITE];
    if (typeof site === 'string' && legState(leg, failed, kinds) === State.DOWN && (failed.has(site) || (leg[ScenarioKind.METRO] !== undefined && failed.has(leg[ScenarioKind.METRO] as string)))) {
      sites.add(site.slice(site.indexOf(':') + 1));
    }
  }
  for (const [c, plan] of circuits) if (plan.legs.every((l) => legState(l, failed, kinds) === State.DOWN)) nodes.add(c.key);
  for (const [p, plan] of ports) if (plan.links.every((l) => legState(l, failed, kinds) === State.DOWN)) nodes.add(p.key);
  return { sites: [...sites].sort(compareText), nodes: [...nodes].sort(compareText) };
}
