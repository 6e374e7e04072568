import { Finding, Severity } from './rules/finding';

const VALIDATION_ERROR = Symbol.for('cdktf-expressroute-metro.ValidationError');
const CATALOG_ERROR = Symbol.for('cdktf-expressroute-metro.CatalogError');
const INPUT_ERROR = Symbol.for('cdktf-expressroute-metro.TerraformInputError');

/**
 * Tells the library's errors apart, also across two copies of the library in one app.
 * (The error classes themselves are not part of the jsii API: jsii cannot export a subclass of
 * Error. TypeScript users can import them from `cdktf-expressroute-metro/lib/errors`.)
 */
export class Errors {
  /** Whether `x` is a ValidationError: error findings that stopped the synth. */
  public static isValidationError(x: any): boolean {
    return x !== null && typeof x === 'object' && VALIDATION_ERROR in x;
  }

  /** Whether `x` is a CatalogError: bad catalog or overlay data. */
  public static isCatalogError(x: any): boolean {
    return x !== null && typeof x === 'object' && CATALOG_ERROR in x;
  }

  /** Whether `x` is a TerraformInputError: a file the lint command cannot use. */
  public static isTerraformInputError(x: any): boolean {
    return x !== null && typeof x === 'object' && INPUT_ERROR in x;
  }

  /** The findings of a ValidationError (empty for anything else). */
  public static findingsOf(x: any): Finding[] {
    return Errors.isValidationError(x) ? (x as ValidationError).findings : [];
  }
}

/**
 * Bad input: every error finding at once, each with its rule id, subject path, property,
 * the value received and how to fix it.
 */
export class ValidationError extends Error {
  /** Formats findings the way the error message and the CLI show them. */
  public static format(findings: Finding[]): string {
    return findings.map((f) => [
      `  [${f.ruleId}] ${f.path}: ${f.property} = ${f.value}`,
      `      ${f.message}`,
      `      Fix: ${f.fix}`,
      `      Source: ${f.source}`,
    ].join('\n')).join('\n');
  }

  /** The error findings (unsuppressed). */
  public readonly findings: Finding[];

  constructor(findings: Finding[]) {
    const errors = findings.filter((f) => f.severity === Severity.ERROR && !f.suppressed);
    super(`ExpressRoute validation failed with ${errors.length} error${errors.length === 1 ? '' : 's'}:\n`
      + ValidationError.format(errors));
    this.name = 'ValidationError';
    this.findings = errors;
    Object.setPrototypeOf(this, ValidationError.prototype);
    Object.defineProperty(this, VALIDATION_ERROR, { value: true });
    // The message is the whole report: a stack trace would only point into the library.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** Bad catalog or overlay data: every problem, each naming the field it is about. */
export class CatalogError extends Error {
  /** One line per problem: `metros[2].pricingZone: expected a number, got "1"`. */
  public readonly problems: string[];

  constructor(origin: string, problems: string[]) {
    super(`Invalid Metro catalog data in ${origin}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CatalogError';
    this.problems = problems;
    Object.setPrototypeOf(this, CatalogError.prototype);
    Object.defineProperty(this, CATALOG_ERROR, { value: true });
  }
}

/** A file the lint command cannot use (missing, not JSON, not Terraform, truncated, too large). */
export class TerraformInputError extends Error {
  constructor(public readonly file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'TerraformInputError';
    Object.setPrototypeOf(this, TerraformInputError.prototype);
    Object.defineProperty(this, INPUT_ERROR, { value: true });
  }
}
