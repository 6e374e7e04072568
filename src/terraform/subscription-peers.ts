/**
 * What the lint gives each root module it judges about the others of the same run
 * (`SubscriptionPeers`, `subscriptionPeersOf`). The synth judges every stack of an app at once, so
 * its quota rules count every stack whose provider configuration names one subscription id
 * together; the lint reads each stack of `cdktf.out` as a root module of its own, and hands each
 * the circuits and Direct ports of the others in a subscription it names by id too, so that `lint
 * cdktf.out` counts them as the synth did. A module read alone (one stack's directory) sees no
 * peers: the lint then counts that stack alone, which can miss a quota, never invent one. A stack
 * the synth checked is given the stacks the synth checked with it only: the synth does not check a
 * stack without any of the constructs, nor count its circuits.
 */
import { SubscriptionPeers, withSubscriptionPeers } from '../model/subscription';
import { CircuitNode, NamedResourceNode, PortNode, Topology } from '../model/topology';

/** One root module of a lint run. */
export interface PeerModule {
  /** Tells the module apart in keys: its directory (`cdktf.out/stacks/b`). */
  readonly label: string;
  /** Names the module's configurations as the synth names them: the stack's name (`b`). */
  readonly name: string;
  readonly topology: Topology;
  /** The subscription ids its own circuits and ports name literally (`literalIdsOf`). */
  readonly ids: ReadonlySet<string>;
  /** Whether a synth checked it (it carries the synth's `"//".expressroute-metro` metadata). */
  readonly checkedAtSynth: boolean;
}

/** The subscription ids a module's own circuits and ports name literally. */
export function literalIdsOf(topology: Topology): Set<string> {
  const ids = new Set<string>();
  for (const list of [topology.circuits, topology.ports]) {
    for (const n of list) if (!n.external && n.subscriptionId !== undefined) ids.add(n.subscriptionId);
  }
  return ids;
}

/** What a module gives the others: its members of the subscription ids another module names too, keyed apart. */
interface Offered {
  readonly circuits: CircuitNode[];
  readonly ports: PortNode[];
  readonly names: NamedResourceNode[];
}

/**
 * Each module's topology (in order) as the rules judge it: where other modules name a subscription
 * id it names too, with their members of it (the circuits on their ports and their names too) as
 * its `SubscriptionPeers`. A peer's keys and paths are prefixed with its module
 * (`cdktf.out/stacks/b:azurerm_...`), since two stacks write the same addresses, and so is its
 * configuration (`cdktf.out/stacks/b/azurerm`), named as the synth names it (`b/azurerm`); the
 * module's own nodes are left as read. A module with no such peer is judged as it was read.
 *
 * The members are offered once per module and the lists handed to the modules that see the same
 * others are shared, not copied per module.
 */
