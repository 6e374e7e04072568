import * as fs from 'fs';
import * as path from 'path';
import { MetroCatalog } from '../catalog/metro-catalog';
import { RuleEngine, Suppression, ValidationResult } from '../rules/engine';
import { RuleRegistry } from '../rules/registry';
import { TerraformInputError } from '../errors';
import { compareText } from '../model/order';
import { subscriptionPeersOf, withSubscriptionIds, withSubscriptionPeers } from '../model/subscription';
import { emptyTopology, InputKind, Topology } from '../model/topology';
import { buildReport, ExpressRouteReport, withSimulation } from '../report/report';
import { compareFindings, Finding, Severity } from '../rules/finding';
import { carriedSuppressions } from './carried-suppressions';
import { carriedCatalogOf, joinCarried } from './join-carried';
import { carriedMetadata, synthFailure, writtenStackName } from './intent';
import { ConfigFile, evaluateModule } from './hcl/module';
import { HclSyntaxError, parseHcl } from './hcl/parse';
import { rootVariables } from './hcl/variables';
import { documentKind, isObject, normalise, PlanText, TerraformDocument } from './records';
import { literalIdsOf, withPeersOfRun } from './subscription-peers';
import { isModelledType, toTopology } from './to-topology';

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
  /** Variable definition files (`--var-file`) for the root modules, in order. @default - none */
  readonly varFiles?: string[];
  /** Variable values (`--var name=value`) for the root modules, in order. @default - none */
  readonly vars?: string[];
}

/** The result of one file. */
export class FileLintResult {
  constructor(
    /** The file. */
    public readonly file: string,
    /** `config` (Terraform JSON), `hcl` (a `.tf` file) or `plan` (plan JSON). */
    public readonly kind: string,
    /** Findings, resiliency, unconnected circuits. */
    public readonly report: ExpressRouteReport,
    /** Values that could not be read (wrong types), skipped with a note. */
    public readonly notes: string[],
    private readonly text: string,
    /** Lines of addresses known from reading the file (a plan's text is not kept). */
    private readonly lines?: ReadonlyMap<string, number>,
  ) {}

  /** The line of a Terraform address in the file, when it can be found. */
  public line(address: string): number | undefined {
    return this.lines ? this.lines.get(address) : lineOf(this.text, this.kind, address);
  }
}

const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

/** One parsed input. */
interface ParsedInput {
  readonly file: string;
  readonly text: string;
  readonly doc: unknown;
  readonly kind: 'config' | 'hcl' | 'plan';
  /** A plan's address lines (its text is not kept). */
  readonly lines?: ReadonlyMap<string, number>;
}

/** Whether a file is HCL (`.tf`) rather than JSON. */
const isHclFile = (file: string) => file.endsWith('.tf');

/** Whether a file's bytes are only blanks. */
function blank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) return false;
  return true;
}

function parseText(input: string | Buffer, file: string): ParsedInput {
  if (isHclFile(file)) {
    const source = typeof input === 'string' ? input : input.toString('utf8');
    try {
      return { file, text: source, doc: parseHcl(file, source), kind: 'hcl' };
    } catch (e) {
      if (e instanceof HclSyntaxError) throw new TerraformInputError(file, e.message);
      throw e;
    }
  }
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  if (blank(bytes)) throw new TerraformInputError(file, 'empty file');
  // A plan is read selectively from its bytes, and its text is never decoded whole; malformed
  // text is left to JSON.parse, whose message says what is wrong.
  try {
    const plan = new PlanText(bytes, isModelledType);
    const reduced = plan.read();
    if (reduced) return { file, text: '', doc: reduced, kind: 'plan', lines: plan.lines };
  } catch {
    // Reported below.
  }
  const text = typeof input === 'string' ? input : bytes.toString('utf8');
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
  const kind = documentKind(doc);
  if (!kind) {
    throw new TerraformInputError(file, 'not Terraform JSON: expected a configuration (resource, terraform, ...) or `terraform show -json` plan output');
  }
  const failure = synthFailure(doc);
  if (failure !== undefined) throw new TerraformInputError(file, `written by a synth that failed: ${failure}`);
  return { file, text, doc, kind };
}

