import { MetroCatalog } from '../catalog/metro-catalog';
import { Topology } from '../model/topology';
import { compareFindings, Finding, renderValue, Severity } from './finding';
import { IRule, ProblemReport, TopologyIndex } from './rule';
import { RuleRegistry } from './registry';
import { withCidrMemo } from './ip';
import { instanceSuffix } from '../model/instances';

/** A suppression of one rule on one subject (and everything below it), with a reason. */
export interface Suppression {
  /** The rule id to suppress. */
  readonly ruleId: string;
  /**
   * The subject path: a construct path (covers its children too) or a Terraform address.
   * `*` covers every subject.
   */
  readonly path: string;
  /** Why: shown in the report next to the suppressed finding. Required. */
  readonly reason: string;
}

/** Options of a validation run. */
export interface RuleEngineOptions {
  /**
   * The Metro catalog.
   * @default MetroCatalog.builtIn()
   */
  readonly catalog?: MetroCatalog;
  /**
   * The rules to run.
   * @default RuleRegistry.builtIn()
   */
  readonly registry?: RuleRegistry;
  /**
   * Suppressions.
   * @default - none
   */
  readonly suppressions?: Suppression[];
}

/** The outcome of one run. */
export interface ValidationResult {
  /** Every finding, suppressed ones included (marked), in a deterministic order. */
  readonly findings: Finding[];
  /** Unsuppressed errors. */
  readonly errorCount: number;
  /** Unsuppressed warnings. */
  readonly warningCount: number;
  /** Unsuppressed infos. */
  readonly infoCount: number;
}

/**
 * Runs every registered rule over a topology and returns its findings.
 *
 * Knows nothing of cdktf: the constructs and the Terraform JSON reader both call it.
 */
export class RuleEngine {
  private readonly catalog: MetroCatalog;
  private readonly registry: RuleRegistry;
  private readonly suppressions: Suppression[];

  constructor(options: RuleEngineOptions = {}) {
    this.catalog = options.catalog ?? MetroCatalog.builtIn();
    this.registry = options.registry ?? RuleRegistry.builtIn();
    this.suppressions = options.suppressions ?? [];
    const bad = this.suppressions.filter((s) => typeof s.reason !== 'string' || s.reason.trim() === '');
    if (bad.length > 0) {
      throw new Error(`A suppression needs a reason: ${bad.map((s) => `${s.ruleId} on ${s.path}`).join(', ')}`);
    }
  }

  /**
   * Validates a topology.
   * @param index the index of `topology` the rules read (a caller that builds a report of the same run passes it on)
   */
  public validate(topology: Topology, index: TopologyIndex = new TopologyIndex(topology)): ValidationResult {
    return withCidrMemo(() => this.run(topology, index));
  }

  private run(topology: Topology, index: TopologyIndex): ValidationResult {
    const findings: Finding[] = [];
    for (const rule of this.registry.rules) {
      const ctx = {
        topology,
        index,
        catalog: this.catalog,
        report: (p: ProblemReport) => findings.push(this.toFinding(rule, p)),
      };
      try {
        rule.check(ctx);
      } catch (e) {
        // A broken company rule must not hide the other findings.
        findings.push({
          ruleId: rule.id, severity: Severity.ERROR, path: '(engine)', property: '(rule)', value: renderValue(rule.id),
          message: `Rule ${rule.id} failed to run: ${(e as Error).message}`, fix: 'Fix the rule implementation.',
          source: rule.source, suppressed: false,
        });
      }
    }
    findings.sort(compareFindings);
    const live = findings.filter((f) => !f.suppressed);
    return {
      findings,
      errorCount: live.filter((f) => f.severity === Severity.ERROR).length,
      warningCount: live.filter((f) => f.severity === Severity.WARNING).length,
      infoCount: live.filter((f) => f.severity === Severity.INFO).length,
    };
  }

  private toFinding(rule: IRule, p: ProblemReport): Finding {
    const path = p.subject.path;
    // A rule that is not suppressible (plain-text secrets) keeps its findings whatever the suppressions.
    const suppression = rule.suppressible === false ? undefined
      : this.suppressions.find((s) => s.ruleId === rule.id && suppressionCovers(s.path, path));
    return {
      ruleId: rule.id,
      severity: rule.severity,
      path,
      property: p.property,
      value: renderValue(p.value),
      message: p.message,
      fix: p.fix,
      source: rule.source,
      suppressed: suppression !== undefined,
      suppressionReason: suppression?.reason,
    };
  }
}

/** Whether a suppression at `suppressionPath` covers a subject at `path` (itself, below it, its `count`/`for_each` instances, or `*`). */
export function suppressionCovers(suppressionPath: string, path: string): boolean {
  if (suppressionPath === '*' || path === suppressionPath || path.startsWith(`${suppressionPath}/`) || path.startsWith(`${suppressionPath}.`)) return true;
  const instance = instanceSuffix(path);
  return instance !== undefined && path.length - instance.length === suppressionPath.length && path.startsWith(suppressionPath);
}
