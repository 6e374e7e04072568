import { Severity } from './finding';
import { IRule } from './rule';
import { BUILTIN_RULES } from './builtin';

/** A rule's description, without its check (what `expressroute-metro rules` prints). */
export interface RuleInfo {
  /** Stable id. */
  readonly id: string;
  /** Family: the id's letters (`METRO`). */
  readonly family: string;
  /** Default severity. */
  readonly severity: Severity;
  /** One-line title. */
  readonly title: string;
  /** Where the constraint is documented. */
  readonly source: string;
}

const ID_PATTERN = /^[A-Z][A-Z0-9_-]*\d{3}$/;

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

  /** The rules as plain descriptions, sorted by id. */
  public describe(): RuleInfo[] {
    return this.rules
      .map((r) => ({ id: r.id, family: r.id.replace(/\d+$/, ''), severity: r.severity, title: r.title, source: r.source }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
