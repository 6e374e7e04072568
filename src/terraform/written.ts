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
 * - the literal names of every resource, for NAME001;
 * - the subscription id each provider configuration writes as a literal, on the stack's circuits
 *   and ports (the quota rules count every stack naming one id together);
 * - the links a construct's resource writes as a reference to such a resource: a circuit on a
 *   port; a connection to a gateway; a peering, an authorization, a connection or Global Reach
 *   of a circuit; each made with the provider class and used through an imported handle
 *   (`fromPortAttributes(..., { portId: port.id })`), link to the resource, and the handle
 *   stands for it (its intent joined into it, the handle itself dropped).
 * Only these go through the mapper: mapping every resource of a 1,000-circuit stack costs more
 * than the whole validation (see the README's benchmark).
 */
import { providerSubscriptionIds, subscriptionKey } from '../model/subscription';
import { MigrationNode, NodeBase, OutputNode, SecretInput, Topology } from '../model/topology';
import { constructPathOf, IntentList, isCarriedIntent, outputPaths, withIntentOf } from './intent';
import { namedResources } from './names';
import { addressOf, interpolationRefs, isObject, normalise, ResourceRecord } from './records';
import { toTopology } from './to-topology';
import { evaluateModule } from './hcl/module';
import { instanceSuffix } from '../model/instances';
import { withProps } from '../util/objects';

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

/** A link a construct's resource writes as a reference (the attribute the mapper follows for it, `to-topology.ts`). */
interface WrittenLink {
  /** The list of the linking node, and its field. */
  readonly list: typeof LISTS[number];
  readonly field: string;
  /** The attribute and the resource type it names. */
  readonly attribute: string;
  readonly target: string;
  /** The list of imported handles that can stand for the target. */
  readonly handles?: IntentList;
}

const CIRCUIT = 'azurerm_express_route_circuit';
/**
 * By linking resource type. A circuit is named by its `name` (peerings, authorizations), its `id`
 * (a VNet gateway connection), or its id and `/peerings/AzurePrivatePeering` (a Virtual WAN
 * connection or Global Reach through a handle without a peering construct; through a peering
 * construct they name the peering, which links to the circuit).
 */
const WRITTEN_LINKS = new Map<string, WrittenLink[]>([
  ['azurerm_express_route_circuit', [
    { list: 'circuits', field: 'portKey', attribute: 'express_route_port_id', target: 'azurerm_express_route_port', handles: 'ports' }]],
  ['azurerm_express_route_port_authorization', [
    { list: 'authorizations', field: 'portKey', attribute: 'express_route_port_name', target: 'azurerm_express_route_port', handles: 'ports' }]],
  ['azurerm_virtual_network_gateway_connection', [
    { list: 'connections', field: 'gatewayKey', attribute: 'virtual_network_gateway_id', target: 'azurerm_virtual_network_gateway', handles: 'gateways' },
    { list: 'connections', field: 'circuitKey', attribute: 'express_route_circuit_id', target: CIRCUIT, handles: 'circuits' }]],
  ['azurerm_express_route_connection', [
    { list: 'connections', field: 'gatewayKey', attribute: 'express_route_gateway_id', target: 'azurerm_express_route_gateway', handles: 'gateways' },
    { list: 'connections', field: 'circuitKey', attribute: 'express_route_circuit_peering_id', target: CIRCUIT, handles: 'circuits' }]],
  ['azurerm_express_route_circuit_peering', [
    { list: 'peerings', field: 'routeFilterKey', attribute: 'route_filter_id', target: 'azurerm_route_filter' },
    { list: 'peerings', field: 'circuitKey', attribute: 'express_route_circuit_name', target: CIRCUIT, handles: 'circuits' }]],
  ['azurerm_express_route_circuit_authorization', [
    { list: 'authorizations', field: 'circuitKey', attribute: 'express_route_circuit_name', target: CIRCUIT, handles: 'circuits' }]],
  ['azurerm_express_route_circuit_connection', [
    { list: 'globalReach', field: 'circuitKey', attribute: 'peering_id', target: CIRCUIT, handles: 'circuits' },
    { list: 'globalReach', field: 'peerCircuitKey', attribute: 'peer_peering_id', target: CIRCUIT, handles: 'circuits' }]],
]);
/** Resource types a written link can name. */
const LINK_TARGETS = new Set([...WRITTEN_LINKS.values()].flat().map((l) => l.target));

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
    // Keys, not entries: destructuring each entry goes through the iterator protocol, which makes
    // this loop over every resource of a stack costlier for V8 to optimize.
    for (const type of Object.keys(block)) {
      const byName = block[type];
      if (!isObject(byName)) continue;
      for (const name of Object.keys(byName)) {
        const body = byName[name];
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
 * `addressOfOwner`, when given, receives the Terraform address of each construct node's resource,
 * and of each imported handle that stands for a resource the stack writes. `subscriptionIds`,
 * when given, receives the subscription id each of the stack's provider configurations names
 * literally, by subscription key, for `withSubscriptionIds`.
 */
export function joinWritten(topology: Topology, stackPath: string, doc: Record<string, unknown>, described: DescribedResources, notes: string[],
  addressOfOwner?: Map<string, string>, subscriptionIds?: Map<string, string>): Topology {
  const all = resourcesOf(doc, stackPath, described.owners);
  const byAddress = new Map<string, Lite>();
  /** Types of the resources made with the provider classes that a construct's resource may link to. */
  const linkTargets = new Set<string>();
  for (const r of all) {
    byAddress.set(r.address, r);
    if (addressOfOwner && r.owner !== undefined && !addressOfOwner.has(r.owner)) addressOfOwner.set(r.owner, r.address);
    if (r.owner === undefined && LINK_TARGETS.has(r.type)) linkTargets.add(r.type);
  }
  // An instance of a resource with `count`/`for_each` (`x.y[0]`) is keyed after its resource.
  const keyOfAddress = (address: string) => {
    const r = byAddress.get(address);
    if (r !== undefined) return r.key;
    const base = baseAddress(address);
    const of = base === address ? undefined : byAddress.get(base);
    return of === undefined ? address : `${of.key}${address.slice(base.length)}`;
  };

  // An escape hatch is recorded on the L1 (by construct path) or on the stack (by address).
  const isOverridden = (r: Lite) => described.overridden.size > 0
    && (described.overridden.has(r.address) || described.overridden.has(`${r.owner}/Resource`));
  // A construct's resource with a value the construct could not know (a token): the document may
  // still tell it, as the lint reads it (a local, a variable's default, a function of literals).
  const withUnknowns = ownersWithUnknowns(topology);
  // `count`/`for_each` are plain fields of a resource (no setter tells that they were set): read
  // every construct resource that has one as written.
  const wanted = all.filter((r) => MODELLED.has(r.type)
    && (r.owner === undefined || isOverridden(r) || withUnknowns.has(r.owner) || r.values.count !== undefined || r.values.for_each !== undefined
      || namesMacsecSecret(r)));
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
  const part = { resource: resourceBlock, output: outputs, terraform: doc.terraform, variable: doc.variable, locals: doc.locals, data: doc.data };
  // Read as the lint reads the written file (`lint.ts`): variables (their defaults), locals,
  // functions of known values and `count`/`for_each` instances are evaluated. A part with none of
  // them reads the same through the plainer reader.
  const records = needsEvaluation(part, subset.values()) ? evaluateModule([{ file: stackPath, doc: part }], {}, notes).document : normalise(part)!;
  const mapped = toTopology(records, notes);

  const rename = (n: NodeBase): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...n, key: keyOfAddress(n.key), path: keyOfAddress(n.path) };
    for (const f of LINK_FIELDS) if (typeof out[f] === 'string') out[f] = keyOfAddress(out[f] as string);
    // Named with the stack, as the constructs' own keys: the lint counts each stack's quotas alone.
    if (typeof out.subscription === 'string') out.subscription = subscriptionKey(out.subscription, stackPath);
    return out;
  };
  const wantedAddresses = new Set(wanted.map((r) => r.address));
  const t: Record<string, unknown> = { ...topology };
  /** Resources read here that have at least one instance. */
  const instantiated = new Set<string>();
  /** The instance address (`x.y[0]`) that replaced a construct node -> that node's key. */
  const overlaidBy = new Map<string, string>();
  for (const list of LISTS) {
    // Most stacks at synth write nothing the constructs did not describe: the list stays as it is.
    if ((mapped[list] as NodeBase[]).length === 0) continue;
    const current = (topology[list] as NodeBase[]).slice();
    const index = new Map(current.map((n, i) => [n.key, i]));
    for (const n of mapped[list] as NodeBase[]) {
      const base = baseAddress(n.key);
      if (!wantedAddresses.has(base)) continue;
      instantiated.add(base);
      const owner = byAddress.get(base)!.owner;
      const renamed = rename(n);
      const at = owner === undefined ? undefined : index.get(owner);
      if (owner === undefined || at === undefined) {
        current.push(renamed as unknown as NodeBase);
      } else {
        // The first instance replaces the construct node, named by its instance (`net/Circuit[0]`,
        // as the lint names it `x.y[0]`) and keeping the node's key, which the construct links use;
        // a second (`count = 2`) is a node of its own (`net/Circuit[1]`).
        current[at] = { ...overlay(current[at], renamed, list), path: renamed.path as string };
        index.delete(owner);
        overlaidBy.set(n.key, owner);
      }
    }
    t[list] = current;
  }
  // A construct resource written with no instance (`count = 0`, an empty `for_each`): Terraform
  // creates nothing, and its construct node is not judged.
  const none = new Set(wanted.filter((r) => r.owner !== undefined && (r.values.count !== undefined || r.values.for_each !== undefined)
    && !instantiated.has(r.address)).map((r) => r.owner!));
  if (none.size > 0) for (const list of LISTS) t[list] = (t[list] as NodeBase[]).filter((n) => !none.has(n.key));

  // Links written as references to resources the constructs did not describe: the construct
  // only saw a token (a route filter's id), or an imported handle of the resource.
  if (linkTargets.size > 0) joinWrittenLinks(t, stackPath, all, byAddress, linkTargets, keyOfAddress, isOverridden, addressOfOwner);

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
  // Names as written; those of the resources read above as evaluated (instances included).
  const named: ResourceRecord[] = wanted.length === 0 ? all as unknown as ResourceRecord[]
    : [...(all.filter((r) => !wantedAddresses.has(r.address)) as unknown as ResourceRecord[]),
      ...records.resources.filter((r) => wantedAddresses.has(baseAddress(r.address)))];
  t.resourceNames = [...(topology.resourceNames ?? []),
    // The instance that replaced a construct node: that node's key, the instance's name.
    ...namedResources(named, stackPath, (r) => overlaidBy.get(r.address) ?? keyOfAddress(r.address), byAddress as unknown as Map<string, ResourceRecord>,
      (r) => keyOfAddress(r.address))];
  // The subscription ids the stack's provider blocks write, by the key of their configuration
  // (`<stack>/<configuration>`, as construct nodes and mapped ones alike are keyed by now), as the
  // lint reads them: the caller puts them on the circuits and ports once every stack is joined
  // (`withSubscriptionIds`), rather than going over the whole app's nodes once per stack.
  if (subscriptionIds !== undefined) {
    for (const [providerKey, id] of providerSubscriptionIds(doc.provider)) subscriptionIds.set(subscriptionKey(providerKey, stackPath), id);
  }
  return t as unknown as Topology;
}

/**
 * Links each construct's resource to the resource made with a provider class that it references
 * (of a type in `targets`). An imported handle of the same stack that the construct linked
 * instead stands for that resource: dropped, its intent joined into the resource, every link to
 * it moved to the resource. `t` is the joined topology, whose node lists this call may change.
 */
function joinWrittenLinks(t: Record<string, unknown>, stackPath: string, all: Lite[], byAddress: Map<string, Lite>, targets: Set<string>,
  keyOfAddress: (address: string) => string, isOverridden: (r: Lite) => boolean, addressOfOwner: Map<string, string> | undefined): void {
  const lists = t as Record<string, NodeBase[]>;
  const indexes = new Map<string, Map<string, number>>();
  const indexOf = (list: string) => {
    let index = indexes.get(list);
    if (!index) indexes.set(list, (index = new Map(lists[list].map((n, i) => [n.key, i]))));
    return index;
  };
  /** Keys of the imported handles of a list, collected once (when a stack writes a resource of their kind). */
  const handleKeys = new Map<string, Set<string>>();
  const handlesOf = (list: string) => {
    let keys = handleKeys.get(list);
    if (!keys) handleKeys.set(list, (keys = new Set(lists[list].filter((n) => n.external).map((n) => n.key))));
    return keys;
  };
  /** A list to change in place: a copy, made once (a list the join left alone is the constructs' own). */
  const copied = new Set<string>();
  const writable = (list: string) => {
    if (!copied.has(list)) {
      lists[list] = lists[list].slice();
      copied.add(list);
    }
    return lists[list];
  };
  /** Handle key -> the resource it stands for. */
  const standsFor = new Map<string, Lite>();
  for (const r of all) {
    const links = r.owner === undefined ? undefined : WRITTEN_LINKS.get(r.type);
    for (const link of links ?? []) {
      if (!targets.has(link.target)) continue;
      // A construct names a port, gateway or circuit made with the provider class through an
      // imported handle, or in an escape hatch: only those references are read (map lookups for the rest).
      const handles = link.handles === undefined || isOverridden(r) ? undefined : handlesOf(link.handles);
      if (handles?.size === 0) continue;
      const at = indexOf(link.list).get(r.owner!);
      if (at === undefined) continue;
      const node = lists[link.list][at] as unknown as Record<string, unknown>;
      const linked = node[link.field];
      if (handles && !(typeof linked === 'string' && handles.has(linked))) continue;
      const target = interpolationRefs(r.values[link.attribute]).map((ref) => byAddress.get(addressOf(ref))).find((x) => x?.type === link.target);
      if (!target) continue;
      const key = keyOfAddress(target.address);
      if (linked === key) continue;
      if (link.handles && typeof linked === 'string') {
        const handle = lists[link.handles][indexOf(link.handles).get(linked) ?? -1];
        // In another stack, the handle's intent would travel in a document that does not hold the resource.
        if (handle?.external && handle.path.startsWith(`${stackPath}/`)) standsFor.set(linked, target);
      }
      writable(link.list)[at] = withProps(node, { [link.field]: key }) as unknown as NodeBase;
    }
  }
  if (standsFor.size === 0) return;

  // The handles: their intent joined into the resources they stand for, in list order (as `collectIntent` carries it).
  for (const list of ['ports', 'gateways', 'circuits'] as const) {
    const nodes = lists[list];
    if (!nodes.some((n) => standsFor.has(n.key))) continue;
    const kept = nodes.filter((n) => !standsFor.has(n.key));
    const index = new Map(kept.map((n, i) => [n.key, i]));
    for (const n of nodes) {
      const target = standsFor.get(n.key);
      if (target === undefined) continue;
      addressOfOwner?.set(n.key, target.address);
      const at = index.get(keyOfAddress(target.address));
      if (at !== undefined) kept[at] = withIntentOf(kept[at], n, list);
    }
    lists[list] = kept;
  }
  // Links to the handles that no reference gave (a migration's gateways, a connection only the model has).
  const moved = (key: string) => {
    const target = standsFor.get(key);
    return target === undefined ? key : keyOfAddress(target.address);
  };
  for (const list of LISTS) {
    lists[list] = lists[list].map((n) => {
      const record = n as unknown as Record<string, unknown>;
      let out: Record<string, unknown> | undefined;
      for (const f of LINK_FIELDS) {
        if (typeof record[f] === 'string' && standsFor.has(record[f] as string)) (out ??= { ...record })[f] = moved(record[f] as string);
      }
      return (out ?? n) as NodeBase;
    });
  }
  const movedOrNone = (key: string | undefined) => (key === undefined ? undefined : moved(key));
  t.migrations = (t.migrations as MigrationNode[]).map((m): MigrationNode => ({
    ...m, sourceCircuitKey: movedOrNone(m.sourceCircuitKey), targetCircuitKey: movedOrNone(m.targetCircuitKey),
    productionGatewayKeys: m.productionGatewayKeys.map(moved), testGatewayKey: movedOrNone(m.testGatewayKey),
  }));
}

/** The address of the resource an instance address (`x.y[0]`, `x.y["a"]`) belongs to. */
function baseAddress(address: string): string {
  const suffix = instanceSuffix(address);
  return suffix === undefined ? address : address.slice(0, address.length - suffix.length);
}

const MACSEC_SECRET_IDS = ['macsec_ckn_keyvault_secret_id', 'macsec_cak_keyvault_secret_id'];

/**
 * Whether a construct's port names a Key Vault secret of the stack as a link's MACsec key: the
 * mapper then reads the secret as written (SEC005), as the lint does.
 */
function namesMacsecSecret(r: Lite): boolean {
  if (r.type !== 'azurerm_express_route_port') return false;
  for (const name of ['link1', 'link2']) {
    const raw = r.values[name];
    const link = Array.isArray(raw) ? raw[0] : raw;
    if (!isObject(link)) continue;
    for (const attr of MACSEC_SECRET_IDS) {
      const id = link[attr];
      if (typeof id === 'string' && id.includes('azurerm_key_vault_secret.')) return true;
    }
  }
  return false;
}

/** Keys given as a token: the written expression may still be a literal (`lower("...")`). */
const SECRET_FIELDS: Partial<Record<typeof LISTS[number], string>> = {
  circuits: 'authorizationKey', peerings: 'sharedKey', connections: 'authorizationKey', globalReach: 'authorizationKey',
};

/** Keys of construct nodes with a value the construct could not know (a token, a key given as a token). */
function ownersWithUnknowns(topology: Topology): Set<string> {
  const out = new Set<string>();
  for (const list of LISTS) {
    const nodes = topology[list] as NodeBase[];
    const secret = SECRET_FIELDS[list];
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i];
      if ((n.unresolved !== undefined && n.unresolved.length > 0) || (secret !== undefined && (n as unknown as Record<string, unknown>)[secret] === SecretInput.REFERENCE)) {
        if (!n.external) out.add(n.key);
      }
    }
  }
  return out;
}

