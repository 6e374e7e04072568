/**
 * What the lint gives each root module it judges about the others of the same run
 * (`Topology.subscriptionPeers`). The synth judges every stack of an app at once, so its quota
 * rules count every stack whose provider configuration names one subscription id together; the
 * lint reads each stack of `cdktf.out` as a root module of its own, and hands each the circuits
 * and Direct ports of the others in a subscription it names by id too, so that `lint cdktf.out`
 * counts them as the synth did. A module read alone (one stack's directory) sees no peers: the
 * lint then counts that stack alone, which can miss a quota, never invent one. A stack the synth
 * checked is given the stacks the synth checked with it only: the synth does not check a stack
 * without any of the constructs, nor count its circuits.
 */
import { CircuitNode, emptyTopology, NamedResourceNode, PortNode, Topology } from '../model/topology';

/** One root module of a lint run. */
export interface PeerModule {
  /** Names the module in keys and messages: its directory (`cdktf.out/stacks/b`). */
  readonly label: string;
  readonly topology: Topology;
  /** Whether a synth checked it (it carries the synth's `"//".expressroute-metro` metadata). */
  readonly checkedAtSynth: boolean;
}

/** What a module may give the others: its members of a subscription id, keyed apart from theirs. */
interface Offered {
  readonly ids: Set<string>;
  readonly circuits: CircuitNode[];
  readonly ports: PortNode[];
  readonly names: NamedResourceNode[];
}

/**
 * Each module's topology (in order) as the rules judge it: where other modules name a subscription
 * id it names too, with their members of it (the circuits on their ports and their names too) as
 * `subscriptionPeers`, and the configuration of its own members of an id named with the module
 * (`cdktf.out/stacks/a/azurerm`, as the synth names it with the stack, `a/azurerm`), so that the
 * rules tell the configurations apart, name them, and pick the member a finding is on as the synth
 * does. A peer's keys are prefixed with its module too (`cdktf.out/stacks/b:azurerm_...`), since two
 * stacks write the same addresses. A module with no such peer is judged as it was read.
 */
export function withSubscriptionPeers(modules: readonly PeerModule[]): Topology[] {
  const idsOf = modules.map((m) => new Set([...m.topology.circuits, ...m.topology.ports]
    .filter((n) => !n.external && n.subscriptionId !== undefined).map((n) => n.subscriptionId!)));
  const seen = new Map<string, number>();
  for (const ids of idsOf) for (const id of ids) seen.set(id, (seen.get(id) ?? 0) + 1);
  const shared = new Set([...seen].filter(([, n]) => n > 1).map(([id]) => id));
  if (shared.size === 0) return modules.map((m) => m.topology);
  const offered = modules.map((m, i) => offer(m, new Set([...idsOf[i]].filter((id) => shared.has(id)))));
  return modules.map((m, i) => {
    if (![...idsOf[i]].some((id) => shared.has(id))) return m.topology;
    const peers = emptyTopology();
    const names: NamedResourceNode[] = [];
    offered.forEach((o, j) => {
      if (j === i || (m.checkedAtSynth && !modules[j].checkedAtSynth) || ![...o.ids].some((id) => idsOf[i].has(id))) return;
      peers.circuits.push(...o.circuits);
      peers.ports.push(...o.ports);
      names.push(...o.names);
    });
    if (peers.circuits.length + peers.ports.length === 0) return m.topology;
    const own = <T extends CircuitNode | PortNode>(n: T): T => (n.subscriptionId === undefined ? n : { ...n, subscription: configurationOf(m, n) });
    return { ...m.topology, circuits: m.topology.circuits.map(own), ports: m.topology.ports.map(own), subscriptionPeers: { ...peers, resourceNames: names } };
  });
}

/** A node's configuration named with its module (`cdktf.out/stacks/a/azurerm`). */
function configurationOf(m: PeerModule, n: CircuitNode | PortNode): string | undefined {
  return n.subscription === undefined ? undefined : `${m.label}/${n.subscription}`;
}

/** A module's circuits and ports of the subscription ids in `ids`, the circuits on those ports, and their names, keyed apart. */
function offer(m: PeerModule, ids: Set<string>): Offered {
  const inShared = (n: CircuitNode | PortNode) => !n.external && n.subscriptionId !== undefined && ids.has(n.subscriptionId);
  const ports = m.topology.ports.filter(inShared);
  const portKeys = new Set(ports.map((p) => p.key));
  const circuits = m.topology.circuits.filter((c) => inShared(c) || (c.portKey !== undefined && portKeys.has(c.portKey)));
  const keys = new Set([...ports, ...circuits].map((n) => n.key));
  const key = (k: string) => `${m.label}:${k}`;
  return {
    ids,
    ports: ports.map((p) => ({ ...p, key: key(p.key), path: key(p.path), subscription: configurationOf(m, p) })),
    circuits: circuits.map((c) => ({
      ...c, key: key(c.key), path: key(c.path), subscription: configurationOf(m, c), portKey: c.portKey === undefined ? undefined : key(c.portKey),
    })),
    names: (m.topology.resourceNames ?? []).filter((n) => keys.has(n.key)).map((n) => ({ ...n, key: key(n.key), path: key(n.path) })),
  };
}

