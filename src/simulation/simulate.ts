import { MetroCatalog } from '../catalog/metro-catalog';
import { MetroData } from '../catalog/types';
import { compareText } from '../model/order';
import { CircuitNode, emptyTopology, GatewayKind, GatewayNode, PortNode, Topology } from '../model/topology';
import { known } from '../rules/define';
import { METRO_NAME, metroOfCircuit, metroOfPort } from '../rules/locations';
import { isUnresolved, TopologyIndex } from '../rules/rule';
import {
  Connectivity, FailureScenario, GatewayOutcome, GatewaySimulationSummary, ScenarioCuts, ScenarioKind, SimulationReport,
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
 * own legs L_g; a gateway has at most 6 L_g domains, so all N-1 scenarios cost O(sum of L_g^2):
 * linear in circuits while gateways have a bounded number of circuits (a domain of unknown
 * value adds its gateway to every scenario of that kind). N-2 runs only for gateways that
 * require Maximum: O(s_g^2 L_g) for a gateway with s_g distinct sites.
 */

/** Failure domains a single leg depends on. */
const LEG_KINDS = [
  ScenarioKind.SITE, ScenarioKind.METRO, ScenarioKind.PROVIDER, ScenarioKind.PORT, ScenarioKind.LINK, ScenarioKind.CUSTOMER_EDGE,
] as const;

/** The order scenarios are listed in. */
const KIND_ORDER: ScenarioKind[] = [...LEG_KINDS, ScenarioKind.ZONE, ScenarioKind.GATEWAY, ScenarioKind.SITE_PAIR];
/** Each kind's place in KIND_ORDER (sorting thousands of scenarios compares kinds often). */
const KIND_RANK = new Map(KIND_ORDER.map((k, i) => [k, i]));

/**
 * AZ-enabled gateway SKUs: deployed zone-redundant they survive the loss of one zone.
 * Source: https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways
 * and https://learn.microsoft.com/azure/expressroute/gateway-migration (AZ-enabled: ErGw1Az,
 * ErGw2Az, ErGw3Az, ErGwScale; non-AZ: Standard, HighPerformance, UltraPerformance).
 */
const ZONE_REDUNDANT_SKUS = new Set(['ergw1az', 'ergw2az', 'ergw3az', 'ergwscale']);
const NON_ZONE_REDUNDANT_SKUS = new Set(['standard', 'highperformance', 'ultraperformance']);

/** A leg: the domain id of each leg kind (by index in LEG_KINDS): > 0 a domain, NONE, or UNKNOWN. */
type Leg = number[];
/** The leg has no domain of this kind (a Direct circuit has no provider). */
const NONE = 0;
/** The domain is not known before apply. */
const UNKNOWN = -1;
const SITE_INDEX = 0;

const enum State { UP, DOWN, UNKNOWN }

interface PortPlan {
  readonly links: Leg[];
  /** Each link's speed: the port size. Undefined when unknown. */
  readonly linkMbps?: number;
}

interface CircuitPlan {
  readonly legs: Leg[];
  readonly bandwidthMbps?: number;
  readonly port?: PortPlan;
}

/** The last evaluation (scratch values: one evaluation per outcome, no object per call). */
const last = { up: 0, unknown: 0, capacityMbps: undefined as number | undefined };
let portSums = new Float64Array(16);

interface GatewayPlan {
  readonly node: GatewayNode;
  /** Position in path order. */
  readonly order: number;
  /** Connections (each a pair of paths). */
  readonly connections: number;
  /** Distinct circuits, with how many connections use each. */
  readonly circuits: CircuitPlan[];
  readonly uses: number[];
  /** Distinct ports of those circuits, and each circuit's index in it (-1: none). */
  readonly ports: PortPlan[];
  readonly portOf: number[];
  readonly zone: number;
  /** How the gateway fares when one zone of its region fails. */
  readonly zoneState: State;
}

/** Domain ids, names and the plans of circuits and ports, built once per run. */
class Planner {
  /** Per domain id: its key (`site:amsterdam2`), display name and kind. Id 0 is NONE. */
  public readonly keys: string[] = [''];
  public readonly names: string[] = [''];
  public readonly kinds: ScenarioKind[] = [ScenarioKind.SITE];
  private readonly ids = new Map<string, number>();
  /** Ids by kind and exact spelling, so that a name seen before costs no lower-casing. */
  private readonly seen = new Map<ScenarioKind, Map<string, number>>();
  private readonly circuits = new Map<string, CircuitPlan>();
  private readonly ports = new Map<string, PortPlan>();
  private readonly unknownCircuit: CircuitPlan = { legs: [unknownLeg(), unknownLeg()] };

  constructor(private readonly index: TopologyIndex, private readonly catalog: MetroCatalog) {}

  /** The id of a domain; its display name is the first in text order of the spellings seen. */
  public id(kind: ScenarioKind, name: string, display = name): number {
    let spellings = this.seen.get(kind);
    if (!spellings) this.seen.set(kind, (spellings = new Map()));
    const hit = spellings.get(name);
    if (hit !== undefined && display === name) return hit;
    const id = this.newId(kind, name, display);
    if (display === name) spellings.set(name, id);
    return id;
  }

  private newId(kind: ScenarioKind, name: string, display: string): number {
    const key = `${kind}:${name.trim().toLowerCase()}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
      this.names.push(display);
      this.kinds.push(kind);
    } else if (compareText(display, this.names[id]) < 0) {
      this.names[id] = display;
    }
    return id;
  }

  public circuit(key: string | undefined): CircuitPlan {
    const c = this.index.circuit(key);
    if (!c) return this.unknownCircuit;
    let plan = this.circuits.get(c.key);
    if (!plan) this.circuits.set(c.key, (plan = this.planCircuit(c)));
    return plan;
  }

  private router(name: string | undefined): number {
    return name === undefined || name.trim() === '' ? NONE : this.id(ScenarioKind.CUSTOMER_EDGE, name);
  }

  private planCircuit(c: CircuitNode): CircuitPlan {
    // The secondary link's router is the primary's unless named; an unknown one is never assumed the same.
    const secondary = isUnresolved(c, 'secondaryCustomerEdge') ? undefined
      : known(c, 'secondaryCustomerEdge', c.secondaryCustomerEdge) ?? known(c, 'customerEdge', c.customerEdge);
    const edges = [this.router(known(c, 'customerEdge', c.customerEdge)), this.router(secondary)];
    if (c.portKey !== undefined || isUnresolved(c, 'portKey')) {
      const gbps = known(c, 'bandwidthGbps', c.bandwidthGbps);
      const bandwidthMbps = gbps === undefined ? undefined : gbps * 1000;
      const node = this.index.port(c.portKey);
      if (node) {
        const port = this.port(node);
        // The port link's router wins; else the circuit's.
        const legs = port.links.map((l, i) => leg(l[0], l[1], NONE, l[3], l[4], l[5] !== NONE ? l[5] : edges[i]));
        return { legs, bandwidthMbps, port };
      }
      // A port outside this configuration: known by id, its location unknown.
      const knownPort = c.portKey !== undefined && c.portKey !== '(unknown port)';
      const port = knownPort ? this.id(ScenarioKind.PORT, c.portKey!) : UNKNOWN;
      const legs = ['link1', 'link2'].map((name, i) => leg(UNKNOWN, UNKNOWN, NONE, port,
        knownPort ? this.id(ScenarioKind.LINK, `${c.portKey}#${name}`, `${c.portKey} ${name}`) : UNKNOWN, edges[i]));
      return { legs, bandwidthMbps };
    }
    const providerName = known(c, 'serviceProviderName', c.serviceProviderName);
    const provider = providerName === undefined ? UNKNOWN : this.id(ScenarioKind.PROVIDER, providerName);
    const { sites, metro } = this.sitesOf(known(c, 'peeringLocation', c.peeringLocation), metroOfCircuit(c, this.index, this.catalog), false);
    const legs = ['primary', 'secondary'].map((name, i) => leg(sites[i], metro, provider, NONE,
      this.id(ScenarioKind.LINK, `${c.key}#${name}`, `${c.path} ${name}`), edges[i]));
    return { legs, bandwidthMbps: known(c, 'bandwidthMbps', c.bandwidthMbps) };
  }

  public port(p: PortNode): PortPlan {
    let plan = this.ports.get(p.key);
    if (plan) return plan;
    const metro = metroOfPort(p, this.catalog);
    const declaredUnknownMetro = p.metro !== undefined && metro === undefined;
    const { sites, metro: metroId } = this.sitesOf(declaredUnknownMetro ? undefined : known(p, 'peeringLocation', p.peeringLocation), metro, declaredUnknownMetro);
    const port = this.id(ScenarioKind.PORT, p.key, p.path);
    const links = ['link1', 'link2'].map((name, i) => {
      const link = p.links.find((l) => l.name === name);
      const router = isUnresolved(p, `${name}.customerEdge`) ? NONE : this.router(link?.customerEdge);
      return leg(sites[i], metroId, NONE, port, this.id(ScenarioKind.LINK, `${p.key}#${name}`, `${p.path} ${name}`), router);
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
  private sitesOf(location: string | undefined, metro: MetroData | undefined, unknownMetro: boolean): { sites: number[]; metro: number } {
    if (metro) {
      const second = metro.peeringLocations[1] ?? `${metro.city} (second site, undocumented)`;
      return {
        sites: [this.id(ScenarioKind.SITE, metro.peeringLocations[0]), this.id(ScenarioKind.SITE, second)],
        metro: this.id(ScenarioKind.METRO, metro.name),
      };
    }
    if (location === undefined || unknownMetro || METRO_NAME.test(location)) return { sites: [UNKNOWN, UNKNOWN], metro: UNKNOWN };
    const site = this.id(ScenarioKind.SITE, location);
    const cityMetro = this.catalog.tryFindMetroOfPeeringLocation(location);
    return { sites: [site, site], metro: cityMetro ? this.id(ScenarioKind.METRO, cityMetro.name) : NONE };
  }
}

function leg(site: number, metro: number, provider: number, port: number, link: number, router: number): Leg {
  return [site, metro, provider, port, link, router];
}

function unknownLeg(): Leg {
  return leg(UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, NONE);
}

/**
 * A failure: the domains `a` and `b` (the same id for a single failure) of the leg kind at
 * `kind` (its index in LEG_KINDS; -1 for none). A domain belongs to one kind, so only that
 * kind's entry of a leg is read.
 */
interface Failure {
  readonly kind: number;
  readonly a: number;
  readonly b: number;
}

const NO_FAILURE: Failure = { kind: -1, a: NONE, b: NONE };

function legState(l: Leg, f: Failure): State {
  if (f.kind < 0) return State.UP;
  const d = l[f.kind];
  return d === f.a || d === f.b ? State.DOWN : d === UNKNOWN ? State.UNKNOWN : State.UP;
}

/** What one failure does to one gateway, into `last`; `gatewayState` is the gateway's own fate. */
function evaluate(g: GatewayPlan, f: Failure, gatewayState: State): void {
  if (gatewayState !== State.UP) {
    last.up = 0;
    last.unknown = gatewayState === State.UNKNOWN ? g.connections * 2 : 0;
    last.capacityMbps = gatewayState === State.UNKNOWN ? undefined : 0;
    return;
  }
  let up = 0;
  let unknown = 0;
  let capacity = 0;
  let capacityKnown = true;
  if (portSums.length < g.ports.length) portSums = new Float64Array(g.ports.length * 2);
  const onPorts = g.ports.length > 0 ? portSums.fill(0, 0, g.ports.length) : undefined;
  for (let i = 0; i < g.circuits.length; i++) {
    const c = g.circuits[i];
    let legsUp = 0;
    let legsUnknown = 0;
    for (const l of c.legs) {
      const s = legState(l, f);
      if (s === State.UP) legsUp++;
      else if (s === State.UNKNOWN) legsUnknown++;
    }
    up += legsUp * g.uses[i];
    unknown += legsUnknown * g.uses[i];
    if (legsUp === 0) {
      if (legsUnknown > 0) capacityKnown = false;
      continue;
    }
    // A circuit keeps its purchased bandwidth while one link lives; the burst is never counted.
    if (c.bandwidthMbps === undefined) capacityKnown = false;
    else if (onPorts && g.portOf[i] >= 0) onPorts[g.portOf[i]] += c.bandwidthMbps;
    else capacity += c.bandwidthMbps;
  }
  // A port's circuits share its surviving links, each as fast as the port.
  for (let j = 0; onPorts && j < g.ports.length; j++) {
    if (onPorts[j] === 0) continue;
    const port = g.ports[j];
    if (port.linkMbps === undefined) {
      capacityKnown = false;
      continue;
    }
    let linksUp = 0;
    let linksUnknown = 0;
    for (const l of port.links) {
      const s = legState(l, f);
      if (s === State.UP) linksUp++;
      else if (s === State.UNKNOWN) linksUnknown++;
    }
    const bound = linksUp * port.linkMbps;
    if (onPorts[j] > bound && linksUnknown > 0) capacityKnown = false;
    capacity += Math.min(onPorts[j], bound);
  }
  last.up = up;
  last.unknown = unknown;
  last.capacityMbps = capacityKnown ? capacity : undefined;
}

function zoneState(g: GatewayNode): State {
  if (g.kind !== GatewayKind.VIRTUAL_NETWORK_GATEWAY) return State.UNKNOWN;
  const sku = known(g, 'sku', g.sku)?.toLowerCase();
  if (sku !== undefined && ZONE_REDUNDANT_SKUS.has(sku)) return State.UP;
  if (sku !== undefined && NON_ZONE_REDUNDANT_SKUS.has(sku)) return State.DOWN;
  return State.UNKNOWN;
}

/** The lookups the simulation reads: circuits, ports and connections only. */
function simulationIndex(topology: Topology): TopologyIndex {
  return new TopologyIndex({ ...emptyTopology(), circuits: topology.circuits, ports: topology.ports, connections: topology.connections });
}

/** The gateways' plans, in path order. */
function planGateways(topology: Topology, planner: Planner, index: TopologyIndex): GatewayPlan[] {
  return [...topology.gateways].sort((a, b) => compareText(a.path, b.path)).map((node, order) => {
    const circuits: CircuitPlan[] = [];
    const uses: number[] = [];
    const ports: PortPlan[] = [];
    const portOf: number[] = [];
    const connections = index.connectionsOf(node.key);
    for (const conn of connections) {
      const c = planner.circuit(conn.circuitKey);
      const at = circuits.indexOf(c);
      if (at >= 0) {
        uses[at]++;
        continue;
      }
      circuits.push(c);
      uses.push(1);
      if (c.port && !ports.includes(c.port)) ports.push(c.port);
      portOf.push(c.port ? ports.indexOf(c.port) : -1);
    }
    const location = known(node, 'location', node.location);
    const zone = location === undefined
      ? planner.id(ScenarioKind.ZONE, `?${node.key}`, `zone of ${node.path} (region unknown)`)
      : planner.id(ScenarioKind.ZONE, location.replace(/\s+/g, ''), `${location} (one zone)`);
    return { node, order, connections: connections.length, circuits, uses, ports, portOf, zone, zoneState: zoneState(node) };
  });
}

/** Runs every scenario over a topology. Deterministic: scenarios and gateways are sorted. */
export function simulateFailures(topology: Topology, catalog: MetroCatalog, index = simulationIndex(topology)): SimulationReport {
  const planner = new Planner(index, catalog);
  const plans = planGateways(topology, planner, index);

  // Inverted indexes: which gateways (in path order) a domain, or an unknown domain of a kind, reaches.
  const byDomain: number[][] = [];
  const unknownByKind: number[][] = LEG_KINDS.map(() => []);
  const push = (list: number[], order: number) => {
    if (list[list.length - 1] !== order) list.push(order);
  };
  for (const g of plans) {
    push((byDomain[g.zone] ??= []), g.order);
    for (const c of g.circuits) {
      for (const legs of [c.legs, c.port?.links ?? []]) {
        for (const l of legs) {
          for (let k = 0; k < LEG_KINDS.length; k++) {
            if (l[k] === UNKNOWN) push(unknownByKind[k], g.order);
            else if (l[k] !== NONE) push((byDomain[l[k]] ??= []), g.order);
          }
        }
      }
    }
  }

  const before = plans.map((g) => {
    evaluate(g, NO_FAILURE, State.UP);
    return last.capacityMbps;
  });
  const outcome = (g: GatewayPlan, f: Failure, gatewayState: State): GatewayOutcome => {
    evaluate(g, f, gatewayState);
    return {
      gateway: g.node.path, pathsBefore: g.connections * 2, pathsAfter: last.up, pathsUnknown: last.unknown,
      capacityMbpsBefore: before[g.order], capacityMbpsAfter: last.capacityMbps,
      connected: last.up > 0 ? Connectivity.YES : last.unknown > 0 ? Connectivity.UNKNOWN : Connectivity.NO,
    };
  };
  const scenario = (kind: ScenarioKind, target: string, failures: number, gateways: GatewayOutcome[]): FailureScenario => ({
    id: `${kind}:${target}`, kind, target, failures, gateways,
  });

  const scenarios: FailureScenario[] = [];
  for (let id = 1; id < byDomain.length; id++) {
    const gateways = byDomain[id];
    if (!gateways) continue;
    const kind = planner.kinds[id];
    const target = planner.names[id];
    if (kind === ScenarioKind.ZONE) {
      scenarios.push(scenario(kind, target, 1, gateways.map((o) => outcome(plans[o], NO_FAILURE, plans[o].zoneState))));
      continue;
    }
    const k = (LEG_KINDS as readonly ScenarioKind[]).indexOf(kind);
    const f: Failure = { kind: k, a: id, b: id };
    scenarios.push(scenario(kind, target, 1, mergeSorted(gateways, unknownByKind[k]).map((o) => outcome(plans[o], f, State.UP))));
  }
  for (const g of plans) scenarios.push(scenario(ScenarioKind.GATEWAY, g.node.path, 1, [outcome(g, NO_FAILURE, State.DOWN)]));

  // N-2: every pair of the sites behind a gateway that requires Maximum resiliency.
  const pairs = new Map<string, { failure: Failure; gateways: GatewayPlan[] }>();
  for (const g of plans) {
    if (known(g.node, 'requiredResiliency', g.node.requiredResiliency) !== 'Maximum') continue;
    const sites = [...new Set(g.circuits.flatMap((c) => c.legs.map((l) => l[SITE_INDEX])).filter((s) => s > NONE))]
      .sort((a, b) => compareText(planner.names[a], planner.names[b]));
    for (let i = 0; i < sites.length; i++) {
      for (let j = i + 1; j < sites.length; j++) {
        const target = `${planner.names[sites[i]]} + ${planner.names[sites[j]]}`;
        const pair = pairs.get(target);
        if (pair) pair.gateways.push(g);
        else pairs.set(target, { failure: { kind: SITE_INDEX, a: sites[i], b: sites[j] }, gateways: [g] });
      }
    }
  }
  for (const [target, p] of pairs) {
    scenarios.push(scenario(ScenarioKind.SITE_PAIR, target, 2, p.gateways.map((g) => outcome(g, p.failure, State.UP))));
  }

  scenarios.sort(compareScenarios);
  return { scenarios, summary: summarize(scenarios, topology.gateways) };
}

/** Two ascending lists as one, without repeats. */
function mergeSorted(a: number[], b: number[]): number[] {
  if (b.length === 0) return a;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

/** Kind order, then target. */
export function compareScenarios(a: FailureScenario, b: FailureScenario): number {
  return KIND_RANK.get(a.kind)! - KIND_RANK.get(b.kind)! || compareText(a.target, b.target);
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

/** Results per validation run (its index) or per topology, and catalog. */
const memo = new WeakMap<object, { catalog: MetroCatalog; report: SimulationReport }>();

/**
 * The simulation of a topology, computed once per validation run (when its index is given: the
 * rules share one run) or once per topology (the reports of a synth's stacks share one run).
 */
export function simulationOf(topology: Topology, catalog: MetroCatalog, index?: TopologyIndex): SimulationReport {
  const key = index ?? topology;
  const hit = memo.get(key);
  if (hit && hit.catalog === catalog) return hit.report;
  const report = simulateFailures(topology, catalog, index);
  memo.set(key, { catalog, report });
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

/**
 * What a scenario (by id, as `simulateFailures` names it) cuts: failed sites, and the ports,
 * circuits and gateways it leaves with no known working link. Undefined for an unknown id.
 */
export function scenarioCuts(topology: Topology, catalog: MetroCatalog, scenarioId: string): ScenarioCuts | undefined {
  const scenario = simulationOf(topology, catalog).scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return undefined;
  const planner = new Planner(simulationIndex(topology), catalog);
  const circuits = topology.circuits.map((c) => [c, planner.circuit(c.key)] as const);
  const ports = topology.ports.map((p) => [p, planner.port(p)] as const);
  const idOf = (kind: ScenarioKind, target: string) => planner.names.findIndex((name, id) => planner.kinds[id] === kind && name === target && id > 0);
  const nodes = new Set<string>();
  let failure = NO_FAILURE;
  if (scenario.kind === ScenarioKind.GATEWAY || scenario.kind === ScenarioKind.ZONE) {
    const down = new Set(scenario.gateways.filter((o) => o.connected === Connectivity.NO).map((o) => o.gateway));
    for (const g of topology.gateways) if (down.has(g.path)) nodes.add(g.key);
  } else if (scenario.kind === ScenarioKind.SITE_PAIR) {
    const [a, b] = scenario.target.split(' + ').map((site) => idOf(ScenarioKind.SITE, site));
    failure = { kind: SITE_INDEX, a, b };
  } else {
    const id = idOf(scenario.kind, scenario.target);
    failure = { kind: (LEG_KINDS as readonly ScenarioKind[]).indexOf(scenario.kind), a: id, b: id };
  }
  const down = (l: Leg) => legState(l, failure) === State.DOWN;
  const sites = new Set<string>();
  if (failure.kind === SITE_INDEX || failure.kind === LEG_KINDS.indexOf(ScenarioKind.METRO)) {
    for (const l of [...circuits.flatMap(([, plan]) => plan.legs), ...ports.flatMap(([, plan]) => plan.links)]) {
      if (l[SITE_INDEX] > NONE && down(l)) sites.add(planner.keys[l[SITE_INDEX]].slice(`${ScenarioKind.SITE}:`.length));
    }
  }
  for (const [c, plan] of circuits) if (failure.kind >= 0 && plan.legs.every(down)) nodes.add(c.key);
  for (const [p, plan] of ports) if (failure.kind >= 0 && plan.links.every(down)) nodes.add(p.key);
  return { sites: [...sites].sort(compareText), nodes: [...nodes].sort(compareText) };
}