/** Meta-arguments and expressions only the evaluating reader reads right. */
const EVALUATED = /\$\{[^}]*(\(|\b(var|local|count|each)\.)/;

/**
 * Whether reading `part` needs the evaluating reader: it declares variables or locals, or one of
 * the resources read has `count`/`for_each` or an expression that calls a function or reads a
 * variable, a local or an instance key. References to other resources alone read the same.
 */
function needsEvaluation(part: Record<string, unknown>, resources: Iterable<Lite>): boolean {
  if (isObject(part.variable) || isObject(part.locals)) return true;
  // An output through a function (`nonsensitive(...)` no longer carries what it reads).
  if (isObject(part.output) && EVALUATED.test(JSON.stringify(part.output))) return true;
  for (const r of resources) {
    if (r.values.count !== undefined || r.values.for_each !== undefined) return true;
    if (EVALUATED.test(JSON.stringify(r.values))) return true;
  }
  return false;
}

/**
 * A construct node with the values its resource is written with (escape hatches win). A value the
 * file does not write (`resetX()`, an override to null) is gone, as the lint reads it, unless
 * the construct's carried intent holds it (a declared metro, a required resiliency).
 */
function overlay<T extends NodeBase>(node: T, written: Record<string, unknown>, list: typeof LISTS[number]): T {
  const out: Record<string, unknown> = { ...(node as unknown as Record<string, unknown>) };
  const unresolved = new Set(node.unresolved ?? []);
  for (const [k, v] of Object.entries(written)) {
    if (STRUCTURAL.has(k)) continue;
    if (v === undefined) {
      if (out[k] !== undefined && !isCarriedIntent(list, k)) out[k] = undefined;
      continue;
    }
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
