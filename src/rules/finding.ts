import { compareText } from '../model/order';

/** How serious a finding is. */
export enum Severity {
  /** Azure or the provider rejects it: the synth (or the lint) fails. */
  ERROR = 'error',
  /** Accepted by Azure, but against its guidance or likely to fail later. */
  WARNING = 'warning',
  /** Worth knowing; nothing to fix. */
  INFO = 'info',
}

/** One problem found by a rule on one subject. */
export interface Finding {
  /** The rule id, `METRO002`. */
  readonly ruleId: string;
  /** How serious it is. */
  readonly severity: Severity;
  /** The subject: a construct path or a Terraform address. */
  readonly path: string;
  /** The property the finding is about (`serviceProviderName`, `vlan_id`). */
  readonly property: string;
  /** The value received, rendered as text; secrets are never shown. */
  readonly value: string;
  /** What is wrong. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
  /** The source of the rule. */
  readonly source: string;
  /** Whether a suppression covers this finding. */
  readonly suppressed: boolean;
  /**
   * Why it is suppressed.
   * @default - not suppressed
   */
  readonly suppressionReason?: string;
}

const SEVERITY_ORDER: Record<string, number> = { error: 0, warning: 1, info: 2 };

/** Deterministic order: by path, then rule id, then property, then value. */
export function compareFindings(a: Finding, b: Finding): number {
  return compareText(a.path, b.path) || compareText(a.ruleId, b.ruleId) || compareText(a.property, b.property)
    || compareText(a.value, b.value) || (SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]) || compareText(a.message, b.message);
}

// Value rendering lives in the leaf module util/render (the catalog uses it too); re-exported for the rules.
export { renderValue, safeJson } from '../util/render';

/** The value shown for a secret: never the secret itself. */
export const HIDDEN_SECRET = '(literal secret, hidden)';
