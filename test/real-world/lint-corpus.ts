/**
 * Lints the real-world configurations under test/fixtures/real-world.
 *
 * The `.tf` front end reads each configuration directory as Terraform does. Where it is not
 * available (a lint that only reads `*.tf.json`), the configuration's `.tf` files are converted
 * with @cdktn/hcl2json into one Terraform JSON file in a temporary directory and that is linted:
 * no variable, local or module is evaluated then, so that path is a first triage only.
 */
import * as fs from 'fs';
import * as os from 'os';
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
  /** Whole findings, for messages. */
  readonly raw: Finding[];
  /** Inputs the lint could not use. */
  readonly unusable: string[];
  /** `tf` (the .tf front end) or `converted` (hcl2json triage). */
  readonly path: 'tf' | 'converted';
}

/** Sorts findings so that two lists compare with toEqual. */
export function sortFindings<T extends Got>(list: readonly T[]): T[] {
  const key = (f: Got) => `${f.subject}\u0000${f.ruleId}\u0000${f.property}\u0000${f.severity}`;
  return [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function toGot(f: Finding): Got {
  return { ruleId: f.ruleId, subject: f.path, property: f.property, severity: f.severity };
}

/** Lints each configuration (a directory relative to the corpus); one result per directory. */
export async function lintCorpus(dirs: readonly string[]): Promise<Map<string, Linted>> {
  const out = new Map<string, Linted>();
  let tmp: string | undefined;
  try {
    for (const dir of dirs) {
      const abs = path.join(REAL_WORLD, dir);
      const ownTf = fs.readdirSync(abs).filter((f) => f.endsWith('.tf')).map((f) => path.join(abs, f));
      const expanded = expandInputs([abs]);
      const native = expanded.files.some((f) => f.endsWith('.tf'));
      let files: string[];
      if (native) {
        // The configuration's own files: local modules below it are read through their calls.
        files = expanded.files.filter((f) => path.dirname(f) === abs);
      } else {
        tmp ??= fs.mkdtempSync(path.join(os.tmpdir(), 'real-world-'));
        const target = path.join(tmp, dir);
        fs.mkdirSync(target, { recursive: true });
        const json = path.join(target, 'main.tf.json');
        fs.writeFileSync(json, JSON.stringify(await convert(ownTf)));
        files = [json];
      }
      const { results, errors } = lintFiles(files);
      const raw = results.flatMap((r) => r.report.findings).filter((f) => !f.suppressed);
      out.set(dir, {
        findings: sortFindings(raw.map(toGot)),
        raw,
        unusable: errors.map((e) => e.message),
        path: native ? 'tf' : 'converted',
      });
    }
  } finally {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
  return out;
}

/** The .tf files of one directory as one Terraform JSON document (hcl2json's shape, blocks unwrapped). */
async function convert(files: string[]): Promise<Record<string, unknown>> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const hcl2json = require('@cdktn/hcl2json') as { parse(name: string, text: string): Promise<Record<string, unknown>> };
  const merged: Record<string, any> = {};
  for (const file of files.sort()) {
    const doc = await hcl2json.parse(path.basename(file), fs.readFileSync(file, 'utf8'));
    for (const [key, value] of Object.entries(doc)) {
      if (key === 'resource' || key === 'data') {
        merged[key] ??= {};
        for (const [type, byName] of Object.entries(value as Record<string, Record<string, unknown>>)) {
          merged[key][type] ??= {};
          for (const [name, body] of Object.entries(byName)) merged[key][type][name] = Array.isArray(body) ? body[0] : body;
        }
      } else if (Array.isArray(value) || Array.isArray(merged[key])) {
        merged[key] = [...(merged[key] ?? []), ...[value].flat()];
      } else {
        merged[key] = { ...(merged[key] ?? {}), ...(value as object) };
      }
    }
  }
  return merged;
}
