/**
 * "Did you mean" for names typed by hand: peering locations, metros, providers.
 */

import { listed } from '../model/text';

/** Keys already computed, bounded so that a long-lived process does not grow without end. */
const nameKeys = new Map<string, string>();
const MAX_NAME_KEYS = 10_000;

/** The form two names are compared in: no accents, lower case, single spaces. */
export function nameKey(name: string): string {
  // Rules ask for the keys of the same few names thousands of times in a large app.
  let key = nameKeys.get(name);
  if (key === undefined) {
    key = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase().replace(/\s+/g, ' ');
    if (nameKeys.size >= MAX_NAME_KEYS) nameKeys.clear();
    nameKeys.set(name, key);
  }
  return key;
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment): `Equinx` is 1 from
 * `Equinix`, `Amsterdam Metr0` 1 from `Amsterdam Metro`, `Eqiunix` 1 from `Equinix`.
 */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev2: number[] = [];
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur.push(d);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[n];
}

/**
 * The candidates closest to a typed name, best first: at most `max`, each within a distance
 * that grows with the name's length (1 for short names, a quarter of the length for long ones),
 * so unrelated names are never offered.
 */
export function closestNames(typed: string, candidates: Iterable<string>, max = 3): string[] {
  const key = nameKey(typed);
  if (key === '') return [];
  const limit = Math.max(1, Math.floor(key.length / 4));
  const scored = new Map<string, number>();
  for (const c of candidates) {
    const ck = nameKey(c);
    if (ck === key) continue;
    const d = editDistance(key, ck);
    if (d > limit) continue;
    const before = scored.get(c);
    if (before === undefined || d < before) scored.set(c, d);
  }
  return [...scored.entries()]
    .sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .slice(0, max)
    .map(([c]) => c);
}

/** ` Did you mean "A" or "B"?`, or an empty string. */
export function didYouMean(names: string[]): string {
  if (names.length === 0) return '';
  return ` Did you mean ${listed(names.map((n) => `"${n}"`), 'or')}?`;
}
