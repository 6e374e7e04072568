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
 * Cost: building the legs is linear in circuits and connections. An inverted index lists, per
 * domain, the (gateway, circuit) pairs whose legs carry it, and per leg kind those with a domain
 * of unknown value. A scenario evaluates only the gateways it reaches, and of each only the
 * circuits it touches: the rest keep their state with nothing failed (precomputed once per
 * gateway). All N-1 scenarios cost O(sum over domains of the pairs that carry them): linear in
 * circuits (a domain of unknown value adds its pairs to every scenario of that kind). N-2 runs
 * only for gateways that require Maximum: O(s_g^2 L_g) for a gateway with s_g distinct sites.
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
  /** Numbered in planning order (scratch marks per circuit). */
  readonly serial: number;
  readonly legs: Leg[];
  readonly bandwidthMbps?: number;
  readonly port?: PortPlan;
}

/** For tests: evaluate every failure from scratch, to check the baseline evaluation against. */
let alwaysFromScratch = false;

/** @internal Tests compare the baseline evaluation with evaluation from scratch. */
export function evaluateFromScratch(on: boolean): void {
  alwaysFromScratch = on;
}

/** The last evaluation (scratch values: one evaluation per outcome, no object per call). */
const last = { up: 0, unknown: 0, capacityMbps: undefined as number | undefined };
let portSums = new Float64Array(16);

/** A gateway with nothing failed: every leg up. Failures then change only the circuits they touch. */
interface Baseline {
  readonly up: number;
  /** Purchased bandwidth of the circuits not on a port, and of those on each port. */
  readonly capacity: number;
  readonly portSums: number[];
  /** Circuits of unknown bandwidth. */
  readonly unknownBandwidths: number;
  /**
   * Whether every bandwidth is an integer: then taking a circuit out of a sum and putting it back
   * is exact, and failures are evaluated from the baseline; else from scratch.
   */
  readonly exact: boolean;
}

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
  readonly baseline: Baseline;
}

