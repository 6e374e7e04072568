/**
 * azurerm provider version constraints: the lowest version a constraint admits, so that rules
 * can tell whether every version in the range supports a value.
 */

/** A version as [major, minor, patch]. */
export type Version = [number, number, number];

/** Parses `4.60.0`, `4.60` or `v4.60.0`. */
export function parseVersion(text: string): Version | undefined {
  const m = /^\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-+].*)?\s*$/.exec(text);
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
}

/** Compares two versions. */
export function compareVersions(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** The operator and version of each part of a constraint (`>= 4.60.0, < 5.0.0`); undefined when a part cannot be read. */
function constraintParts(constraint: string | undefined): Array<{ op: string; v: Version; text: string }> | undefined {
  if (constraint === undefined) return undefined;
  const parts: Array<{ op: string; v: Version; text: string }> = [];
  for (const part of constraint.split(',')) {
    const m = /^\s*(>=|>|=|~>|!=|<=|<)?\s*(\S+)\s*$/.exec(part);
    const v = m ? parseVersion(m[2]) : undefined;
    if (!m || !v) return undefined;
    parts.push({ op: m[1] ?? '=', v, text: m[2] });
  }
  return parts;
}

/**
 * The lowest version a Terraform version constraint admits (`>= 4.60.0, < 5.0.0` gives 4.60.0,
 * `4.55.0` gives 4.55.0, `~> 4.0` gives 4.0.0). Undefined when it has no lower bound or cannot
 * be read: callers then judge nothing.
 */
export function lowestAdmitted(constraint: string | undefined): Version | undefined {
  const parts = constraintParts(constraint);
  if (parts === undefined) return undefined;
  let lowest: Version | undefined;
  for (const { op, v } of parts) {
    if (op === '<' || op === '<=' || op === '!=') continue;
    const candidate: Version = op === '>' ? [v[0], v[1], v[2] + 1] : v;
    if (!lowest || compareVersions(candidate, lowest) > 0) lowest = candidate;
  }
  return lowest;
}

/** Whether every version the constraint admits is at least `minimum`; undefined when unknown. */
export function admitsOnlyFrom(constraint: string | undefined, minimum: string): boolean | undefined {
  const low = lowestAdmitted(constraint);
  const min = parseVersion(minimum);
  if (!low || !min) return undefined;
  return compareVersions(low, min) >= 0;
}

/** An upper bound of a constraint: every admitted version is below it (or at it, when inclusive). */
export interface UpperBound {
  readonly version: Version;
  readonly inclusive: boolean;
}

/**
 * The tightest upper bound of a Terraform version constraint (`< 5.0.0`, `<= 4.81.0`, `= 4.60.0`,
 * `~> 4.60` gives `< 5.0.0`, `~> 4.60.1` gives `< 4.61.0`). Undefined when it has none (`>= 4.60`)
 * or cannot be read.
 */
export function highestAdmitted(constraint: string | undefined): UpperBound | undefined {
  const parts = constraintParts(constraint);
  if (parts === undefined) return undefined;
  let best: UpperBound | undefined;
  for (const { op, v, text } of parts) {
    let bound: UpperBound | undefined;
    if (op === '<') bound = { version: v, inclusive: false };
    else if (op === '<=' || op === '=') bound = { version: v, inclusive: true };
    else if (op === '~>') {
      const components = text.replace(/^v/, '').split(/[-+]/)[0].split('.').length;
      bound = { version: components >= 3 ? [v[0], v[1] + 1, 0] : [v[0] + 1, 0, 0], inclusive: false };
    }
    if (!bound) continue;
    const c = best ? compareVersions(bound.version, best.version) : -1;
    if (!best || c < 0 || (c === 0 && !bound.inclusive)) best = bound;
  }
  return best;
}

/** Whether every version the constraint admits is below `limit`; undefined when it has no upper bound. */
export function admitsOnlyBelow(constraint: string | undefined, limit: string): boolean | undefined {
  const high = highestAdmitted(constraint);
  const lim = parseVersion(limit);
  if (!high || !lim) return undefined;
  const c = compareVersions(high.version, lim);
  return c < 0 || (c === 0 && !high.inclusive);
}

/** The range stacks with these constructs declare unless the user sets another. */
export const DEFAULT_AZURERM_CONSTRAINT = '>= 4.60.0, < 5.0.0';
