import { MetroCatalog, PlaceFacts } from '../catalog/metro-catalog';
import { MetroData } from '../catalog/types';
import { CircuitNode, PortNode } from '../model/topology';
import { TopologyIndex, isUnresolved } from './rule';

/** A peering location written as a Metro name (`Amsterdam Metro`). */
export const METRO_NAME = /\bmetro\s*$/i;

/** The metro a port is at, from its declared metro or its peering location. */
export function metroOfPort(port: PortNode, catalog: MetroCatalog): MetroData | undefined {
  if (port.metro !== undefined) return catalog.tryFindMetro(port.metro);
  if (port.peeringLocation !== undefined && METRO_NAME.test(port.peeringLocation)) {
    return catalog.tryFindMetro(port.peeringLocation);
  }
  return undefined;
}

/**
 * The peering location a circuit lands at: a provider circuit's `peering_location`, or the
 * port's for a circuit on a Direct port.
 */
export function circuitLocation(circuit: CircuitNode, index: TopologyIndex): string | undefined {
  if (circuit.peeringLocation !== undefined) return circuit.peeringLocation;
  const port = index.port(circuit.portKey);
  return port?.metro ?? port?.peeringLocation;
}

/**
 * The peering location a circuit lands at, as a name to compare: `circuitLocation`, where a
 * Direct port's port location (`Equinix-Seattle-SE2`) is replaced by the one peering location
 * the catalog pins it to (`Seattle`). A port location the catalog places only in a city
 * (`Equinix-Sydney-SY2`: Sydney or Sydney2) or does not know stays as written: it names its
 * site, but not which peering location that is.
 */
export function peeringLocationOfCircuit(circuit: CircuitNode, index: TopologyIndex, catalog: MetroCatalog): string | undefined {
  const loc = circuitLocation(circuit, index);
  if (loc === undefined || circuit.peeringLocation !== undefined) return loc;
  const pinned = catalog.tryFindPortLocation(loc)?.peeringLocations;
  return pinned !== undefined && pinned.length === 1 ? pinned[0] : loc;
}

/** The metro of a Metro circuit (provider or Direct); undefined for a single-site circuit. */
export function metroOfCircuit(circuit: CircuitNode, index: TopologyIndex, catalog: MetroCatalog): MetroData | undefined {
  // Many rules, the report and the simulation ask this of every circuit: one answer per run.
  let run = metroByRun.get(index);
  if (!run || run.catalog !== catalog) metroByRun.set(index, (run = { catalog, byCircuit: new Map() }));
  let metro = run.byCircuit.get(circuit);
  if (metro === undefined) run.byCircuit.set(circuit, (metro = findMetroOfCircuit(circuit, index, catalog) ?? null));
  return metro ?? undefined;
}

/** `metroOfCircuit` answers per validation run (its index) and catalog. */
const metroByRun = new WeakMap<TopologyIndex, { catalog: MetroCatalog; byCircuit: Map<CircuitNode, MetroData | null> }>();

function findMetroOfCircuit(circuit: CircuitNode, index: TopologyIndex, catalog: MetroCatalog): MetroData | undefined {
  if (circuit.peeringLocation !== undefined) {
    const m = catalog.tryFindMetro(circuit.peeringLocation);
    return m && m.name.toLowerCase() === circuit.peeringLocation.trim().toLowerCase() ? m : undefined;
  }
  const port = index.port(circuit.portKey);
  return port ? metroOfPort(port, catalog) : undefined;
}

/**
 * What the catalog knows of the place a circuit lands at (Metro or peering location), when
 * that place is known.
 */
export function placeOfCircuit(circuit: CircuitNode, index: TopologyIndex, catalog: MetroCatalog): PlaceFacts | undefined {
  if (circuit.peeringLocation !== undefined && isUnresolved(circuit, 'peeringLocation')) return undefined;
  const loc = circuitLocation(circuit, index);
  if (loc === undefined) return undefined;
  // A circuit on a Direct port lands at the port's location, often a ports-location name (`Equinix-Seattle-SE2`).
  return circuit.peeringLocation === undefined ? catalog.tryDescribePortPlace(loc) : catalog.tryDescribePlace(loc);
}

/**
 * The local Azure regions a circuit's place offers for the Local SKU.
 * @returns undefined when the place or its Local column is unknown
 */
export function localRegionsOfCircuit(circuit: CircuitNode, index: TopologyIndex, catalog: MetroCatalog): string[] | undefined {
  return placeOfCircuit(circuit, index, catalog)?.localAzureRegions;
}

/**
 * The property a user set to choose a circuit's place: `metro` on a Metro construct, the
 * `peeringLocation` otherwise (Terraform's `peering_location`).
 */
export function placeProperty(circuit: CircuitNode): 'metro' | 'peeringLocation' {
  return circuit.declaredMetro ? 'metro' : 'peeringLocation';
}

/**
 * Whether two peering-location values name the same site(s): equal names, or a Metro and one
 * of its two peering locations (`Amsterdam Metro` and `Amsterdam2`). A migration's source
 * (often an imported circuit at a standard location) and target compare with this.
 * @returns undefined when either value is not in the catalog and the two differ
 */
export function samePlace(a: string, b: string, catalog: MetroCatalog): boolean | undefined {
  if (a.trim().toLowerCase() === b.trim().toLowerCase()) return true;
  const pa = catalog.tryDescribePlace(a);
  const pb = catalog.tryDescribePlace(b);
  if (!pa || !pb) return undefined;
  const sites = (p: PlaceFacts) => (p.metro ? p.metro.peeringLocations : [p.name]).map((n) => n.toLowerCase());
  const sb = sites(pb);
  return sites(pa).some((n) => sb.includes(n));
}
