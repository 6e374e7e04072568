/**
 * One pinned verdict of one rule: a topology and the exact findings of that rule on it.
 *
 * Every `*.cases.ts` file in this folder exports `CASES: VerdictCase[]`; `verdicts.test.ts` runs
 * them all with the whole built-in registry (so a case also shows that no other rule hides or
 * replaces the verdict) and checks that every built-in rule has a failing and a passing case.
 */
import { MetroCatalog } from '../../../src/catalog/metro-catalog';
import { Topology } from '../../../src/model/topology';
import { RuleEngine } from '../../../src/rules/engine';
import { Finding, Severity } from '../../../src/rules/finding';

/** One finding the case expects. */
export interface ExpectedFinding {
  /** The subject's path (the fixture's key). */
  readonly subject: string;
  /** The model property the finding is on. */
  readonly property: string;
  readonly severity: Severity;
}

/** A pinned verdict. */
export interface VerdictCase {
  /** The rule under test. */
  readonly ruleId: string;
  /** What the case shows, in a few words. */
  readonly name: string;
  /** Builds the topology (a fresh one each time). */
  readonly topology: () => Topology;
  /** Every unsuppressed finding of `ruleId` expected; empty: the rule must not fire. */
  readonly expect: readonly ExpectedFinding[];
  /**
   * The catalog to judge with.
   * @default MetroCatalog.builtIn()
   */
  readonly catalog?: () => MetroCatalog;
}

/** The unsuppressed findings of the case's rule. */
export function findingsOf(c: VerdictCase): Finding[] {
  const engine = new RuleEngine(c.catalog ? { catalog: c.catalog() } : {});
  return engine.validate(c.topology()).findings.filter((f) => f.ruleId === c.ruleId && !f.suppressed);
}

/** Findings in the expectation's shape, sorted. */
export function verdictOf(findings: Finding[]): ExpectedFinding[] {
  return findings.map((f) => ({ subject: f.path, property: f.property, severity: f.severity })).sort(byText);
}

/** Sorts expectations so that two lists compare as sets. */
export function byText(a: ExpectedFinding, b: ExpectedFinding): number {
  const x = `${a.subject}|${a.property}|${a.severity}`;
  const y = `${b.subject}|${b.property}|${b.severity}`;
  return x < y ? -1 : x > y ? 1 : 0;
}
