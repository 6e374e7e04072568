/**
 * `expressroute-metro assess` and `generate`: the estate as Azure reports it (Resource Graph,
 * `az network ... list`, REST JSON), judged like Terraform, and the app that adopts it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { MetroCatalog } from '../catalog/metro-catalog';
import { TerraformInputError } from '../errors';
import { assessEstate } from '../estate/assess';
import { readAzureTexts } from '../estate/azure-json';
import { assessmentJson, assessmentMarkdown, assessmentSarif, assessmentText } from '../estate/format';
import { generateApp } from '../estate/generate';
import { Severity } from '../rules/finding';
import { RuleRegistry } from '../rules/registry';
import { expandInputs } from '../terraform/lint';
import { escapeControl } from './formats';

/** What the two commands need from the command line. */
export interface EstateArgs {
  readonly files: string[];
  readonly format: string;
  readonly failOn: string;
  readonly catalog: MetroCatalog;
  readonly providerVersion?: string;
  readonly out?: string;
  readonly migrate: string[];
  readonly version: string;
  /** The framework of this build of the library (its package name tells). */
  readonly framework: 'cdktf' | 'cdktn';
}

/** The JSON files given (files as given, every `*.json` below a directory), read. */
function inputs(paths: string[]): { texts: Array<{ file: string; text: string }>; errors: TerraformInputError[] } {
  const { files, errors } = expandInputs(paths, { matches: (n) => n.endsWith('.json'), described: '*.json' });
  const texts: Array<{ file: string; text: string }> = [];
  for (const file of files) {
    try {
      texts.push({ file, text: fs.readFileSync(file, 'utf8') });
    } catch (e) {
      errors.push(new TerraformInputError(file, `cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`));
    }
  }
  return { texts, errors };
}

/** `assess`: exit 0, 1 (findings at or above --fail-on) or 2 (unusable input), as lint. */
export function assessCommand(args: EstateArgs, out: (s: string) => void, err: (s: string) => void): number {
  const { texts, errors } = inputs(args.files);
  const read = readAzureTexts(texts);
  errors.push(...read.errors);
  for (const e of errors) err(`expressroute-metro: ${escapeControl(e.message)}\n`);
  const registry = RuleRegistry.builtIn();
  const a = assessEstate(read.estate, { catalog: args.catalog, registry, providerVersion: args.providerVersion });
  const files = texts.map((t) => t.file).filter((f) => !errors.some((e) => e.file === f));
  const shown = files.length > 0 ? files : ['(no input)'];
  out(args.format === 'json' ? assessmentJson(a, shown, errors)
    : args.format === 'markdown' ? assessmentMarkdown(a)
      : args.format === 'sarif' ? assessmentSarif(a, shown, registry, args.version)
        : assessmentText(a, shown, errors));
  if (errors.length > 0) return 2;
  const failing = a.report.findings.some((f) => !f.suppressed
    && (f.severity === Severity.ERROR || (args.failOn === 'warning' && f.severity === Severity.WARNING)));
  return failing ? 1 : 0;
}

/** `generate`: writes the app into --out (which must be empty or absent); exit 2 on unusable input. */
export function generateCommand(args: EstateArgs, out: (s: string) => void, err: (s: string) => void): number {
  const dir = args.out!;
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
    err(`expressroute-metro: ${escapeControl(dir)} is not empty; give an empty or new directory\n`);
    return 2;
  }
  const { texts, errors } = inputs(args.files);
  const read = readAzureTexts(texts);
  errors.push(...read.errors);
  for (const e of errors) err(`expressroute-metro: ${escapeControl(e.message)}\n`);
  if (errors.length > 0) return 2;
  const a = assessEstate(read.estate, { catalog: args.catalog, providerVersion: args.providerVersion });
  const generated = generateApp(a, { migrate: args.migrate, catalog: args.catalog, libraryVersion: `^${args.version}`, framework: args.framework });
  fs.mkdirSync(dir, { recursive: true });
  for (const f of generated) fs.writeFileSync(path.join(dir, f.path), f.content);
  out(`Wrote ${generated.map((f) => f.path).join(', ')} to ${escapeControl(dir)}: ${a.resources.length} resources adopted, `
    + `${(generated.find((f) => f.path === 'main.ts')!.content.match(/^class MigrationStack/gm) ?? []).length} migration stack(s).\n`);
  for (const n of a.notes) out(`note ${escapeControl(n)}\n`);
  return 0;
}
