/**
 * What the constructs know that Terraform does not carry, written into each stack's
 * `cdk.tf.json` under the root comment key (`"//"`, which Terraform ignores) and joined back by
 * the lint, so that `expressroute-metro lint cdktf.out` gives the synth's verdict:
 *
 * - `intent.flags` and `intent.nodes`: per Terraform address, the declared intent (a Metro
 *   circuit, the metro of a port, the resiliency a gateway must reach, a test connection, ...);
 * - `intent.external`: resources the stack does not manage (`fromCircuitAttributes`, ...),
 *   whole, and `intent.links` from managed resources to them;
 * - `intent.migrations`: the migrations, with their phase and roles;
 * - `catalog`: the catalog in force (its date, and its data when it is not the built-in one);
 * - `companyRules`: the ids of the company rules the synth ran (`lint --rules <module>` loads them);
 * - `azurermVersion`: the azurerm constraint the rules judged against.
 * Suppressions travel next to these (`carried-suppressions.ts`).
 */
import { MetroCatalog } from '../catalog/metro-catalog';
import { MetroCatalogData } from '../catalog/types';
import { MigrationNode, NodeBase, Topology } from '../model/topology';
import { isObject } from './records';

/** Key under the document's `"//"` comment that holds this library's metadata. */
export const METADATA_KEY = 'expressroute-metro';

/**
 * Set (to a sentence) under METADATA_KEY in a stack file written by a synth that failed under the
 * cdktf CLI: the file holds nothing of the stack, and the lint refuses it instead of passing it.
 */
export const SYNTH_FAILED_KEY = 'validationFailed';

/** The sentence under SYNTH_FAILED_KEY of a document written by a failed synth; undefined otherwise. */
export function synthFailure(doc: unknown): string | undefined {
  const comment = typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>)['//'] : undefined;
  const ours = typeof comment === 'object' && comment !== null ? (comment as Record<string, unknown>)[METADATA_KEY] : undefined;
  const failed = typeof ours === 'object' && ours !== null ? (ours as Record<string, unknown>)[SYNTH_FAILED_KEY] : undefined;
  return typeof failed === 'string' ? failed : undefined;
}

/** Node lists that carry intent. */
export type IntentList = 'circuits' | 'ports' | 'gateways' | 'connections';
const INTENT_LISTS: IntentList[] = ['circuits', 'ports', 'gateways', 'connections'];

/** Per list, the fields only the constructs know (a Terraform attribute carries none of them). */
const INTENT_FIELDS: Record<IntentList | 'globalReach', string[]> = {
  circuits: ['declaredMetro'],
  ports: ['metro', 'enrolled400G', 'peeringLocationDefaulted', 'bringUpStage'],
  gateways: ['requiredResiliency', 'resiliencyModel', 'virtualNetworkAddressSpaces', 'gatewaySubnetPrefix', 'virtualNetwork'],
  connections: ['purpose'],
  globalReach: [],
};

/** Values the rules read like an absent field: not carried. */
const DEFAULTS: Record<string, unknown> = { declaredMetro: false, peeringLocationDefaulted: false, purpose: 'Production' };

/** Whether an intent field's value travels. */
const carries = (field: string, value: unknown) => value !== undefined && value !== DEFAULTS[field];

/** Fields that hold another node's key. */
const LINK_FIELDS = ['circuitKey', 'portKey', 'gatewayKey', 'peerCircuitKey', 'routeFilterKey'];

/** Whether a construct's `field` of a node in `list` travels as carried intent (Terraform does not write it). */
export function isCarriedIntent(list: string, field: string): boolean {
  const fields = (INTENT_FIELDS as Record<string, string[] | undefined>)[list];
  return fields !== undefined && fields.includes(field);
}

/**
 * Node lists whose links to an imported handle travel: a link to a handle Terraform does not
 * manage has no reference to follow; a link to a handle that stands for a resource the stack
 * writes may name it as `<id>/peerings/AzurePrivatePeering` (a Virtual WAN connection, Global
 * Reach), which names the circuit but is not a reference to its peering.
 */
const LINKING_LISTS = [...INTENT_LISTS, 'globalReach'] as const;

/** Intent fields that are flags: carried as the list of addresses where they are true (1,000 Metro circuits write 1,000 strings, not 1,000 objects). */
const FLAG_FIELDS = new Set(['declaredMetro', 'enrolled400G', 'peeringLocationDefaulted']);

/** The intent of one stack, keyed by Terraform address (managed) or construct path (external). */
export interface CarriedIntent {
  readonly flags?: Record<string, string[]>;
  readonly nodes?: Record<string, Record<string, unknown>>;
  readonly external?: Partial<Record<IntentList, NodeBase[]>>;
  readonly migrations?: MigrationNode[];
}