/** Domain ids, names and the plans of circuits and ports, built once per run. */
class Planner {
  /** Per domain id: its key (`site:amsterdam2`), display name, kind, and the kind's index in LEG_KINDS (-1: none). Id 0 is NONE. */
  public readonly keys: string[] = [''];
  public readonly names: string[] = [''];
  public readonly kinds: ScenarioKind[] = [ScenarioKind.SITE];
  public readonly legKinds: number[] = [-1];
  private readonly ids = new Map<string, number>();
  /** Ids by kind and exact spelling, so that a name seen before costs no lower-casing. */
  private readonly seen = new Map<ScenarioKind, Map<string, number>>();
  private readonly circuits = new Map<string, CircuitPlan>();
  private readonly ports = new Map<string, PortPlan>();
  /** A Metro's sites and metro ids, per metro. */
  private readonly metroSites = new Map<MetroData, { sites: number[]; metro: number }>();
  private readonly unknownCircuit: CircuitPlan = { serial: 0, legs: [unknownLeg(), unknownLeg()] };
  public circuitCount = 1;

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
      id = this.add(key, kind, display);
      this.ids.set(key, id);
    } else if (compareText(display, this.names[id]) < 0) {
      this.names[id] = display;
    }
    return id;
  }

  private add(key: string, kind: ScenarioKind, display: string): number {
    const id = this.keys.length;
    this.keys.push(key);
    this.names.push(display);
    this.kinds.push(kind);
    this.legKinds.push(LEG_KINDS.indexOf(kind as typeof LEG_KINDS[number]));
    return id;
  }

  /**
   * The id of one of a circuit's own two links. A circuit is planned once and its key is
   * unique, so no other spelling can name the same link: no lookup.
   */
  private circuitLink(c: CircuitNode, name: string): number {
    return this.add(`${ScenarioKind.LINK}:${c.key}#${name}`, ScenarioKind.LINK, `${c.path} ${name}`);
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
    const serial = this.circuitCount++;
    // The secondary link's router is the primary's unless named; an unknown one is never assumed the same.
    const primaryEdge = known(c, 'customerEdge', c.customerEdge);
    const secondary = isUnresolved(c, 'secondaryCustomerEdge') ? undefined
      : known(c, 'secondaryCustomerEdge', c.secondaryCustomerEdge) ?? primaryEdge;
    const edge1 = this.router(primaryEdge);
    const edge2 = this.router(secondary);
    if (c.portKey !== undefined || isUnresolved(c, 'portKey')) {
      const gbps = known(c, 'bandwidthGbps', c.bandwidthGbps);
      const bandwidthMbps = gbps === undefined ? undefined : gbps * 1000;
      const node = this.index.port(c.portKey);
      if (node) {
        const port = this.port(node);
        // The port link's router wins; else the circuit's.
        const [l1, l2] = port.links;
        const legs = [
          leg(l1[0], l1[1], NONE, l1[3], l1[4], l1[5] !== NONE ? l1[5] : edge1),
          leg(l2[0], l2[1], NONE, l2[3], l2[4], l2[5] !== NONE ? l2[5] : edge2),
        ];
        return { serial, legs, bandwidthMbps, port };
      }
      // A port outside this configuration: known by id, its location unknown.
      const knownPort = c.portKey !== undefined && c.portKey !== '(unknown port)';
      const port = knownPort ? this.id(ScenarioKind.PORT, c.portKey!) : UNKNOWN;
      const link = (name: string) => (knownPort ? this.id(ScenarioKind.LINK, `${c.portKey}#${name}`, `${c.portKey} ${name}`) : UNKNOWN);
      const legs = [leg(UNKNOWN, UNKNOWN, NONE, port, link('link1'), edge1), leg(UNKNOWN, UNKNOWN, NONE, port, link('link2'), edge2)];
      return { serial, legs, bandwidthMbps };
    }
    const providerName = known(c, 'serviceProviderName', c.serviceProviderName);
    const provider = providerName === undefined ? UNKNOWN : this.id(ScenarioKind.PROVIDER, providerName);
    const { sites, metro } = this.sitesOf(known(c, 'peeringLocation', c.peeringLocation), metroOfCircuit(c, this.index, this.catalog), false);
    const legs = [
      leg(sites[0], metro, provider, NONE, this.circuitLink(c, 'primary'), edge1),
      leg(sites[1], metro, provider, NONE, this.circuitLink(c, 'secondary'), edge2),
    ];
    return { serial, legs, bandwidthMbps: known(c, 'bandwidthMbps', c.bandwidthMbps) };
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
      let ids = this.metroSites.get(metro);
      if (!ids) {
        const second = metro.peeringLocations[1] ?? `${metro.city} (second site, undocumented)`;
        ids = {
          sites: [this.id(ScenarioKind.SITE, metro.peeringLocations[0]), this.id(ScenarioKind.SITE, second)],
          metro: this.id(ScenarioKind.METRO, metro.name),
        };
        this.metroSites.set(metro, ids);
      }
      return ids;
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

/** Legs of one circuit (or links of one port) up and of unknown state under the last `countLegs`. */
const legCount = { up: 0, unknown: 0 };

function countLegs(list: Leg[], f: Failure): void {
  legCount.up = 0;
  legCount.unknown = 0;
  for (const l of list) {
    const s = legState(l, f);
    if (s === State.UP) legCount.up++;
    else if (s === State.UNKNOWN) legCount.unknown++;
  }
}

/**
 * What one failure does to one gateway, evaluating every circuit, into `last`;
 * `gatewayState` is the gateway's own fate.
 */
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
  const onPorts = portSumsFor(g, undefined);
  for (let i = 0; i < g.circuits.length; i++) {
    const c = g.circuits[i];
    countLegs(c.legs, f);
    up += legCount.up * g.uses[i];
    unknown += legCount.unknown * g.uses[i];
    if (legCount.up === 0) {
      if (legCount.unknown > 0) capacityKnown = false;
      continue;
    }
    // A circuit keeps its purchased bandwidth while one link lives; the burst is never counted.
    if (c.bandwidthMbps === undefined) capacityKnown = false;
    else if (onPorts && g.portOf[i] >= 0) onPorts[g.portOf[i]] += c.bandwidthMbps;
    else capacity += c.bandwidthMbps;
  }
  finish(g, f, up, unknown, capacity, capacityKnown, onPorts);
}

/**
 * The same, from the gateway's baseline: only the `count` circuits in `touched` (indexes into
 * `g.circuits`) can differ from it. From scratch when the baseline's sums are not exact.
 * Its loop repeats `evaluate`'s on purpose: one helper per circuit, shared by both, cost the
 * 1,000-circuit synth 0.04 G instructions (V8 optimizes this hot path per function).
 */
