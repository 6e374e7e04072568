import * as fs from 'fs';
import * as path from 'path';
import { MetroCatalog } from '../catalog/metro-catalog';
import { RuleEngine, Suppression } from '../rules/engine';
import { RuleRegistry } from '../rules/registry';
import { TerraformInputError } from '../errors';
import { compareText } from '../model/order';
import { buildReport, ExpressRouteReport } from '../report/report';
import { carriedSuppressions } from './carried-suppressions';
import { normalise } from './records';
import { toTopology } from './to-topology';

/** Options of a lint run. */
export interface LintOptions {
  /**
   * The Metro catalog.
   * @default MetroCatalog.builtIn()
   */
  readonly catalog?: MetroCatalog;
  /**
   * The rules.
   * @default RuleRegistry.builtIn()
   */
  readonly registry?: RuleRegistry;
  /**
   * Suppressions by Terraform address, on top of those a synth carried into the file.
   * @default - none
   */
  readonly suppressions?: Suppression[];
  /** The azurerm version constraint to judge against, instead of the file's. @default - the file's */
  readonly providerVersion?: string;
  /** Largest file read, in bytes. @default 256 MiB */
  readonly maxBytes?: number;
}

/** The result of one file. */
export class FileLintResult {
  constructor(
    /** The file. */
    public readonly file: string,
    /** `config` (Terraform JSON) or `plan` (plan JSON). */
    public readonly kind: string,
    /** Findings, resiliency, unconnected circuits. */
    public readonly report: ExpressRouteReport,
    /** Values that could not be read (wrong types), skipped with a note. */
    public readonly notes: string[],
    private readonly text: string,
  ) {}

  /** The line of a Terraform address in the file, when it can be found. */
  public line(address: string): number | undefined {
    return lineOf(this.text, this.kind, address);
  }
}

const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

/** Lints the text of one Terraform JSON or plan JSON document. */
export function lintText(text: string, file: string, options: LintOptions = {}): FileLintResult {
  if (text.trim() === '') throw new TerraformInputError(file, 'empty file');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const position = /position (\d+)/.exec(message);
    const truncated = /end of (JSON )?input|Unterminated/i.test(message)
      || (position !== null && Number(position[1]) >= text.trimEnd().length);
    throw new TerraformInputError(file, `${truncated ? 'truncated JSON' : 'not JSON'} (${message})`);
  }
  const normalised = normalise(doc);
  if (!normalised) {
    throw new TerraformInputError(file, 'not Terraform JSON: expected a configuration (resource, terraform, ...) or `terraform show -json` plan output');
  }
  const catalog = options.catalog ?? MetroCatalog.builtIn();
  const notes: string[] = [];
  let topology = toTopology(normalised, notes);
  if (options.providerVersion !== undefined) topology = { ...topology, providerVersion: options.providerVersion };
  const suppressions = [...(options.suppressions ?? []), ...carriedSuppressions(doc, normalised.resources, notes)];
  const result = new RuleEngine({ catalog, registry: options.registry, suppressions }).validate(topology);
  return new FileLintResult(file, normalised.kind, buildReport(topology, result, catalog), notes, text);
}

/** Lints one file. */
export function lintFile(file: string, options: LintOptions = {}): FileLintResult {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    throw new TerraformInputError(file, `cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  if (stat.isDirectory()) throw new TerraformInputError(file, 'is a directory');
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (stat.size > max) throw new TerraformInputError(file, `too large (${(stat.size / 1048576).toFixed(0)} MiB; the limit is ${(max / 1048576).toFixed(0)} MiB)`);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new TerraformInputError(file, `cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  return lintText(text, file, options);
}

/**
 * The files to lint: files as given; for a directory, every `*.tf.json` below it
 * (`cdktf.out/` holds one `cdk.tf.json` per stack).
 */
export function expandInputs(inputs: string[]): { files: string[]; errors: TerraformInputError[] } {
  const files: string[] = [];
  const errors: TerraformInputError[] = [];
  for (const input of inputs) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(input);
    } catch {
      errors.push(new TerraformInputError(input, 'no such file or directory'));
      continue;
    }
    if (!stat.isDirectory()) {
      files.push(input);
      continue;
    }
    const found = findTfJson(input, 0);
    if (found.length === 0) errors.push(new TerraformInputError(input, 'is a directory with no *.tf.json file'));
    files.push(...found);
  }
  return { files, errors };
}

function findTfJson(dir: string, depth: number): string[] {
  if (depth > 16) return [];
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name));
  return entries.flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name.startsWith('.') ? [] : findTfJson(p, depth + 1);
    return e.isFile() && e.name.endsWith('.tf.json') ? [p] : [];
  });
}

function lineOf(text: string, kind: string, address: string): number | undefined {
  let at = -1;
  if (kind === 'plan') {
    at = text.indexOf(`"address": "${address}"`);
    if (at < 0) at = text.indexOf(`"address":"${address}"`);
  } else {
    const m = /^([a-z0-9_]+)\.(.+)$/.exec(address);
    if (m) {
      const typeAt = text.indexOf(`"${m[1]}"`);
      if (typeAt >= 0) at = text.indexOf(`"${m[2]}"`, typeAt);
    }
  }
  if (at < 0) return undefined;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

