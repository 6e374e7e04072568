import { MetroCatalog } from '../catalog/metro-catalog';
import { CircuitNode, ConnectionNode, GatewayNode } from '../model/topology';
import { circuitLocation, metroOfCircuit } from './locations';
import { isUnresolved, TopologyIndex } from './rule';

/** A circuit's peering location when it is known (a provider location, or its port's). */
function knownLocation(c: CircuitNode, index: TopologyIndex): string | undefined {
  if (isUnresolved(c, 'peeringLocation')) return undefined;
  const port = index.port(c.portKey);
  if (c.peeringLocation === undefined && port && (isUnresolved(port, 'peeringLocation') || isUnresolved(port, 'metro'))) return undefined;
  return circuitLocation(c, index);
}

/** Azure's resiliency tiers. Source: Sources.RESILIENCY_DESIGN. */
export enum ResiliencyTier {
  /** Circuits at two or more distinct peering locations. */
  MAXIMUM = 'Maximum',
  /** ExpressRoute Metro: one circuit across two sites in one metro. */
  HIGH = 'High',
  /** One circuit at one peering location: not recommended for production. */
  STANDARD = 'Standard',
  /** No circuit is connected. */
  NONE = 'None',
  /** The tier depends on values that are not known (a connected circuit's location). */
  UNKNOWN = 'Unknown',
}

/** The resiliency of one gateway and why. */
export interface GatewayResiliency {
  /** The tier. */
  readonly tier: ResiliencyTier;
  /** Why, one line each. */
  readonly reasons: string[];
  /** Connected circuits. */
  readonly circuits: CircuitNode[];
  /** Distinct peering locations (as configured) of the connected circuits. */
  readonly peeringLocations: string[];
  /** How many of the connected circuits are Metro circuits. */
  readonly metroCircuitCount: number;
}

/**
 * Classifies a gateway by the circuits connected to it. Two circuits count as distinct
 * locations only when they share no physical site: a Metro circuit at `Amsterdam Metro` covers
 * both `Amsterdam` and `Amsterdam2`.
 */
export function gatewayResiliency(gateway: GatewayNode, index: TopologyIndex, catalog: MetroCatalog): GatewayResiliency {
  let byGateway = computed.get(index);
  if (!byGateway || byGateway.catalog !== catalog) computed.set(index, (byGateway = { catalog, results: new Map() }));
  let result = byGateway.results.get(gateway.key);
  if (!result) byGateway.results.set(gateway.key, (result = classify(gateway, index, catalog)));
  return result;
}

/** Results per topology index (one validation run), so the rules and the report share them. */
const computed = new WeakMap<TopologyIndex, { catalog: MetroCatalog; results: Map<string, GatewayResiliency> }>();

function classify(gateway: GatewayNode, index: TopologyIndex, catalog: MetroCatalog): GatewayResiliency {
  return resiliencyOfConnections(index.connectionsOf(gateway.key), index, catalog, isUnresolved(gateway, 'connections'));
}

/**
 * The resiliency a set of connections gives a gateway (all of a gateway's connections, or those a
 * plan keeps). `moreUnknown`: the gateway may have connections beyond these (a connection whose
 * gateway is not known may be one of its), each to a circuit not known.
 */
export function resiliencyOfConnections(connections: ConnectionNode[], index: TopologyIndex, catalog: MetroCatalog,
  moreUnknown = false): GatewayResiliency {
  const circuits: CircuitNode[] = [];
  const seen = new Set<string>();
  let unknown = 0; // connections whose circuit, or its location, is not known
  for (const conn of connections) {
    const c = index.circuit(conn.circuitKey);
    if (!c) {
      if (conn.circuitKey !== undefined || isUnresolved(conn, 'circuitKey')) unknown++;
      continue;
    }
    if (!seen.has(c.key)) {
      seen.add(c.key);
      circuits.push(c);
    }
  }
  const sitesByKey = new Map<string, Set<string>>();
  const seenPlaces = new Set<string>();
  const locations = new Set<string>();
  let metroCount = 0;
  for (const c of circuits) {
    const loc = knownLocation(c, index);
    if (loc === undefined) {
      unknown++;
      continue;
    }
    locations.add(loc);
    const metro = metroOfCircuit(c, index, catalog);
    if (metro) metroCount++;
    // Circuits at one place land at the same sites: work them out once per place.
    const place = metro ? `metro:${metro.name}` : `location:${loc}`;
    if (seenPlaces.has(place)) continue;
    seenPlaces.add(place);
    const sites = new Set((metro ? metro.peeringLocations : [loc]).map((s) => s.toLowerCase()));
    if (metro && metro.peeringLocations.length < 2) sites.add(`${metro.name.toLowerCase()} (second site)`);
    sitesByKey.set([...sites].sort().join('|'), sites);
  }
  const groups = [...sitesByKey.values()];
  let disjoint = false;
  for (let i = 0; i < groups.length && !disjoint; i++) {
    for (let j = i + 1; j < groups.length && !disjoint; j++) {
      disjoint = [...groups[i]].every((s) => !groups[j].has(s));
    }
  }
  const peeringLocations = [...locations].sort();
  const reasons: string[] = [];
  let tier: ResiliencyTier;
  if (circuits.length === 0 && unknown === 0 && !moreUnknown) {
    tier = ResiliencyTier.NONE;
    reasons.push('No circuit is connected to this gateway.');
  } else if (disjoint) {
    tier = ResiliencyTier.MAXIMUM;
    reasons.push(`Circuits reach the gateway through distinct peering locations: ${peeringLocations.join(', ')}.`);
  } else if (unknown > 0 || moreUnknown) {
    // Knowing more could raise the tier: a tier that depends on unknowns is reported as unknown.
    tier = ResiliencyTier.UNKNOWN;
    if (unknown > 0) reasons.push(`${unknown} connected circuit${unknown > 1 ? 's have' : ' has'} a peering location (or circuit) that is not known before apply.`);
    if (moreUnknown) reasons.push('A connection whose gateway is not known before apply may connect another circuit to this gateway.');
  } else if (metroCount > 0) {
    tier = ResiliencyTier.HIGH;
    reasons.push(`${metroCount} ExpressRoute Metro circuit${metroCount > 1 ? 's' : ''}: two sites in one metro.`);
    if (circuits.length > 1) reasons.push('The circuits share a peering location, so they do not add Maximum resiliency.');
  } else {
    tier = ResiliencyTier.STANDARD;
    reasons.push(`Every circuit lands at one peering location: ${peeringLocations.join(', ')}.`);
  }
  return { tier, reasons, circuits, peeringLocations, metroCircuitCount: metroCount };
}