function evaluateTouched(g: GatewayPlan, f: Failure, touched: Int32Array, count: number): void {
  const b = g.baseline;
  if (!b.exact || alwaysFromScratch) return evaluate(g, f, State.UP);
  let up = b.up;
  let unknown = 0;
  let capacity = b.capacity;
  let unknownBandwidths = b.unknownBandwidths;
  let downButUnknown = false;
  const onPorts = portSumsFor(g, b.portSums);
  for (let k = 0; k < count; k++) {
    const i = touched[k];
    const c = g.circuits[i];
    const uses = g.uses[i];
    const port = onPorts ? g.portOf[i] : -1;
    // Out: the circuit as it was with nothing failed; in: the circuit under this failure.
    up -= c.legs.length * uses;
    if (c.bandwidthMbps === undefined) unknownBandwidths--;
    else if (port >= 0) onPorts![port] -= c.bandwidthMbps;
    else capacity -= c.bandwidthMbps;
    countLegs(c.legs, f);
    up += legCount.up * uses;
    unknown += legCount.unknown * uses;
    if (legCount.up === 0) {
      if (legCount.unknown > 0) downButUnknown = true;
      continue;
    }
    if (c.bandwidthMbps === undefined) unknownBandwidths++;
    else if (port >= 0) onPorts![port] += c.bandwidthMbps;
    else capacity += c.bandwidthMbps;
  }
  finish(g, f, up, unknown, capacity, !downButUnknown && unknownBandwidths === 0, onPorts);
}

/** The scratch sums of the circuits on each of the gateway's ports, from `start` or zero; none without ports. */
function portSumsFor(g: GatewayPlan, start: number[] | undefined): Float64Array | undefined {
  if (g.ports.length === 0) return undefined;
  if (portSums.length < g.ports.length) portSums = new Float64Array(g.ports.length * 2);
  for (let j = 0; j < g.ports.length; j++) portSums[j] = start ? start[j] : 0;
  return portSums;
}

/** Adds what each port carries (its circuits share its surviving links, each as fast as the port) and stores the result in `last`. */
function finish(g: GatewayPlan, f: Failure, up: number, unknown: number, capacity: number, capacityKnown: boolean, onPorts: Float64Array | undefined): void {
  for (let j = 0; onPorts && j < g.ports.length; j++) {
    if (onPorts[j] === 0) continue;
    const port = g.ports[j];
    if (port.linkMbps === undefined) {
      capacityKnown = false;
      continue;
    }
    countLegs(port.links, f);
    const bound = legCount.up * port.linkMbps;
    if (onPorts[j] > bound && legCount.unknown > 0) capacityKnown = false;
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
    const connections: Array<{ circuitKey?: string }> = [...index.connectionsOf(node.key)];
    // A connection whose gateway is not known may be one of this gateway's: a circuit not known.
    if (isUnresolved(node, 'connections')) connections.push({});
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
    return {
      node, order, connections: connections.length, circuits, uses, ports, portOf, zone, zoneState: zoneState(node),
      baseline: baselineOf(circuits, uses, ports.length, portOf),
    };
  });
}

function baselineOf(circuits: CircuitPlan[], uses: number[], ports: number, portOf: number[]): Baseline {
  let up = 0;
  let capacity = 0;
  let unknownBandwidths = 0;
  let exact = true;
  const portSumsOf: number[] = new Array<number>(ports).fill(0);
  for (let i = 0; i < circuits.length; i++) {
    const c = circuits[i];
    up += c.legs.length * uses[i];
    if (c.bandwidthMbps === undefined) unknownBandwidths++;
    else if (portOf[i] >= 0) portSumsOf[portOf[i]] += c.bandwidthMbps;
    else capacity += c.bandwidthMbps;
    if (c.bandwidthMbps !== undefined && !Number.isSafeInteger(c.bandwidthMbps)) exact = false;
  }
  return { up, capacity, portSums: portSumsOf, unknownBandwidths, exact: exact && Number.isSafeInteger(capacity) };
}

/**
 * Which (gateway, circuit) pairs carry each domain, and, per leg kind, which carry a domain of
 * that kind of unknown value: flat lists of pairs, in gateway order. A circuit of -1 stands for
 * the gateway itself (its zone) or a port link.
 */
interface DomainIndex {
  readonly byDomain: number[][];
  readonly unknownByKind: number[][];
}

function indexDomains(plans: GatewayPlan[], domains: number): DomainIndex {
  const byDomain: number[][] = new Array<number[]>(domains);
  const unknownByKind: number[][] = LEG_KINDS.map(() => []);
  const add = (list: number[], gateway: number, circuit: number) => {
    // A pair is listed once (both legs of a circuit often share a domain).
    const n = list.length;
    if (n === 0 || list[n - 2] !== gateway || list[n - 1] !== circuit) list.push(gateway, circuit);
  };
  for (const g of plans) {
    add((byDomain[g.zone] ??= []), g.order, -1);
    for (let i = 0; i < g.circuits.length; i++) {
      for (const l of g.circuits[i].legs) {
        for (let k = 0; k < LEG_KINDS.length; k++) {
          if (l[k] === UNKNOWN) add(unknownByKind[k], g.order, i);
          else if (l[k] !== NONE) add((byDomain[l[k]] ??= []), g.order, i);
        }
      }
    }
    for (const port of g.ports) {
      for (const l of port.links) {
        for (let k = 0; k < LEG_KINDS.length; k++) {
          if (l[k] === UNKNOWN) add(unknownByKind[k], g.order, -1);
          else if (l[k] !== NONE) add((byDomain[l[k]] ??= []), g.order, -1);
        }
      }
    }
  }
  return { byDomain, unknownByKind };
}

