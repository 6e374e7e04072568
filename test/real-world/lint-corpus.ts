/**
 * Lints the real-world configurations under test/fixtures/real-world through the `.tf` front
 * end, as `expressroute-metro lint <dir>` does: each directory is one root module, its local
 * modules are read through their calls, its `*.auto.tfvars` apply.
 */
import * as path from 'path';
import { Finding } from '../../src/rules/finding';
import { expandInputs, lintFiles } from '../../src/terraform/lint';

/** The corpus. */
export const REAL_WORLD = path.join(__dirname, '..', 'fixtures', 'real-world');

/** One finding in the shape the expectations use. */
export interface Got {
  readonly ruleId: string;
  readonly subject: string;
  readonly property: string;
  readonly severity: string;
}

/** What the lint of one configuration gave. */
export interface Linted {
  /** Unsuppressed findings, sorted. */
  readonly findings: Got[];
  /** The whole findings, for messages. */
  readonly raw: Finding[];
  /** Inputs the lint could not use. */
  readonly unusable: string[];
  /** The resiliency tier of each gateway, by its Terraform address. */
  readonly resiliency: Record<string, string>;
}

/** The sort key of a finding. */
export function findingKey(f: Got): string {
  return `${f.ruleId} ${f.severity} ${f.subject} ${f.property}`;
}

/** Sorts findings so that two lists compare with toEqual. */
export function sortFindings<T extends Got>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => (findingKey(a) < findingKey(b) ? -1 : findingKey(a) > findingKey(b) ? 1 : 0));
}

/** One configuration to lint: a directory relative to the corpus, with `--var` inputs. */
export interface CorpusEntry {
  readonly dir: string;
  readonly name?: string;
  readonly vars?: readonly string[];
}

/** Lints each configuration; one result per name (the directory unless named). */
export function lintCorpus(entries: readonly CorpusEntry[]): Map<string, Linted> {
  const out = new Map<string, Linted>();
  for (const { dir, name, vars } of entries) {
    const abs = path.join(REAL_WORLD, dir);
    // The configuration's own files: the examples below a module root are configurations of their own.
    const expanded = expandInputs([abs]);
    const files = expanded.files.filter((f) => path.dirname(f) === abs);
    const { results, errors } = lintFiles(files, { vars: vars ? [...vars] : undefined });
    const raw = results.flatMap((r) => r.report.findings).filter((f) => !f.suppressed);
    out.set(name ?? dir, {
      findings: sortFindings(raw.map((f) => ({ ruleId: f.ruleId, subject: f.path, property: f.property, severity: f.severity }))),
      raw,
      unusable: [...expanded.errors, ...errors].map((e) => e.message),
      resiliency: Object.fromEntries(results.flatMap((r) => r.report.resiliency.map((g) => [g.gateway, g.tier]))),
    });
  }
  return out;
}
