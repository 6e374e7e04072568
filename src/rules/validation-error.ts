import { Finding, Severity } from './finding';

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
    // The message is the whole report: a stack trace would only point into the library.
    this.stack = `${this.name}: ${this.message}`;
  }
}
