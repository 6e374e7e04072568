import type { NodeBase, Topology } from './topology';

/**
 * Ordinal text order (UTF-16 code units). Unlike `localeCompare`, it gives the same order on
 * every machine whatever its locale, and costs no ICU collator start-up.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Node key -> the literal Azure name of its resource of `resourceType` (`topology.resourceNames`). */
export function azureNamesOf(topology: Topology, resourceType: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const n of topology.resourceNames ?? []) if (n.resourceType === resourceType) names.set(n.key, n.name);
  return names;
}

/**
 * The member of a group that a finding about the whole group is reported on, whatever order a
 * front end reads the nodes in: the one whose Azure name (as written, read alike by the synth and
 * the lint) sorts first, else the one whose path does. Paths alone would not do: the synth names
 * nodes by construct path, the lint by Terraform address, and the two sort apart (`net/Circuit`
 * before `net/Circuit2`, but `Circuit2_<hash>` before `Circuit_<hash>`).
 */
export function firstMember<T extends NodeBase>(members: readonly T[], names: ReadonlyMap<string, string>): T {
  let first = members[0];
  for (const m of members.slice(1)) {
    const a = names.get(m.key);
    const b = names.get(first.key);
    const order = a !== undefined && b !== undefined ? compareText(a, b) : a !== undefined ? -1 : b !== undefined ? 1 : 0;
    if (order < 0 || (order === 0 && compareText(m.path, first.path) < 0)) first = m;
  }
  return first;
}
