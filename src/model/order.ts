import { configurationOrder, SubscriptionPeers, subscriptionPeersOf } from './subscription';
import type { CircuitNode, NamedResourceNode, NodeBase, PortNode, Topology } from './topology';

/**
 * Ordinal text order (UTF-16 code units). Unlike `localeCompare`, it gives the same order on
 * every machine whatever its locale, and costs no ICU collator start-up.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Node key -> the literal Azure name of its resource of `resourceType` (`topology.resourceNames`),
 * those of its subscription peers (`subscriptionPeersOf`) included.
 */
export function azureNamesOf(topology: Topology, resourceType: string): Map<string, NamedResourceNode> {
  const names = new Map<string, NamedResourceNode>();
  for (const list of [topology.resourceNames, subscriptionPeersOf(topology)?.resourceNames]) {
    for (const n of list ?? []) if (n.resourceType === resourceType) names.set(n.key, n);
  }
  return names;
}

/**
 * The member of a group that a finding about the whole group is reported on, whatever order a
 * front end reads the nodes in: the one whose Azure name (as written, read alike by the synth and
 * the lint) sorts first, then its resource group, then its configuration (`configurationOf`: the
 * stack's name and the provider configuration, `net/azurerm`, on both sides, `configurationOrder`),
 * else the one whose path does. Paths alone would not do: the synth names nodes by
 * construct path, the lint by Terraform address, and the two sort apart (`net/Circuit` before
 * `net/Circuit2`, but `Circuit2_<hash>` before `Circuit_<hash>`); and two stacks give their
 * resources the same default names and addresses.
 */
export function firstMember<T extends NodeBase>(members: readonly T[], names: ReadonlyMap<string, NamedResourceNode>, configurationOf: (m: T) => string): T {
  let first = members[0];
  for (const m of members.slice(1)) {
    const order = compareNamed(names.get(m.key), names.get(first.key)) || compareText(configurationOf(m), configurationOf(first));
    if (order < 0 || (order === 0 && compareText(m.path, first.path) < 0)) first = m;
  }
  return first;
}

/**
 * The member of a quota group its finding is reported on here (`firstMember`), or none: of the
 * modules of a lint that count the group, the one that owns the member picks it, the others do
 * not report. A peer whose module does not count this module's members (a stack the synth
 * checked does not count one it did not) is never picked, since it will not report.
 */
export function quotaSubject<T extends CircuitNode | PortNode>(members: readonly T[], named: ReadonlyMap<string, NamedResourceNode>, peers: SubscriptionPeers | undefined): T | undefined {
  const candidates = peers === undefined ? members : members.filter((m) => !peers.isPeer(m) || peers.countsThis(m));
  if (candidates.length === 0) return undefined;
  const first = firstMember(candidates, named, (m) => configurationOrder(m, peers));
  return peers?.isPeer(first) ? undefined : first;
}

/** Named before unnamed; by name, then by resource group (known before not known). */
function compareNamed(a: NamedResourceNode | undefined, b: NamedResourceNode | undefined): number {
  if (a === undefined || b === undefined) return a !== undefined ? -1 : b !== undefined ? 1 : 0;
  const byName = compareText(a.name, b.name);
  if (byName !== 0) return byName;
  if (a.resourceGroupName === undefined || b.resourceGroupName === undefined) {
    return a.resourceGroupName !== undefined ? -1 : b.resourceGroupName !== undefined ? 1 : 0;
  }
  return compareText(a.resourceGroupName, b.resourceGroupName);
}
