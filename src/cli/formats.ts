import * as path from 'path';
import { Finding, Severity } from '../rules/finding';
import { RuleRegistry } from '../rules/registry';
import { TerraformInputError } from '../errors';
import { FileLintResult } from '../terraform/lint';

/** Totals over every file. */
export function totals(results: FileLintResult[]) {
  const sum = { errors: 0, warnings: 0, infos: 0, suppressed: 0 };
  for (const r of results) {
    sum.errors += r.report.summary.errors;
    sum.warnings += r.report.summary.warnings;
    sum.infos += r.report.summary.infos;
    sum.suppressed += r.report.summary.suppressed;
  }
  return sum;
}

/**
 * A string from the input made safe for a terminal: control characters (NUL, ESC of ANSI
 * sequences, newlines, C1 controls, bidirectional overrides) are written as escapes.
 */
export function escapeControl(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** One line per finding, grouped by file, then a summary line. */
export function textFormat(results: FileLintResult[], errors: TerraformInputError[]): string {
  const out: string[] = [];
  for (const r of results) {
    out.push(`${r.file} (${r.kind})`);
    for (const f of r.report.findings) {
      const line = r.line(f.path);
      out.push(`  ${f.suppressed ? 'suppressed' : f.severity} ${f.ruleId} ${f.path}${line ? `:${line}` : ''} ${f.property}=${f.value}: ${f.message} Fix: ${f.fix}${f.suppressed ? ` (suppressed: ${f.suppressionReason})` : ''}`);
    }
    for (const g of r.report.resiliency) out.push(`  resiliency ${g.gateway}: ${g.tier}${g.index !== undefined ? ` (index ${g.index}/30)` : ''}`);
    for (const c of r.report.unconnectedCircuits) out.push(`  note ${c}: not connected to any gateway`);
    for (const n of r.notes) out.push(`  note ${n}`);
    if (r.report.findings.length === 0) out.push('  no findings');
  }
  for (const e of errors) out.push(`unusable input: ${e.message}`);
  const t = totals(results);
  out.push(`${t.errors} error${t.errors === 1 ? '' : 's'}, ${t.warnings} warning${t.warnings === 1 ? '' : 's'}, ${t.infos} info${t.infos === 1 ? '' : 's'}`
    + `${t.suppressed ? `, ${t.suppressed} suppressed` : ''} in ${results.length} file${results.length === 1 ? '' : 's'}`
    + `${errors.length ? `; ${errors.length} unusable input${errors.length === 1 ? '' : 's'}` : ''}`);
  return `${out.map(escapeControl).join('\n')}\n`;
}

/** One JSON document. */
export function jsonFormat(results: FileLintResult[], errors: TerraformInputError[]): string {
  const t = totals(results);
  const doc = {
    findings: results.flatMap((r) => r.report.findings.map((f) => ({
      ruleId: f.ruleId, severity: f.severity, file: r.file, subject: f.path, property: f.property, value: f.value,
      message: f.message, fix: f.fix, source: f.source, suppressed: f.suppressed,
      ...(f.suppressionReason ? { suppressionReason: f.suppressionReason } : {}),
    }))),
    resiliency: results.flatMap((r) => r.report.resiliency.map((g) => ({ file: r.file, gateway: g.gateway, tier: g.tier, index: g.index ?? null, reasons: g.reasons }))),
    unconnectedCircuits: results.flatMap((r) => r.report.unconnectedCircuits.map((c) => ({ file: r.file, circuit: c }))),
    notes: results.flatMap((r) => r.notes.map((n) => ({ file: r.file, note: n }))),
    unusableInputs: errors.map((e) => ({ file: e.file, reason: e.message })),
    summary: { errors: t.errors, warnings: t.warnings, infos: t.infos, suppressed: t.suppressed, files: results.length },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

const LEVEL: Record<string, string> = { [Severity.ERROR]: 'error', [Severity.WARNING]: 'warning', [Severity.INFO]: 'note' };

/** SARIF 2.1.0 for GitHub code scanning. */
export function sarifFormat(results: FileLintResult[], registry: RuleRegistry, version: string): string {
  const used = new Set(results.flatMap((r) => r.report.findings.map((f) => f.ruleId)));
  const rules = registry.describe().filter((r) => used.has(r.id));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const uri = (file: string) => path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/');
  const sarifResults = results.flatMap((r) => r.report.findings.map((f: Finding) => ({
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId),
    level: LEVEL[f.severity] ?? 'note',
    message: { text: `${f.path}: ${f.property} = ${f.value}. ${f.message} Fix: ${f.fix}` },
    locations: [{
      physicalLocation: { artifactLocation: { uri: uri(r.file) }, region: { startLine: r.line(f.path) ?? 1 } },
      logicalLocations: [{ fullyQualifiedName: f.path, kind: 'resource' }],
    }],
    partialFingerprints: { subjectProperty: `${f.ruleId}/${f.path}/${f.property}` },
    ...(f.suppressed ? { suppressions: [{ kind: 'external', justification: f.suppressionReason ?? '' }] } : {}),
  })));
  const doc = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'expressroute-metro',
          version,
          informationUri: 'https://www.npmjs.com/package/cdktf-expressroute-metro',
          rules: rules.map((r) => ({
            id: r.id,
            name: r.id,
            shortDescription: { text: r.title },
            helpUri: r.source,
            defaultConfiguration: { level: LEVEL[r.severity] ?? 'note' },
            properties: { family: r.family },
          })),
        },
      },
      results: sarifResults,
    }],
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