/** The catalog a synth judged with. */
export interface CarriedCatalog {
  /** The date of its data. */
  readonly asOf: string;
  /** Whether it is the built-in catalog, unchanged. */
  readonly builtIn: boolean;
  /** Its data, when it is not the built-in catalog (an overlay or a replacement). */
  readonly data?: MetroCatalogData;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The intent of the nodes of one stack. `addressOf` gives the Terraform address of a node the
 * stack manages; a node without one is external (or in another stack) and travels whole. An
 * imported handle (`fromPortAttributes`, ...) with an address stands for a resource the stack
 * writes (`written.ts`): its intent travels on that resource, and links to it as the resource's
 * address (`LINKING_LISTS`).
 */
export function collectIntent(topology: Topology, inStack: (path: string) => boolean, addressOf: (key: string) => string | undefined): CarriedIntent | undefined {
  const ref = (key: string) => addressOf(key) ?? key;
  const nodes: Record<string, Record<string, unknown>> = {};
  const flags: Record<string, string[]> = {};
  const external: Partial<Record<IntentList, NodeBase[]>> = {};
  /** Imported handles: external, or standing for a resource (with an address). */
  const handles = new Set<string>();
  for (const list of INTENT_LISTS) for (const n of topology[list] as NodeBase[]) if (n.external) handles.add(n.key);
  let any = false;
  for (const list of LINKING_LISTS) {
    for (const n of topology[list] as NodeBase[]) {
      if (!inStack(n.path)) continue;
      const record = n as unknown as Record<string, unknown>;
      const address = addressOf(n.key);
      if (address === undefined) {
        if (!n.external || list === 'globalReach') continue;
        const copy: Record<string, unknown> = { ...record };
        for (const f of LINK_FIELDS) if (typeof copy[f] === 'string') copy[f] = ref(copy[f] as string);
        (external[list] ??= []).push(copy as unknown as NodeBase);
        any = true;
        continue;
      }
      // Two handles of one resource: both intents travel on it, the later one's fields winning (as `withIntentOf`).
      const fields: Record<string, unknown> = (n.external ? nodes[address] : undefined) ?? {};
      for (const f of INTENT_FIELDS[list]) {
        const v = record[f];
        if (!carries(f, v)) continue;
        if (v === true && FLAG_FIELDS.has(f)) {
          (flags[f] ??= []).push(address);
          any = true;
        } else {
          fields[f] = v;
        }
      }
      for (const f of LINK_FIELDS) if (typeof record[f] === 'string' && handles.has(record[f] as string)) fields[f] = ref(record[f] as string);
      if (Object.keys(fields).length > 0) {
        nodes[address] = fields;
        any = true;
      }
    }
  }
  const migrations = topology.migrations.filter((m) => inStack(m.path)).map((m) => ({
    ...m,
    sourceCircuitKey: m.sourceCircuitKey === undefined ? undefined : ref(m.sourceCircuitKey),
    targetCircuitKey: m.targetCircuitKey === undefined ? undefined : ref(m.targetCircuitKey),
    productionGatewayKeys: m.productionGatewayKeys.map(ref),
    testGatewayKey: m.testGatewayKey === undefined ? undefined : ref(m.testGatewayKey),
  }));
  if (!any && migrations.length === 0) return undefined;
  return {
    ...(Object.keys(flags).length > 0 ? { flags } : {}),
    ...(Object.keys(nodes).length > 0 ? { nodes } : {}),
    ...(Object.keys(external).length > 0 ? { external } : {}),
    ...(migrations.length > 0 ? { migrations } : {}),
  };
}

/**
 * `node` with the intent of an imported handle that stands for it (`from`): the synth's side of
 * what `collectIntent` carries for the handle and `joinCarriedIntent` joins into the resource.
 */
export function withIntentOf<T extends NodeBase>(node: T, from: NodeBase, list: IntentList): T {
  const source = from as unknown as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  for (const f of INTENT_FIELDS[list]) if (carries(f, source[f])) (out ??= { ...node as unknown as Record<string, unknown> })[f] = source[f];
  return (out ?? node) as T;
}

/** This library's part of a document's `"//"` comment. */
export function carriedMetadata(doc: unknown): Record<string, unknown> | undefined {
  const comment = isObject(doc) ? doc['//'] : undefined;
  const ours = isObject(comment) ? comment[METADATA_KEY] : undefined;
  return isObject(ours) ? ours : undefined;
}

/** The stack a `cdk.tf.json` is, as cdktf records it (`"//".metadata.stackName`, its directory's name). */
export function writtenStackName(doc: unknown): string | undefined {
  const comment = isObject(doc) ? doc['//'] : undefined;
  const metadata = isObject(comment) ? comment.metadata : undefined;
  const name = isObject(metadata) ? metadata.stackName : undefined;
  return typeof name === 'string' && name !== '' ? name : undefined;
}

/**
 * Joins the intent carried in a document into the topology read from it (keys are Terraform
 * addresses). Entries that do not have the expected shape are skipped with a note.
 */
export function joinCarriedIntent(topology: Topology, doc: unknown, notes: string[]): Topology {
  const intent = carriedMetadata(doc)?.intent;
  if (intent === undefined) return topology;
  if (!isObject(intent)) {
    notes.push(`"//".${METADATA_KEY}.intent is not an object; the constructs' intent is not joined.`);
    return topology;
  }
  const t = { ...topology } as Mutable<Topology>;
  const nodes = isObject(intent.nodes) ? intent.nodes : {};
  const flagged = new Map<string, string[]>();
  if (isObject(intent.flags)) {
    for (const [f, list] of Object.entries(intent.flags)) {
      if (!FLAG_FIELDS.has(f) || !Array.isArray(list)) continue;
      for (const address of list) if (typeof address === 'string') flagged.set(address, [...(flagged.get(address) ?? []), f]);
    }
  }
  for (const list of LINKING_LISTS) {
    const allowed = new Set([...INTENT_FIELDS[list], ...LINK_FIELDS]);
    const joined = (t[list] as NodeBase[]).map((n) => {
      const fields = nodes[n.key];
      const flags = flagged.get(n.key);
      if (!isObject(fields) && !flags) return n;
      const out: Record<string, unknown> = { ...n };
      if (isObject(fields)) for (const [f, v] of Object.entries(fields)) if (allowed.has(f)) out[f] = v;
      for (const f of flags ?? []) if (allowed.has(f)) out[f] = true;
      return out as unknown as NodeBase;
    });
    const external = list !== 'globalReach' && isObject(intent.external) && Array.isArray(intent.external[list]) ? intent.external[list] as unknown[] : [];
    for (const e of external) {
      if (isObject(e) && typeof e.key === 'string' && typeof e.path === 'string') joined.push({ ...e, external: true } as unknown as NodeBase);
      else notes.push(`"//".${METADATA_KEY}.intent.external.${list}: an entry without key and path; skipped.`);
    }
    (t as unknown as Record<string, NodeBase[]>)[list] = joined;
  }
  if (Array.isArray(intent.migrations)) {
    t.migrations = [...t.migrations, ...intent.migrations.filter((m): m is MigrationNode => isObject(m) && typeof m.key === 'string'
      && typeof m.phase === 'string' && Array.isArray(m.productionGatewayKeys))];
  }
  return t;
}

/** The catalog a synth carried into a document, when it is not the built-in one. */
export function carriedCatalog(doc: unknown): MetroCatalog | undefined {
  const c = carriedMetadata(doc)?.catalog;
  if (!isObject(c) || c.builtIn === true || !isObject(c.data)) return undefined;
  return MetroCatalog.fromData(c.data as unknown as MetroCatalogData);
}

/** The ids of the company rules a synth ran. */
export function carriedCompanyRules(doc: unknown): string[] {
  const ids = carriedMetadata(doc)?.companyRules;
  return Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [];
}

/** What the synth writes under `"//".expressroute-metro` besides suppressions. */
export function metadataFor(intent: CarriedIntent | undefined, catalog: MetroCatalog, companyRules: string[], azurermVersion: string): Record<string, unknown> {
  const builtIn = catalog === MetroCatalog.builtIn();
  const carried: CarriedCatalog = builtIn ? { asOf: catalog.asOf, builtIn } : { asOf: catalog.asOf, builtIn, data: catalog.toData() };
  return {
    ...(intent ? { intent } : {}),
    catalog: carried,
    ...(companyRules.length > 0 ? { companyRules } : {}),
    azurermVersion,
  };
}

/** The construct path cdktf records for a resource (`"//".metadata.path`). */
export function constructPathOf(values: Record<string, unknown>): string | undefined {
  const meta = isObject(values['//']) ? values['//'].metadata : undefined;
  return isObject(meta) && typeof meta.path === 'string' ? meta.path : undefined;
}

/** Output name -> construct path, from the `"//".outputs` tree cdktf writes. */
export function outputPaths(doc: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const comment = isObject(doc) ? doc['//'] : undefined;
  const walk = (node: unknown, prefix: string, depth: number) => {
    if (depth > 64 || !isObject(node)) return;
    for (const [k, v] of Object.entries(node)) {
      const p = prefix === '' ? k : `${prefix}/${k}`;
      if (typeof v === 'string') out.set(v, p);
      else walk(v, p, depth + 1);
    }
  };
  walk(isObject(comment) ? comment.outputs : undefined, '', 0);
  return out;
}