export function withPeersOfRun(modules: readonly PeerModule[]): Topology[] {
  const idsOf = modules.map((m) => m.ids);
  const seen = new Map<string, number>();
  for (const ids of idsOf) for (const id of ids) seen.set(id, (seen.get(id) ?? 0) + 1);
  const shared = new Set([...seen].filter(([, n]) => n > 1).map(([id]) => id));
  if (shared.size === 0) return modules.map((m) => m.topology);
  const sharing = modules.map((_, i) => [...idsOf[i]].filter((id) => shared.has(id)).sort());
  const moduleOf = new Map<CircuitNode | PortNode, number>();
  const names = new Map<string, string>();
  const offered = modules.map((m, i) => (sharing[i].length === 0 ? undefined : offer(m, new Set(sharing[i]), (n) => moduleOf.set(n, i), names)));
  // Module j counts module i's members (j sees i) unless j was checked at synth and i was not.
  const sees = (j: number, i: number) => !(modules[j].checkedAtSynth && !modules[i].checkedAtSynth);
  // The modules of each id, and, per set of ids and kind of module, one pool of their members.
  const modulesOf = new Map<string, number[]>();
  sharing.forEach((ids, i) => {
    for (const id of ids) {
      const list = modulesOf.get(id);
      if (list) list.push(i);
      else modulesOf.set(id, [i]);
    }
  });
  const pools = new Map<string, Offered>();
  const poolOf = (ids: string[], checkedOnly: boolean): Offered => {
    const key = `${checkedOnly}|${ids.join(',')}`;
    let pool = pools.get(key);
    if (!pool) {
      const members = [...new Set(ids.flatMap((id) => modulesOf.get(id)!))].sort((a, b) => a - b)
        .filter((j) => !checkedOnly || modules[j].checkedAtSynth);
      pool = { circuits: [], ports: [], names: [] };
      for (const j of members) {
        pool.circuits.push(...offered[j]!.circuits);
        pool.ports.push(...offered[j]!.ports);
        pool.names.push(...offered[j]!.names);
      }
      pools.set(key, pool);
    }
    return pool;
  };
  return modules.map((m, i) => {
    if (sharing[i].length === 0) return m.topology;
    // The pool holds the module's own offer too: the rules skip it (`isPeer`).
    const pool = poolOf(sharing[i], m.checkedAtSynth);
    if (pool.circuits.length + pool.ports.length === offered[i]!.circuits.length + offered[i]!.ports.length) return m.topology;
    const peers: SubscriptionPeers = {
      ...peerLists(pool, offered[i]!),
      ownLabel: m.label,
      ownName: m.name,
      names,
      isPeer: (n) => moduleOf.has(n),
      countsThis: (n) => sees(moduleOf.get(n)!, i),
    };
    return withSubscriptionPeers(m.topology, peers);
  });
}

/** A pool's members without those of one module's own offer (lazily, once asked). */
function peerLists(pool: Offered, own: Offered): Pick<SubscriptionPeers, 'circuits' | 'ports' | 'resourceNames'> {
  const without = <T>(list: T[], mine: T[]): T[] => {
    if (mine.length === 0) return list;
    const skip = new Set(mine);
    return list.filter((x) => !skip.has(x));
  };
  let circuits: CircuitNode[] | undefined;
  let ports: PortNode[] | undefined;
  let names: NamedResourceNode[] | undefined;
  return {
    get circuits() { return (circuits ??= without(pool.circuits, own.circuits)); },
    get ports() { return (ports ??= without(pool.ports, own.ports)); },
    get resourceNames() { return (names ??= without(pool.names, own.names)); },
  };
}

/**
 * A module's circuits and ports of the subscription ids in `ids`, the circuits on those ports, and
 * their names, keyed apart; each node is handed to `mark`, and each configuration's name recorded
 * in `names`.
 */
function offer(m: PeerModule, ids: Set<string>, mark: (n: CircuitNode | PortNode) => void, names: Map<string, string>): Offered {
  const inShared = (n: CircuitNode | PortNode) => !n.external && n.subscriptionId !== undefined && ids.has(n.subscriptionId);
  const ports = m.topology.ports.filter(inShared);
  const portKeys = new Set(ports.map((p) => p.key));
  const circuits = m.topology.circuits.filter((c) => inShared(c) || (c.portKey !== undefined && portKeys.has(c.portKey)));
  const keys = new Set([...ports, ...circuits].map((n) => n.key));
  const key = (k: string) => `${m.label}:${k}`;
  const configuration = (n: CircuitNode | PortNode): string | undefined => {
    if (n.subscription === undefined) return undefined;
    const labelled = `${m.label}/${n.subscription}`;
    names.set(labelled, `${m.name}/${n.subscription}`);
    return labelled;
  };
  const marked = <T extends CircuitNode | PortNode>(n: T): T => {
    mark(n);
    return n;
  };
  return {
    ports: ports.map((p) => marked({ ...p, key: key(p.key), path: key(p.path), subscription: configuration(p) })),
    circuits: circuits.map((c) => marked({
      ...c, key: key(c.key), path: key(c.path), subscription: configuration(c), portKey: c.portKey === undefined ? undefined : key(c.portKey),
    })),
    names: (m.topology.resourceNames ?? []).filter((n) => keys.has(n.key)).map((n) => ({ ...n, key: key(n.key), path: key(n.path) })),
  };
}
