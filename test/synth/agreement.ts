/**
 * Synth and lint agree: the findings the synth wrote into each stack's report equal the findings
 * of `lint` on the cdk.tf.json it wrote. The lint names subjects by Terraform address; they are
 * read back as construct paths through the metadata cdktf writes (`"//".metadata.path`, an L2
 * construct's resource being its `Resource` child; outputs through `"//".outputs`).
 */
import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdktf';
import { REPORT_JSON } from '../../src/constructs/validation';
import { RuleRegistry } from '../../src/rules/registry';
import { IRule } from '../../src/rules/rule';
import { constructPathOf, outputPaths } from '../../src/terraform/intent';
import { expandInputs, lintFiles } from '../../src/terraform/lint';
import { isObject } from '../../src/terraform/records';

/** A finding as both sides can name it. */
export type Verdict = string;

interface ReportFinding { ruleId: string; path: string; property: string; severity: string; suppressed?: boolean }

const verdict = (f: ReportFinding, subject: string): Verdict =>
  `${f.ruleId} ${subject} ${f.property} ${f.severity}${f.suppressed ? ' (suppressed)' : ''}`;

/** Synthesizes the app into `outdir`; returns each stack directory's synth and lint verdicts. */
export function synthAndLint(app: App, outdir: string, companyRules: IRule[] = []): Map<string, { synth: Verdict[]; lint: Verdict[] }> {
  app.synth();
  const out = new Map<string, { synth: Verdict[]; lint: Verdict[] }>();
  const registry = RuleRegistry.builtIn();
  for (const r of companyRules) registry.register(r);
  const { files } = expandInputs([outdir]);
  const { results, errors } = lintFiles(files, { registry });
  if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('\n'));
  for (const result of results) {
    const dir = path.dirname(result.file);
    const doc = JSON.parse(fs.readFileSync(result.file, 'utf8'));
    const names = subjectNames(doc);
    const report = JSON.parse(fs.readFileSync(path.join(dir, REPORT_JSON), 'utf8')) as { findings: ReportFinding[] };
    out.set(path.basename(dir), {
      synth: report.findings.map((f) => verdict(f, f.path)).sort(),
      lint: (result.report.findings as unknown as ReportFinding[]).map((f) => verdict(f, synthName(names, f.path))).sort(),
    });
  }
  return out;
}

/** The synth's name of a lint subject: an instance `x.y[1]` of a resource with `count` is `<its construct path>[1]`. */
function synthName(names: Map<string, string>, address: string): string {
  const named = names.get(address);
  if (named !== undefined) return named;
  const instance = /^([^[]+)(\[.*\])$/.exec(address);
  const of = instance === null ? undefined : names.get(instance[1]);
  return of === undefined ? address : `${of}${instance![2]}`;
}

/** Terraform address -> the construct path the synth names the same subject by. */
function subjectNames(doc: Record<string, unknown>): Map<string, string> {
  const names = new Map<string, string>();
  const resources = isObject(doc.resource) ? doc.resource : {};
  for (const [type, byName] of Object.entries(resources)) {
    if (!isObject(byName)) continue;
    for (const [name, body] of Object.entries(byName)) {
      const p = isObject(body) ? constructPathOf(body) : undefined;
      if (p !== undefined) names.set(`${type}.${name}`, p.replace(/\/Resource$/, ''));
    }
  }
  for (const [name, p] of outputPaths(doc)) names.set(`output.${name}`, p);
  return names;
}

/** A fresh output folder. */
export function tempOutdir(): string {
  return fs.mkdtempSync(path.join(require('os').tmpdir(), 'erm-agree-'));
}
