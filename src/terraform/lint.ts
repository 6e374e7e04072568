import * as fs from 'fs';
import * as path from 'path';
import { MetroCatalog } from '../catalog/metro-catalog';
import { RuleEngine, Suppression } from '../rules/engine';
import { RuleRegistry } from '../rules/registry';
import { TerraformInputError } from '../errors';
import { compareText } from '../model/order';
import { buildReport, ExpressRouteReport } from '../report/report';
import { carriedSuppressions } from './carried-suppressions';
import { carriedCatalogOf, joinCarried } from './join-carried';
import { normalise, TerraformDocument } from './records';
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

/** One parsed input. */
interface ParsedInput {
  readonly file: string;
  readonly text: string;
  readonly doc: unknown;
  readonly normalised: TerraformDocument;
}

function parseText(text: string, file: string): ParsedInput {
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
  return { file, text, doc, normalised };
}

function readText(file: string, options: LintOptions): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    throw new TerraformInputError(file, `cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  if (stat.isDirectory()) throw new TerraformInputError(file, 'is a directory');
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (stat.size > max) throw new TerraformInputError(file, `too large (${(stat.size / 1048576).toFixed(0)} MiB; the limit is ${(max / 1048576).toFixed(0)} MiB)`);
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new TerraformInputError(file, `cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

/** Lints the text of one Terraform JSON or plan JSON document. */
export function lintText(text: string, file: string, options: LintOptions = {}): FileLintResult {
  return lintModule([parseText(text, file)], options)[0];
}

/** Lints one file. */
export function lintFile(file: string, options: LintOptions = {}): FileLintResult {
  return lintText(readText(file, options), file, options);
}

/**
 * Lints files. The configuration files (`*.tf.json`) of one directory form one Terraform module,
 * so they are checked together: a connection in one file links to a circuit in another. Each
 * file's result holds the findings about what that file defines. Plans are checked one by one.
 * Returns one result per file checked, in the order given, and the files that could not be.
 */
export function lintFiles(files: string[], options: LintOptions = {}): { results: FileLintResult[]; errors: TerraformInputError[] } {
  const errors: TerraformInputError[] = [];
  const results: FileLintResult[] = [];
  // One bad input never stops the others; an unexpected failure is reported like unusable input.
  const check = (group: ParsedInput[]) => {
    try {
      results.push(...lintModule(group, options));
    } catch (e) {
      for (const g of group) errors.push(asInputError(g.file, e));
    }
  };
  const modules = new Map<string, ParsedInput[]>();
  // A file named twice is checked once.
  const unique = [...new Map(files.map((f) => [path.resolve(f), f])).values()];
  for (const file of unique) {
    let input: ParsedInput;
    try {
      input = parseText(readText(file, options), file);
    } catch (e) {
      errors.push(asInputError(file, e));
      continue;
    }
    // A plan is checked at once, so that large plans are never held in memory together.
    if (input.normalised.kind === 'plan') {
      check([input]);
      continue;
    }
    const dir = path.dirname(path.resolve(file));
    const module = modules.get(dir);
    if (module) module.push(input);
    else modules.set(dir, [input]);
  }
  for (const module of modules.values()) check(module);
  const order = new Map(files.map((f, i) => [f, i]));
  results.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  return { results, errors };
}

function asInputError(file: string, e: unknown): TerraformInputError {
  return e instanceof TerraformInputError ? e : new TerraformInputError(file, `could not be checked: ${(e as Error).message}`);
}

/** Checks the inputs of one module (or one plan) together; one result per input. */
function lintModule(group: ParsedInput[], options: LintOptions): FileLintResult[] {
  const notes: string[] = [];
  const catalog = options.catalog ?? carriedCatalogOf(group.map((g) => g.doc), options.registry, notes) ?? MetroCatalog.builtIn();
  // Which file defines each address; the first definition wins (Terraform rejects duplicates).
  const owner = new Map<string, string>();
  for (const g of group) {
    for (const address of [...g.normalised.resources.map((r) => r.address), ...g.normalised.outputs.map((o) => `output.${o.name}`)]) {
      const first = owner.get(address);
      if (first === undefined) owner.set(address, g.file);
      else notes.push(`${address}: defined in ${first} and again in ${g.file}; Terraform rejects a duplicate, only the first is checked`);
    }
  }
  const merged: TerraformDocument = group.length === 1 ? group[0].normalised : {
    kind: 'config',
    resources: group.flatMap((g) => g.normalised.resources.filter((r) => owner.get(r.address) === g.file)),
    outputs: group.flatMap((g) => g.normalised.outputs.filter((o) => owner.get(`output.${o.name}`) === g.file)),
    providerVersion: group.map((g) => g.normalised.providerVersion).find((v) => v !== undefined),
  };
  let topology = joinCarried(toTopology(merged, notes), group.map((g) => g.doc), merged.resources, notes);
  if (options.providerVersion !== undefined) topology = { ...topology, providerVersion: options.providerVersion };
  const carriedNotes = new Map<string, string[]>();
  const suppressions = [...(options.suppressions ?? [])];
  for (const g of group) {
    const own: string[] = [];
    suppressions.push(...carriedSuppressions(g.doc, merged.resources, own));
    carriedNotes.set(g.file, own);
  }
  const result = new RuleEngine({ catalog, registry: options.registry, suppressions }).validate(topology);
  // Subjects no file defines (the engine itself, a missing reference) go to the first file.
  const fileOf = (subject: string) => owner.get(subject) ?? group[0].file;
  const noteFile = (note: string) => fileOf(note.slice(0, Math.max(0, note.indexOf(': '))));
  return group.map((g) => new FileLintResult(g.file, g.normalised.kind,
    buildReport(topology, result, catalog, group.length === 1 ? undefined : (p) => fileOf(p) === g.file),
    [...notes.filter((n) => group.length === 1 || noteFile(n) === g.file), ...carriedNotes.get(g.file)!], g.text));
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

