/**
 * The synth-time half of "what is written is what is judged". The constructs describe their own
 * resources to the model (with the intent Terraform does not carry); this maps, through the
 * Terraform reader (`normalise` + `toTopology`, the lint's own mapping), what they did not
 * describe in a stack's resolved document:
 *
 * - resources created with the provider classes (a route filter, a gateway, a circuit, a
 *   connection) and resources added with `stack.addOverride`;
 * - construct resources changed by an escape hatch (`resource.addOverride(...)`): their written
 *   values replace the construct's;
 * - every output (a user's `TerraformOutput` of an authorization key included);
 * - the literal names of every resource, for NAME001.
 * Only these go through the mapper: mapping every resource of a 1,000-circuit stack costs more
 * than the whole validation (see the README's benchmark).
 */
import { NodeBase, OutputNode, PeeringNode, Topology } from '../model/topology';
import { constructPathOf, outputPaths } from './intent';
import { namedResources } from './names';
import { addressOf, interpolationRefs, isObject, normalise, ResourceRecord } from './records';
import { toTopology } from './to-topology';

/** Resource types the mapper turns into model nodes. */
const MODELLED = new Set([
  'azurerm_express_route_circuit', 'azurerm_express_route_port', 'azurerm_express_route_circuit_peering',
  'azurerm_express_route_circuit_authorization', 'azurerm_express_route_port_authorization',
  'azurerm_virtual_network_gateway', 'azurerm_express_route_gateway', 'azurerm_route_filter',
  'azurerm_virtual_network_gateway_connection', 'azurerm_express_route_connection', 'azurerm_express_route_circuit_connection',
]);

/** Model lists whose nodes come from resources. */
const LISTS = ['circuits', 'ports', 'peerings', 'authorizations', 'gateways', 'connections', 'globalReach', 'routeFilters'] as const;

/** Fields that hold another node's key. */
const LINK_FIELDS = ['circuitKey', 'portKey', 'gatewayKey', 'peerCircuitKey', 'routeFilterKey'];
/** Fields of a mapped node that never replace a construct node's. */
const STRUCTURAL = new Set(['key', 'path', 'unresolved', 'external', ...LINK_FIELDS]);

/** What the constructs described in one stack. */
export interface DescribedResources {
  /** Construct path of a construct's L1 (`net/Circuit/Resource`) -> the construct's node key (`net/Circuit`). */
  readonly owners: Map<string, string>;
  /** Construct paths of L1s changed with an escape hatch; Terraform addresses changed with `stack.addOverride`. */
  readonly overridden: Set<string>;
}

interface Lite {
  readonly address: string;
  readonly type: string;
  readonly name: string;
  readonly values: Record<string, unknown>;
  /** The key of the construct node that describes it, if one does. */
  readonly owner?: string;
  /** Its model key: the owner, else its construct path, else the stack and its address. */
  readonly key: string;
}

function resourcesOf(doc: Record<string, unknown>, stackPath: string, owners: Map<string, string>): Lite[] {
  const out: Lite[] = [];
  const blocks = Array.isArray(doc.resource) ? doc.resource : [doc.resource];
  for (const block of blocks) {
    if (!isObject(block)) continue;
    for (const [type, byName] of Object.entries(block)) {
      if (!isObject(byName)) continue;
      for (const [name, body] of Object.entries(byName)) {
        if (!isObject(body)) continue;
        const address = `${type}.${name}`;
        const path = constructPathOf(body);
        const owner = path === undefined ? undefined : owners.get(path);
        out.push({ address, type, name, values: body, owner, key: owner ?? path ?? `${stackPath}/${address}` });
      }
    }
  }
  return out;
}

/**
 * Joins into `topology` (construct nodes keyed by construct path) what one stack writes and its
 * constructs did not describe. `stackPath` keys resources without a construct path.
 * `addressOfOwner`, when given, receives the Terraform address of each construct node's resource.
 */
