import { Severity } from './finding';
import { IRule } from './rule';
import { BUILTIN_RULES } from './builtin';

/** A rule's description, without its check (what `expressroute-metro rules` prints). */
export interface RuleInfo {
  /** Stable id. */
  readonly id: string;
  /** Family: the id's letters (`METRO`). */
  readonly family: string;
  /** Severity (fixed). */
  readonly severity: Severity;
  /** One-line title. */
  readonly title: string;
  /** Where the constraint is documented. */
  readonly source: string;
  /** Whether a suppression may hide its findings. */
  readonly suppressible: boolean;
}

const ID_PATTERN = /^[A-Z][A-Z0-9_-]*\d{3}$/;

/** The shortest suppression reason accepted (cdk-nag's rule). */
const MIN_REASON_LENGTH = 10;

/** Levenshtein distance. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The rules a validation runs: the built-in ones plus any a company registers.
 */
export class RuleRegistry {
  /** A registry with every built-in rule. */
  public static builtIn(): RuleRegistry {
    return new RuleRegistry(BUILTIN_RULES);
  }

  /** An empty registry (for tests and for fully custom rule sets). */
  public static empty(): RuleRegistry {
    return new RuleRegistry([]);
  }

  private readonly byId = new Map<string, IRule>();

  private constructor(rules: IRule[]) {
    for (const r of rules) this.register(r);
  }

  /** Every rule, in registration order. */
  public get rules(): IRule[] {
    return [...this.byId.values()];
  }

  /** Adds a rule; its id must be new and look like `ACME001`. */
  public register(rule: IRule): RuleRegistry {
    if (!ID_PATTERN.test(rule.id)) {
      throw new Error(`Rule id "${rule.id}" must be capital letters followed by three digits, like ACME001`);
    }
    if (this.byId.has(rule.id)) throw new Error(`Rule id "${rule.id}" is already registered`);
    this.byId.set(rule.id, rule);
    return this;
  }

  /** A copy without the given rule ids (to switch a built-in rule off everywhere). */
  public without(...ids: string[]): RuleRegistry {
    return new RuleRegistry(this.rules.filter((r) => !ids.includes(r.id)));
  }

  /** The rule with this id. */
  public tryGet(id: string): IRule | undefined {
    return this.byId.get(id);
  }

  /**
   * The problems of suppressing `ruleId` with `reason` (empty when the suppression is valid): an
   * unknown rule id (naming the closest ids), a reason under 10 characters (cdk-nag's rule), or a
   * rule that cannot be suppressed.
   */
  public checkSuppression(ruleId: string, reason: string): string[] {
    const problems: string[] = [];
    const rule = this.byId.get(ruleId);
    if (!rule) {
      const close = this.closeIds(ruleId);
      problems.push(`"${ruleId}" is not a registered rule id${close.length > 0 ? `; did you mean ${close.join(', ')}?` : '.'}`);
    } else if (rule.suppressible === false) {
      problems.push(`${ruleId} cannot be suppressed: ${rule.title}.`);
    }
    const length = typeof reason === 'string' ? reason.trim().length : 0;
    if (length < MIN_REASON_LENGTH) {
      problems.push(`The reason for suppressing ${ruleId} has ${length} characters; give at least ${MIN_REASON_LENGTH} saying why.`);
    }
    return problems;
  }

  /** The registered ids closest to `id` (case-insensitive, at most two edits away), at most three. */
  private closeIds(id: string): string[] {
    const wanted = id.trim().toUpperCase();
    const near = [...this.byId.keys()].map((k) => ({ k, d: editDistance(wanted, k) })).filter((x) => x.d <= 2);
    const best = Math.min(...near.map((x) => x.d));
    return near.filter((x) => x.d === best).map((x) => x.k).sort().slice(0, 3);
  }

  /** The rules as plain descriptions, sorted by id. */
  public describe(): RuleInfo[] {
    return this.rules
      .map((r) => ({ id: r.id, family: r.id.replace(/\d+$/, ''), severity: r.severity, title: r.title, source: r.source, suppressible: r.suppressible !== false }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