function readBytes(file: string, options: LintOptions): Buffer {
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
    return fs.readFileSync(file);
  } catch (e) {
    throw new TerraformInputError(file, `cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

/** Lints the text of one Terraform JSON, plan JSON or `.tf` document (local modules are read from disk). */
export function lintText(text: string | Buffer, file: string, options: LintOptions = {}): FileLintResult {
  const input = parseText(text, file);
  if (input.kind === 'plan') return lintPlan(input, options);
  const errors: TerraformInputError[] = [];
  const results = lintConfigModule([input], options, errors);
  if (errors.length > 0) throw errors[0];
  return results[0];
}

/**
 * Lints a Terraform JSON document already in memory (what `estate assess` builds), and returns
 * the model the rules judged with it, for a caller that reads more of the model than the report.
 */
export function lintJson(doc: Record<string, unknown>, file: string, options: LintOptions = {}): { result: FileLintResult; topology: Topology } {
  let topology: Topology | undefined;
  const errors: TerraformInputError[] = [];
  const [result] = lintConfigModule([{ file, text: '', doc, kind: 'config' }], options, errors, (t) => { topology = t; });
  if (errors.length > 0) throw errors[0];
  return { result, topology: topology! };
}

/** Lints one file. */
export function lintFile(file: string, options: LintOptions = {}): FileLintResult {
  return lintText(readBytes(file, options), file, options);
}

/**
 * Lints files. The configuration files (`*.tf.json`) of one directory form one Terraform module,
 * so they are checked together: a connection in one file links to a circuit in another. Each
 * file's result holds the findings about what that file defines. Plans are checked one by one.
 * The quota rules count the circuits and ports of every root module that names one subscription
 * id together (`subscription-peers.ts`), as the synth counts the stacks of an app.
 * Returns one result per file checked, in the order given, and the files that could not be.
 */
export function lintFiles(files: string[], options: LintOptions = {}): { results: FileLintResult[]; errors: TerraformInputError[] } {
  const errors: TerraformInputError[] = [];
  const results: FileLintResult[] = [];
  // Plans are judged as they are read; root modules once all are read, so that the quota rules
  // count a subscription id that several name (the stacks of `cdktf.out`) over all of them, as
  // the synth counts the whole app (`subscription-peers.ts`).
  // A module whose configurations name no subscription id literally neither gives nor takes
  // peers: it is judged as it is read, like a plan.
  const modules: { group: ParsedInput[]; read: ReadUnit; ids: Set<string>; check: (judge: () => void) => void }[] = [];
  forEachUnit(files, options, errors, (group, check) => check(() => {
    const read = readUnit(group, options, errors);
    const ids = group[0].kind === 'plan' ? undefined : literalIdsOf(read.topology);
    if (ids === undefined || ids.size === 0) results.push(...lintDocument(group, read, options));
    else modules.push({ group, read, ids, check });
  }));
  const judged = withPeersOfRun(modules.map((m) => ({
    label: path.dirname(m.group[0].file), name: stackNameOf(m.group), topology: m.read.topology, ids: m.ids,
    checkedAtSynth: m.group.some((g) => carriedMetadata(g.doc) !== undefined),
  })));
  modules.forEach(({ group, read, check }, i) => check(() => results.push(...lintDocument(group, { ...read, topology: judged[i] }, options))));
  const order = new Map(files.map((f, i) => [f, i]));
  results.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  return { results, errors };
}

/**
 * The name of the stack a root module is (`"//".metadata.stackName`, which cdktf writes into
 * `cdk.tf.json` and names the stack's directory after), else its directory's name: how the quota
 * rules name its configurations (`b/azurerm`), as the synth names them.
 */
function stackNameOf(group: ParsedInput[]): string {
  for (const g of group) {
    const name = writtenStackName(g.doc);
    if (name !== undefined) return name;
  }
  return path.basename(path.dirname(path.resolve(group[0].file)));
}

/**
 * What lint, simulate and handoff read from files, one unit at a time: each plan alone (at once,
 * so that large plans are never held in memory together), then the configuration files of each
 * directory as one root module (a directory another one calls as a local module is read through
 * its callers). `visit` gets the unit and a guard: one bad input never stops the others, and an
 * unexpected failure is reported like unusable input.
 */
function forEachUnit(files: string[], options: LintOptions, errors: TerraformInputError[],
  visit: (group: ParsedInput[], check: (read: () => void) => void) => void): void {
  const guard = (group: ParsedInput[]) => (read: () => void) => {
    try {
      read();
    } catch (e) {
      for (const g of group) errors.push(asInputError(g.file, e));
    }
  };
  const modules = new Map<string, ParsedInput[]>();
  // A file named twice is read once.
  const unique = [...new Map(files.map((f) => [path.resolve(f), f])).values()];
  for (const file of unique) {
    let input: ParsedInput;
    try {
      input = parseText(readBytes(file, options), file);
    } catch (e) {
      errors.push(asInputError(file, e));
      continue;
    }
    if (input.kind === 'plan') {
      visit([input], guard([input]));
      continue;
    }
    const dir = path.dirname(path.resolve(file));
    const module = modules.get(dir);
    if (module) module.push(input);
    else modules.set(dir, [input]);
  }
  const called = new Set<string>();
  for (const [dir, group] of modules) {
    for (const target of localModuleDirs(group)) if (target !== dir) called.add(target);
  }
  for (const [dir, group] of modules) {
    if (!called.has(dir)) visit(group, guard(group));
  }
}

/** The directories a module's files call as local modules (`source = "./..."`). */
function localModuleDirs(group: ParsedInput[]): string[] {
  const out: string[] = [];
  for (const g of group) {
    if (!isObject(g.doc)) continue;
    for (const block of (Array.isArray(g.doc.module) ? g.doc.module : [g.doc.module]).filter(isObject)) {
      for (const raw of Object.values(block)) {
        const body = Array.isArray(raw) ? raw[0] : raw;
        const source = isObject(body) ? body.source : undefined;
        if (typeof source === 'string' && (source.startsWith('./') || source.startsWith('../'))) {
          out.push(path.resolve(path.dirname(path.resolve(g.file)), source));
        }
      }
    }
  }
  return out;
}

/** Reads the Terraform files of a local module's directory; unreadable files are reported and skipped. */
function moduleReader(options: LintOptions, errors: TerraformInputError[]) {
  const seen = new Map<string, ConfigFile[]>();
  return (dir: string): ConfigFile[] | undefined => {
    const cached = seen.get(dir);
    if (cached) return cached;
    let names: string[];
    try {
      names = fs.readdirSync(dir).filter((n) => n.endsWith('.tf') || n.endsWith('.tf.json')).sort(compareText);
    } catch {
      return undefined;
    }
    const files: ConfigFile[] = [];
    for (const n of names) {
      const file = path.join(dir, n);
      try {
        const input = parseText(readBytes(file, options), file);
        if (input.kind !== 'plan' && isObject(input.doc)) files.push({ file, doc: input.doc });
      } catch (e) {
        const error = asInputError(file, e);
        if (!errors.some((x) => x.message === error.message)) errors.push(error);
      }
    }
    seen.set(dir, files);
    return files;
  };
}
function asInputError(file: string, e: unknown): TerraformInputError {
  return e instanceof TerraformInputError ? e : new TerraformInputError(file, `could not be checked: ${(e as Error).message}`);
}

/** What one unit (a plan, or a root module's configuration files) reads as: the model the rules see and the catalog to judge it with. */
interface ReadUnit {
  readonly merged: TerraformDocument;
  /** The file that declares each address (a plan's are its own). */
  readonly fileOf: Map<string, string>;
  readonly topology: Topology;
  readonly catalog: MetroCatalog;
  /** Notes of the reading (values skipped, what the synth carried that could not be joined). */
  readonly notes: string[];
}

/**
 * Reads one unit as every command reads it: the Terraform mapped to the model (a plan as it is;
 * configuration files evaluated as one root module), the synth's carried intent joined into it
 * (`join-carried.ts`: a port's metro and bring-up stage, a Metro circuit, the resiliency a
 * gateway must reach, migrations), the resource names listed, and the catalog the synth carried
 * unless `options` gives one. Unreadable local modules and variable files go to `errors`.
 */
function readUnit(group: ParsedInput[], options: LintOptions, errors: TerraformInputError[]): ReadUnit {
  const notes: string[] = [];
  const plan = group[0].kind === 'plan';
  const evaluated = plan ? { document: normalise(group[0].doc)!, fileOf: new Map<string, string>() } : evaluateGroup(group, options, errors, notes);
  const merged = evaluated.document;
  const catalog = options.catalog ?? carriedCatalogOf(group.map((g) => g.doc), options.registry, notes) ?? MetroCatalog.builtIn();
  let topology = withSubscriptionIds(joinCarried(toTopology(merged, notes), group.map((g) => g.doc), merged.resources, notes), merged.subscriptionIds);
  const inputKind: InputKind = plan ? 'plan' : group.some((g) => g.kind === 'hcl') ? 'hcl' : 'terraform-json';
  topology = { ...topology, inputKind };
  if (options.providerVersion !== undefined) topology = { ...topology, providerVersion: options.providerVersion };
  return { merged, fileOf: evaluated.fileOf, topology, catalog, notes };
}

/** Checks one plan. */
function lintPlan(input: ParsedInput, options: LintOptions): FileLintResult {
  return lintDocument([input], readUnit([input], options, []), options)[0];
}

/** Evaluates the configuration files of one directory as a root module. */
function evaluateGroup(group: ParsedInput[], options: LintOptions, errors: TerraformInputError[], notes: string[]) {
  const dir = path.dirname(path.resolve(group[0].file));
  const files: ConfigFile[] = group.filter((g) => isObject(g.doc)).map((g) => ({ file: g.file, doc: g.doc as Record<string, unknown> }));
  const variables = rootVariables(dir, files, { varFiles: options.varFiles, vars: options.vars },
    (file, reason) => errors.push(new TerraformInputError(file, reason)));
  return evaluateModule(files, { variables, readModule: moduleReader(options, errors) }, notes);
}

/** Evaluates the configuration files of one directory as a root module and checks it. */
function lintConfigModule(group: ParsedInput[], options: LintOptions, errors: TerraformInputError[], judged?: (topology: Topology) => void): FileLintResult[] {
  return lintDocument(group, readUnit(group, options, errors), options, judged);
}

/** The model one unit of files reads as (`readModules`), with the files it was read from. */
export interface ModuleTopology {
  /** The files read together: one plan, or the configuration files of one directory. */
  readonly files: string[];
  /** The model the rules see, the synth's carried intent joined. */
  readonly topology: Topology;
  /** The catalog: `options.catalog`, else the one the synth carried, else the built-in one. */
  readonly catalog: MetroCatalog;
  /** Notes of the reading. */
  readonly notes: string[];
}

/**
 * The model of each unit lint judges among `files` (each plan; the configuration files of each
 * directory, a root module), read as lint reads it: what `handoff` prints.
 */
export function readModules(files: string[], options: LintOptions = {}): { modules: ModuleTopology[]; errors: TerraformInputError[] } {
  const errors: TerraformInputError[] = [];
  const modules: ModuleTopology[] = [];
  forEachUnit(files, options, errors, (group, check) => check(() => {
    const read = readUnit(group, options, errors);
    modules.push({ files: group.map((g) => g.file), topology: read.topology, catalog: read.catalog, notes: read.notes });
  }));
  return { modules, errors };
}

/**
 * The topology model the rules see for the configuration files of one directory (a root
 * module: `.tf`, `*.tf.json`), with the notes of the reading and the files that could not be read.
 */
export function readModuleTopology(files: string[], options: LintOptions = {}): { topology: Topology; notes: string[]; errors: TerraformInputError[] } {
  const errors: TerraformInputError[] = [];
  const group: ParsedInput[] = [];
  for (const file of files) {
    try {
      group.push(parseText(readBytes(file, options), file));
    } catch (e) {
      errors.push(asInputError(file, e));
    }
  }
  if (group.length === 0) return { topology: emptyTopology(), notes: [], errors };
  const { topology, notes } = readUnit(group, options, errors);
  return { topology, notes, errors };
}

/** Checks the inputs of one module (or one plan) together; one result per input. */
function lintDocument(group: ParsedInput[], read: ReadUnit, options: LintOptions, judged?: (topology: Topology) => void): FileLintResult[] {
  const { merged, fileOf, catalog, notes } = read;
  let topology = read.topology;
  const carriedNotes = new Map<string, string[]>();
  const suppressions = [...(options.suppressions ?? [])];
  for (const g of group) {
    const own: string[] = [];
    suppressions.push(...carriedSuppressions(g.doc, merged.resources, own));
    carriedNotes.set(g.file, own);
  }
  const { result, after } = judgeChange(topology, catalog, options.registry ?? RuleRegistry.builtIn(), suppressions);
  topology = after;
  judged?.(topology);
  // Subjects no file defines (the engine itself, a missing reference) go to the first file.
  const fileOfSubject = (subject: string) => fileOf.get(subject) ?? group[0].file;
  const noteFile = (note: string) => fileOfSubject(note.slice(0, Math.max(0, note.indexOf(': '))));
  // One report for the module, split by file: building it per file would cost files x topology.
  const full = buildReport(topology, result, catalog);
  const reportOf = group.length === 1 ? () => full : splitReport(full, fileOfSubject);
  return group.map((g) => new FileLintResult(g.file, g.kind, reportOf(g.file),
    [...notes.filter((n) => group.length === 1 || noteFile(n) === g.file), ...carriedNotes.get(g.file)!], g.text, g.lines));
}

/**
 * The rules that judge a plan's deletions (Resiliency Guard: Azure blocks deleting a multi-homed
 * or Metro gateway, or a connection such a gateway needs). They see the resources the plan
 * deletes; every other rule sees the topology after the apply, so that what a plan deletes is
 * neither judged on its old values nor counted as still there.
 */
const DELETION_GUARDS = ['PLAN003', 'PLAN004', 'PLAN005'];

function judgeChange(topology: Topology, catalog: MetroCatalog, registry: RuleRegistry, suppressions: Suppression[]): { result: ValidationResult; after: Topology } {
  const kept = <T extends { destroying?: boolean }>(nodes: T[]) => nodes.filter((n) => n.destroying !== true);
  const deletes = [topology.ports, topology.circuits, topology.peerings, topology.authorizations, topology.gateways, topology.connections,
    topology.globalReach, topology.routeFilters, topology.keyVaults ?? []].some((nodes) => nodes.some((n) => n.destroying === true));
  if (!deletes) return { result: new RuleEngine({ catalog, registry, suppressions }).validate(topology), after: topology };
  // The quota rules count a peer's members as they count this module's (`withSubscriptionPeers`).
  const after: Topology = withSubscriptionPeers({
    ...topology, ports: kept(topology.ports), circuits: kept(topology.circuits), peerings: kept(topology.peerings),
    authorizations: kept(topology.authorizations), gateways: kept(topology.gateways), connections: kept(topology.connections),
    globalReach: kept(topology.globalReach), routeFilters: kept(topology.routeFilters), keyVaults: topology.keyVaults && kept(topology.keyVaults),
  }, subscriptionPeersOf(topology));
  const guards = RuleRegistry.empty();
  for (const id of DELETION_GUARDS) {
    const rule = registry.tryGet(id);
    if (rule) guards.register(rule);
  }
  const a = new RuleEngine({ catalog, registry: registry.without(...DELETION_GUARDS), suppressions }).validate(after);
  const b = new RuleEngine({ catalog, registry: guards, suppressions }).validate(topology);
  return {
    after,
    result: {
      findings: [...a.findings, ...b.findings].sort(compareFindings),
      errorCount: a.errorCount + b.errorCount, warningCount: a.warningCount + b.warningCount, infoCount: a.infoCount + b.infoCount,
    },
  };
}

/** A module's report split by the file that defines each subject. */
function splitReport(full: ExpressRouteReport, fileOf: (subject: string) => string): (file: string) => ExpressRouteReport {
  const parts = new Map<string, { findings: Finding[]; resiliency: ExpressRouteReport['resiliency']; unconnectedCircuits: string[] }>();
  const part = (file: string) => {
    let p = parts.get(file);
    if (!p) {
      p = { findings: [], resiliency: [], unconnectedCircuits: [] };
      parts.set(file, p);
    }
    return p;
  };
  for (const f of full.findings) part(fileOf(f.path)).findings.push(f);
  for (const r of full.resiliency) part(fileOf(r.gateway)).resiliency.push(r);
  for (const c of full.unconnectedCircuits) part(fileOf(c)).unconnectedCircuits.push(c);
  return (file) => {
    const p = part(file);
    const live = p.findings.filter((f) => !f.suppressed);
    const count = (severity: Severity) => live.filter((f) => f.severity === severity).length;
    return withSimulation(full, {
      ...p,
      summary: { errors: count(Severity.ERROR), warnings: count(Severity.WARNING), infos: count(Severity.INFO), suppressed: p.findings.length - live.length },
    }, (subject) => fileOf(subject) === file);
  };
}

/**
 * The files to lint: files as given; for a directory, every `*.tf` and `*.tf.json` below it
 * (`cdktf.out/` holds one `cdk.tf.json` per stack).
 */
export function expandInputs(inputs: string[], kind: InputFiles = TERRAFORM_FILES): { files: string[]; errors: TerraformInputError[] } {
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
    const found = findFiles(input, 0, kind.matches);
    if (found.length === 0) errors.push(new TerraformInputError(input, `is a directory with no ${kind.described} file`));
    files.push(...found);
  }
  return { files, errors };
}

/** Which files of a directory a command reads. */
export interface InputFiles {
  /** Whether a file name is one to read. */
  readonly matches: (name: string) => boolean;
  /** The names, for the message about a directory with none (`*.json`). */
  readonly described: string;
}

/** Terraform configuration: what `lint`, `simulate` and `handoff` read. */
const TERRAFORM_FILES: InputFiles = { matches: (n) => n.endsWith('.tf.json') || n.endsWith('.tf'), described: '*.tf or *.tf.json' };

function findFiles(dir: string, depth: number, matches: (name: string) => boolean): string[] {
  if (depth > 16) return [];
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name));
  return entries.flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name.startsWith('.') ? [] : findFiles(p, depth + 1, matches);
    return e.isFile() && matches(e.name) ? [p] : [];
  });
}

function lineOf(text: string, kind: string, address: string): number | undefined {
  let at = -1;
  if (kind === 'hcl') {
    at = hclBlockOffset(text, address);
  } else if (kind === 'plan') {
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


/** Where the block of an address starts in a `.tf` file: the resource, or the module call that holds it. */
function hclBlockOffset(text: string, address: string): number {
  const quote = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const mod = /^module\.([A-Za-z0-9_-]+)/.exec(address);
  const m = mod ? undefined : /^(?:(data)\.)?([A-Za-z0-9_]+)\.([A-Za-z0-9_-]+)/.exec(address);
  const re = mod ? new RegExp(`^\\s*module\\s+"?${quote(mod[1])}"?\\s*\\{`, 'm')
    : m ? new RegExp(`^\\s*${m[1] ? 'data' : 'resource'}\\s+"?${quote(m[2])}"?\\s+"?${quote(m[3])}"?\\s*\\{`, 'm') : undefined;
  const found = re?.exec(text);
  return found ? found.index + (found[0].length - found[0].trimStart().length) : -1;
}
