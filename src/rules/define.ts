import { NodeBase } from '../model/topology';
import { Severity } from './finding';
import { IRule, IRuleContext, isUnresolved, RuleBasis } from './rule';

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
  const items = values.map(String);
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** Case-insensitive equality. */
export function sameText(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
}