/** Runs every scenario over a topology. Deterministic: scenarios and gateways are sorted. */
export function simulateFailures(topology: Topology, catalog: MetroCatalog, index = simulationIndex(topology)): SimulationReport {
  const planner = new Planner(index, catalog);
  const plans = planGateways(topology, planner, index);
  const { byDomain, unknownByKind } = indexDomains(plans, planner.keys.length);

  const before = plans.map((g) => {
    evaluate(g, NO_FAILURE, State.UP);
    return last.capacityMbps;
  });
  const outcome = (g: GatewayPlan): GatewayOutcome => ({
    gateway: g.node.path, pathsBefore: g.connections * 2, pathsAfter: last.up, pathsUnknown: last.unknown,
    capacityMbpsBefore: before[g.order], capacityMbpsAfter: last.capacityMbps,
    connected: last.up > 0 ? Connectivity.YES : last.unknown > 0 ? Connectivity.UNKNOWN : Connectivity.NO,
  });
  const evaluated = (g: GatewayPlan, f: Failure, gatewayState: State): GatewayOutcome => {
    evaluate(g, f, gatewayState);
    return outcome(g);
  };
  const scenario = (kind: ScenarioKind, target: string, failures: number, gateways: GatewayOutcome[]): FailureScenario => ({
    id: `${kind}:${target}`, kind, target, failures, gateways,
  });

  const scenarios: FailureScenario[] = [];
  // Scratch: the circuits one scenario touches at one gateway, each once (marked with the visit's number).
  const touched = new Int32Array(Math.max(...plans.map((g) => g.circuits.length), 1));
  const marks = new Int32Array(planner.circuitCount);
  let visit = 0;
  for (let id = 1; id < byDomain.length; id++) {
    const pairs = byDomain[id];
    if (!pairs) continue;
    const kind = planner.kinds[id];
    const target = planner.names[id];
    const outcomes: GatewayOutcome[] = [];
    if (kind === ScenarioKind.ZONE) {
      for (let i = 0; i < pairs.length; i += 2) outcomes.push(evaluated(plans[pairs[i]], NO_FAILURE, plans[pairs[i]].zoneState));
      scenarios.push(scenario(kind, target, 1, outcomes));
      continue;
    }
    const k = planner.legKinds[id];
    const f: Failure = { kind: k, a: id, b: id };
    const unknown = unknownByKind[k];
    let i = 0;
    let j = 0;
    while (i < pairs.length || j < unknown.length) {
      const order = j >= unknown.length || (i < pairs.length && pairs[i] <= unknown[j]) ? pairs[i] : unknown[j];
      const g = plans[order];
      let count = 0;
      visit++;
      for (; i < pairs.length && pairs[i] === order; i += 2) count = touch(g, pairs[i + 1], touched, count, marks, visit);
      for (; j < unknown.length && unknown[j] === order; j += 2) count = touch(g, unknown[j + 1], touched, count, marks, visit);
      evaluateTouched(g, f, touched, count);
      outcomes.push(outcome(g));
    }
    scenarios.push(scenario(kind, target, 1, outcomes));
  }
  for (const g of plans) scenarios.push(scenario(ScenarioKind.GATEWAY, g.node.path, 1, [evaluated(g, NO_FAILURE, State.DOWN)]));

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
    scenarios.push(scenario(ScenarioKind.SITE_PAIR, target, 2, p.gateways.map((g) => evaluated(g, p.failure, State.UP))));
  }

  scenarios.sort(compareScenarios);
  return { scenarios, summary: summarize(scenarios, topology.gateways) };
}

/** Adds circuit `i` of `g` (-1: none) to the touched list unless this visit has it; the new count. */
function touch(g: GatewayPlan, i: number, touched: Int32Array, count: number, marks: Int32Array, visit: number): number {
  if (i < 0) return count;
  const serial = g.circuits[i].serial;
  if (marks[serial] === visit) return count;
  marks[serial] = visit;
  touched[count] = i;
  return count + 1;
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
  let singleFailures = 0;
  let doubleFailures = 0;
  for (const s of scenarios) {
    if (s.failures === 1) singleFailures++;
    else if (s.failures === 2) doubleFailures++;
  }
  return { scenarios: scenarios.length, singleFailures, doubleFailures, gateways: summaries };
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