export function joinWritten(topology: Topology, stackPath: string, doc: Record<string, unknown>, described: DescribedResources, notes: string[],
  addressOfOwner?: Map<string, string>): Topology {
  const all = resourcesOf(doc, stackPath, described.owners);
  const byAddress = new Map<string, Lite>();
  for (const r of all) {
    byAddress.set(r.address, r);
    if (addressOfOwner && r.owner !== undefined && !addressOfOwner.has(r.owner)) addressOfOwner.set(r.owner, r.address);
  }
  const keyOfAddress = (address: string) => byAddress.get(address)?.key ?? address;

  // An escape hatch is recorded on the L1 (by construct path) or on the stack (by address).
  const isOverridden = (r: Lite) => described.overridden.size > 0
    && (described.overridden.has(r.address) || described.overridden.has(`${r.owner}/Resource`));
  const wanted = all.filter((r) => MODELLED.has(r.type) && (r.owner === undefined || isOverridden(r)));
  // The resources they reference, two levels deep, so that references resolve (a raw connection
  // to a construct's circuit, a Global Reach link through a peering to its circuit).
  const subset = new Map(wanted.map((r) => [r.address, r]));
  let frontier = wanted;
  for (let depth = 0; depth < 2 && frontier.length > 0; depth++) {
    const next: Lite[] = [];
    for (const r of frontier) {
      for (const ref of interpolationRefs(r.values)) {
        const target = byAddress.get(addressOf(ref));
        if (target && !subset.has(target.address)) {
          subset.set(target.address, target);
          next.push(target);
        }
      }
    }
    frontier = next;
  }
  const resourceBlock: Record<string, Record<string, unknown>> = {};
  for (const r of subset.values()) (resourceBlock[r.type] ??= {})[r.name] = r.values;
  const outputs = isObject(doc.output) ? doc.output : {};
  const mapped = toTopology(normalise({ resource: resourceBlock, output: outputs, terraform: doc.terraform })!, notes);

  const rename = (n: NodeBase): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...n, key: keyOfAddress(n.key), path: keyOfAddress(n.path) };
    for (const f of LINK_FIELDS) if (typeof out[f] === 'string') out[f] = keyOfAddress(out[f] as string);
    return out;
  };
  const wantedAddresses = new Set(wanted.map((r) => r.address));
  const t: Record<string, unknown> = { ...topology };
  for (const list of LISTS) {
    const current = (topology[list] as NodeBase[]).slice();
    const index = new Map(current.map((n, i) => [n.key, i]));
    for (const n of mapped[list] as NodeBase[]) {
      if (!wantedAddresses.has(n.key)) continue;
      const owner = byAddress.get(n.key)!.owner;
      const renamed = rename(n);
      const at = owner === undefined ? undefined : index.get(owner);
      if (owner === undefined || at === undefined) {
        current.push(renamed as unknown as NodeBase);
      } else {
        current[at] = overlay(current[at], renamed);
      }
    }
    t[list] = current;
  }

  // Links written as references to resources the constructs did not describe (a route filter
  // made with the provider class): the construct only saw a token.
  const filters = all.filter((r) => r.type === 'azurerm_route_filter' && r.owner === undefined);
  if (filters.length > 0) {
    const resourceOfOwner = new Map<string, Lite>();
    for (const r of all) if (r.owner !== undefined && r.type === 'azurerm_express_route_circuit_peering') resourceOfOwner.set(r.owner, r);
    t.peerings = (t.peerings as PeeringNode[]).map((p) => {
      const r = resourceOfOwner.get(p.key);
      if (!r) return p;
      const target = interpolationRefs(r.values.route_filter_id).map(addressOf).find((a) => byAddress.get(a)?.type === 'azurerm_route_filter');
      return target === undefined ? p : { ...p, routeFilterKey: keyOfAddress(target) };
    });
  }

  // Every output as written, named by its construct path.
  const paths = outputPaths(doc);
  const prefix = `${stackPath}/`;
  t.outputs = [
    ...topology.outputs.filter((o) => !o.path.startsWith(prefix)),
    ...mapped.outputs.map((o): OutputNode => {
      const name = o.key.slice('output.'.length);
      const p = paths.get(name);
      return { ...o, key: p ?? `${stackPath}/${o.key}`, path: p ?? `${stackPath}/${o.key}` };
    }),
  ];
  t.resourceNames = [...(topology.resourceNames ?? []), ...namedResources(all as unknown as ResourceRecord[], stackPath, (r) => (r as unknown as Lite).key)];
  return t as unknown as Topology;
}

/** A construct node with the values its resource is written with (escape hatches win). */
function overlay<T extends NodeBase>(node: T, written: Record<string, unknown>): T {
  const out: Record<string, unknown> = { ...(node as unknown as Record<string, unknown>) };
  const unresolved = new Set(node.unresolved ?? []);
  for (const [k, v] of Object.entries(written)) {
    if (STRUCTURAL.has(k) || v === undefined) continue;
    out[k] = v;
    unresolved.delete(k);
  }
  for (const k of (written.unresolved as string[] | undefined) ?? []) {
    unresolved.add(k);
    out[k] = undefined;
  }
  out.unresolved = [...unresolved];
  return out as T;
}
