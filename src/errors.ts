import type { IConstruct } from './core/framework';
import { Finding, Severity } from './rules/finding';
import { renderValue } from './util/render';

const VALIDATION_ERROR = Symbol.for('cdktf-expressroute-metro.ValidationError');
const CATALOG_ERROR = Symbol.for('cdktf-expressroute-metro.CatalogError');
const INPUT_ERROR = Symbol.for('cdktf-expressroute-metro.TerraformInputError');
const FINDINGS = Symbol('findings');
const PROBLEMS = Symbol('problems');
const FILE = Symbol('file');
/** Node's hook for `util.inspect`, which is also how it prints an uncaught error. */
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * Tells the library's errors apart, also across two copies of the library in one app.
 * (The error classes themselves are not part of the jsii API: jsii cannot export a subclass of
 * Error. TypeScript users can import them from `cdktf-expressroute-metro/lib/errors`.)
 */
export class Errors {
  /** Whether `x` is a ValidationError: bad input found while building constructs or at synth. */
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
 * Gives an error the shape that prints well wherever it ends: the message is the whole report.
 *
 * - `name` lives on the prototype, and the error's data (findings, problems) is behind getters,
 *   so the error has no own enumerable property: Node prints an uncaught error with
 *   `util.inspect`, which would dump each such property after the message.
 * - `stack` is the message and one line saying where it comes from: a stack trace would only
 *   point into the library (each problem names its construct path or file), and the cdktf CLI
 *   prints the app's whole stderr. Node wraps a stack without any `at` line in brackets, which
 *   would glue a `]` to the last source URL.
 * - The inspect hook prints the same text for `console.log(error)`.
 */
function shapeError(error: Error, brand: symbol): void {
  Object.defineProperty(error, brand, { value: true, enumerable: false });
  Object.defineProperty(error, 'stack', { value: stackOf(error), enumerable: false, writable: true, configurable: true });
}

function stackOf(error: Error): string {
  return `${error.name}: ${error.message}\n    at cdktf-expressroute-metro (no stack trace: the message locates every problem)`;
}

function inspectHook(this: Error): string {
  return stackOf(this);
}

/**
 * Bad input: every error finding at once, each with its rule id, subject path, property,
 * the value received and how to fix it. Thrown at synth (rule findings) and while constructs
 * are built (`constructError`).
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

  constructor(findings: Finding[]) {
    const errors = findings.filter((f) => f.severity === Severity.ERROR && !f.suppressed);
    super(`ExpressRoute validation failed with ${errors.length} error${errors.length === 1 ? '' : 's'}:\n`
      + ValidationError.format(errors));
    Object.setPrototypeOf(this, ValidationError.prototype);
    Object.defineProperty(this, FINDINGS, { value: errors, enumerable: false });
    shapeError(this, VALIDATION_ERROR);
  }

  /** The error findings (unsuppressed). */
  public get findings(): Finding[] {
    return (this as unknown as Record<symbol, Finding[]>)[FINDINGS];
  }
}
Object.defineProperty(ValidationError.prototype, 'name', { value: 'ValidationError', enumerable: false, writable: true, configurable: true });
Object.defineProperty(ValidationError.prototype, INSPECT, { value: inspectHook, enumerable: false });

/** One problem found while a construct is built. */
export interface ConstructProblem {
  /**
   * A rule-like id: the rule's own id when the synth-time rule checks the same condition
   * (`PEER012`), else a `CONSTRUCT` id (listed in the README).
   */
  readonly ruleId: string;
  /** The prop or method argument the problem is about (`privatePeering`, `phase`). */
  readonly property: string;
  /** The value received (rendered like a finding's value; `undefined` shows as `(not set)`). */
  readonly value: unknown;
  /** What is wrong. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
  /** The page the condition comes from. */
  readonly source: string;
}

/**
 * The error to throw when a construct cannot be built: a `ValidationError` whose findings
 * carry the construct path, so it reads and catches like a synth-time one.
 *
 * @example
 * throw constructError(this, {
 *   ruleId: 'CONSTRUCT001', property: 'circuit.privatePeering', value: undefined,
 *   message: 'A Virtual WAN connection uses the circuit\'s private peering.',
 *   fix: `Call addPrivatePeering on ${circuit.node.path} first.`, source: Sources.LINK_VNET,
 * });
 */
export function constructError(scope: IConstruct, ...problems: ConstructProblem[]): ValidationError {
  const path = scope.node.path || '(app)';
  return new ValidationError(problems.map((p) => ({
    ruleId: p.ruleId,
    severity: Severity.ERROR,
    path,
    property: p.property,
    value: renderValue(p.value),
    message: p.message,
    fix: p.fix,
    source: p.source,
    suppressed: false,
  })));
}

/** Bad catalog or overlay data: every problem, each naming the field it is about. */
export class CatalogError extends Error {
  constructor(origin: string, problems: string[]) {
    super(`Invalid Metro catalog data in ${origin}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    Object.setPrototypeOf(this, CatalogError.prototype);
    Object.defineProperty(this, PROBLEMS, { value: problems, enumerable: false });
    shapeError(this, CATALOG_ERROR);
  }

  /** One line per problem: `metros[2].pricingZone: expected a number, got "1"`. */
  public get problems(): string[] {
    return (this as unknown as Record<symbol, string[]>)[PROBLEMS];
  }
}
Object.defineProperty(CatalogError.prototype, 'name', { value: 'CatalogError', enumerable: false, writable: true, configurable: true });
Object.defineProperty(CatalogError.prototype, INSPECT, { value: inspectHook, enumerable: false });

/** A file the lint command cannot use (missing, not JSON, not Terraform, truncated, too large). */
export class TerraformInputError extends Error {
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    Object.setPrototypeOf(this, TerraformInputError.prototype);
    Object.defineProperty(this, FILE, { value: file, enumerable: false });
    shapeError(this, INPUT_ERROR);
  }

  /** The file. */
  public get file(): string {
    return (this as unknown as Record<symbol, string>)[FILE];
  }
}
Object.defineProperty(TerraformInputError.prototype, 'name', { value: 'TerraformInputError', enumerable: false, writable: true, configurable: true });
Object.defineProperty(TerraformInputError.prototype, INSPECT, { value: inspectHook, enumerable: false });
