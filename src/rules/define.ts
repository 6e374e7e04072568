import { NodeBase } from '../model/topology';
import { compareText } from '../model/order';
import { Severity } from './finding';
import { IRule, IRuleContext, isUnresolved, RuleBasis } from './rule';
import { listed } from '../model/text';

/** Optional metadata of a built-in rule. */
export interface RuleOptions {
  /** @default true */
  readonly suppressible?: boolean;
  /** @default - not quoted yet */
  readonly basis?: RuleBasis;
}

/** Builds a rule object from its metadata and check function. */
export function defineRule(
  id: string, severity: Severity, title: string, source: string, check: (ctx: IRuleContext) => void, options: RuleOptions = {},
): IRule {
  return { id, severity, title, source, check, ...(options.suppressible === false ? { suppressible: false } : {}), ...(options.basis ? { basis: options.basis } : {}) };
}

/** The value when it was given and is known; undefined otherwise (unknown values are not judged). */
export function known<T>(node: NodeBase, property: string, value: T | undefined): T | undefined {
  return value === undefined || isUnresolved(node, property) ? undefined : value;
}

/** Whether a property was given, known or not. */
export function given(node: NodeBase, property: string, value: unknown): boolean {
  return value !== undefined || isUnresolved(node, property);
}

/** `a, b or c` for messages. */
export function oneOf(values: Array<string | number>): string {
  return listed(values.map(String), 'or');
}

/** Case-insensitive equality. */
export function sameText(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Groups items by a key, keeping only the groups of two or more, in first-seen order. Rules
 * report every member of a group: which one came "first" depends on the order a front end reads
 * nodes in, and the synth and the lint must give the same verdict.
 */
export function duplicates<T>(items: Iterable<T>, keyOf: (item: T) => string | number | undefined): T[][] {
  const groups = new Map<string | number, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const out: T[][] = [];
  for (const g of groups.values()) if (g.length > 1) out.push(g);
  return out;
}

/** The other members' paths, sorted (a message must not depend on node order), for a message. */
export function others(group: NodeBase[], me: NodeBase): string {
  return group.filter((n) => n !== me).map((n) => n.path).sort(compareText).join(', ');
}
