import * as fs from 'fs';
import * as path from 'path';
import { MetroCatalog } from '../catalog/metro-catalog';
import { buildReport, MERMAID_MAX_TEXT_SIZE, mermaidDiagram, reportMarkdown } from '../report/report';
import {
  AnnotationMetadataEntryType, Annotations, Aspects, Construct, CUSTOM_SYNTHESIS_SYMBOL, IAspect, IConstruct, TerraformStack,
} from '../core/framework';
import { assertSameFramework } from '../core/guard';
import { changedResources } from '../core/tracked';
import { emptyTopology, Topology } from '../model/topology';
import { withSubscriptionIds } from '../model/subscription';
import { RuleEngine, Suppression, ValidationResult } from '../rules/engine';
import { pathOf } from './private/paths';
import { Finding, Severity } from '../rules/finding';
import { BUILTIN_RULES } from '../rules/builtin';
import { RuleRegistry } from '../rules/registry';
import { TopologyIndex } from '../rules/rule';
import { IRule } from '../rules/rule';
import { constructError, ValidationError } from '../errors';
import { DEFAULT_AZURERM_CONSTRAINT } from '../rules/provider-version';
import { METADATA_KEY, touchesStack } from '../terraform/carried-suppressions';
import { collectIntent, metadataFor, SYNTH_FAILED_KEY } from '../terraform/intent';
import { isObject } from '../terraform/records';
import { DescribedResources, joinWritten } from '../terraform/written';
import { instanceSuffix } from '../model/instances';

const VALIDATION_SYMBOL = Symbol.for('cdktf-expressroute-metro/validation');
const CONTRIBUTOR_SYMBOL = Symbol.for('cdktf-expressroute-metro/contributor');

/** The ids of the built-in rules; any other rule in force is a company rule. */
const BUILTIN_IDS = new Set(BUILTIN_RULES.map((r) => r.id));

/**
 * Set by the cdktf CLI (and cdktn's) when it runs the app. The CLI prints a thrown error's text
 * twice (live from stderr, then again under "Command output on stderr": @cdktf/commons `exec`,
 * @cdktf/cli-core `synth-stack.js`), but prints each error annotation once and then fails the
 * synth (@cdktf/cli-core `printAnnotations`): under the CLI, errors are reported that way.
 */
const CLI_READS_ERROR_ANNOTATIONS = 'CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS';

/** The `terraform.required_version` of every stack file of a synth that failed under the CLI: Terraform refuses to run it. */
export const VALIDATION_FAILED_VERSION = '= 0.0.0-expressroute-metro-validation-failed';

/** Id of the construct under each stack that runs the check and writes the report. */
export const VALIDATION_NODE_ID = 'ExpressRouteMetroValidation';

/** The report files written next to each stack's cdk.tf.json. */
export const REPORT_JSON = 'expressroute-report.json';
/** The Markdown report (with a Mermaid diagram). */
export const REPORT_MARKDOWN = 'expressroute-report.md';

interface SynthSession {
  readonly outdir: string;
  readonly manifest: { forStack(stack: TerraformStack): { workingDirectory: string } };
}

/**
 * Writes files next to a stack's cdk.tf.json when cdktf synthesizes it (before the stack file).
 * `files` returns file name -> content; the report and the migration runbook both use it.
 */
export function writeNextToStack(construct: IConstruct, stack: TerraformStack, files: () => Array<[string, string]>): void {
  Object.defineProperty(construct, CUSTOM_SYNTHESIS_SYMBOL, {
    value: {
      onSynthesize: (session: SynthSession) => {
        const dir = path.join(session.outdir, session.manifest.forStack(stack).workingDirectory);
        fs.mkdirSync(dir, { recursive: true });
        for (const [name, content] of files()) fs.writeFileSync(path.join(dir, name), content);
      },
    },
    enumerable: false, configurable: true,
  });
}

/** Context key: path of a JSON catalog that replaces the built-in one. */
export const CATALOG_FILE_CONTEXT = 'expressroute-metro:catalogFile';
/** Context key: path of a JSON overlay applied on top of the catalog. */
export const CATALOG_OVERLAY_CONTEXT = 'expressroute-metro:catalogOverlayFile';

/** Context key: the azurerm version constraint the stacks declare and the rules target. */
export const AZURERM_VERSION_CONTEXT = 'expressroute-metro:azurermVersion';

/** Adds a construct's nodes to the topology; `path` is the construct's path (its node key). Internal to the constructs. */
export type TopologyContribution = (topology: Topology, path: string) => void;

/** Marks a construct as describing itself to the topology model. */
export function registerContribution(construct: IConstruct, contribution: TopologyContribution): void {
  Object.defineProperty(construct, CONTRIBUTOR_SYMBOL, { value: contribution, enumerable: false, configurable: true });
  ExpressRouteValidation.of(construct).watch(TerraformStack.of(construct));
}

/**
 * The validation settings of one app: the catalog, the rules and the suppressions, and the
 * check that runs over every stack at synth.
 *
 * At synth, before any file is written, the rules run over the whole app. Any error stops the
 * synth with one `ValidationError` listing every error; warnings and infos become cdktf
 * annotations on the constructs.
 */
export class ExpressRouteValidation {
  /** The settings of the app that `scope` belongs to. */
  public static of(scope: IConstruct): ExpressRouteValidation {
    // Up the scopes by hand: `node.root` builds the list of every scope on each call, and every
    // construct of this library asks this once or twice.
    let top = scope;
    for (let up = top.node.scope; up !== undefined; up = up.node.scope) top = up;
    const root = top as unknown as Record<symbol, ExpressRouteValidation | undefined>;
    let v = root[VALIDATION_SYMBOL];
    if (!v) {
      v = new ExpressRouteValidation(top);
      Object.defineProperty(root, VALIDATION_SYMBOL, { value: v, enumerable: false });
    }
    return v;
  }

  private readonly root: IConstruct;
  private catalogInForce: MetroCatalog | undefined;
  private registryInForce = RuleRegistry.builtIn();
  private readonly suppressionList: Suppression[] = [];
  private providerVersionInForce: string | undefined;
  private readonly watched = new Set<TerraformStack>();
  private readonly annotated = new WeakMap<IConstruct, Set<string>>();
  private readonly lastRun = new Map<TerraformStack, { topology: Topology; result: ValidationResult; index: TopologyIndex }>();
  /** Each watched stack's own `toTerraform`, before this library wrapped it. */
  private readonly resolveStack = new Map<TerraformStack, () => Record<string, unknown>>();
  /**
   * The whole-app run of the synth under way: every stack's resolved document (each written as
   * checked, then dropped), the topology and the result. Every stack of one synth checks the
   * same app, so it runs once.
   */
  private pending?: { docs: Map<TerraformStack, Record<string, unknown>>; topology: Topology; result: ValidationResult; index: TopologyIndex; checked: Set<TerraformStack> };
  /** Stacks whose document must be checked again when written (an aspect may change them after the check). */
  private readonly recheck = new Set<TerraformStack>();

  private constructor(root: IConstruct) {
    this.root = root;
  }

  /**
   * The catalog in force: set with `useCatalog`, else from the context keys
   * `expressroute-metro:catalogFile` / `expressroute-metro:catalogOverlayFile`, else built in.
   */
  public get catalog(): MetroCatalog {
    if (!this.catalogInForce) {
      this.catalogInForce = MetroCatalog.load(
        this.root.node.tryGetContext(CATALOG_FILE_CONTEXT) as string | undefined,
        this.root.node.tryGetContext(CATALOG_OVERLAY_CONTEXT) as string | undefined);
    }
    return this.catalogInForce;
  }

  /**
   * The azurerm version constraint every stack with these constructs declares in
   * `required_providers` (instead of the bindings' exact 4.55.0 pin) and the rules target:
   * `useProviderVersion`, else the context key `expressroute-metro:azurermVersion`, else
   * `>= 4.60.0, < 5.0.0` (XPN MACsec ciphers and the port identity fix arrive in 4.60.0).
   */
  public get providerVersion(): string {
    return this.providerVersionInForce
      ?? (this.root.node.tryGetContext(AZURERM_VERSION_CONTEXT) as string | undefined)
      ?? DEFAULT_AZURERM_CONSTRAINT;
  }

  /** Declares and targets another azurerm version constraint (`>= 4.79.0, < 5.0.0`). */
  public useProviderVersion(constraint: string): ExpressRouteValidation {
    this.providerVersionInForce = constraint;
    return this;
  }

  /** The rules that run. */
  public get registry(): RuleRegistry {
    return this.registryInForce;
  }

  /** Every suppression. */
  public get suppressions(): Suppression[] {
    return [...this.suppressionList];
  }

  /** Uses another catalog (a replaced or overlaid one) for this app. */
  public useCatalog(catalog: MetroCatalog): ExpressRouteValidation {
    this.catalogInForce = catalog;
    return this;
  }

  /** Uses another rule registry for this app. */
  public useRegistry(registry: RuleRegistry): ExpressRouteValidation {
    this.registryInForce = registry;
    return this;
  }

  /** Adds a company rule. */
  public addRule(rule: IRule): ExpressRouteValidation {
    this.registryInForce.register(rule);
    return this;
  }

  /**
   * Suppresses a rule on a construct and everything below it (a stack suppresses it for the
   * whole stack). The finding stays in the report, marked suppressed, with the reason.
   * SEC rules (plain-text secrets) cannot be suppressed.
   */
  public suppress(scope: IConstruct, ruleId: string, reason: string): ExpressRouteValidation {
    // An unknown id (with the close ones named), a reason under 10 characters (cdk-nag's rule) or
    // a rule marked not suppressible: rejected at once. Register company rules before suppressing them.
    const problems = this.registryInForce.checkSuppression(ruleId, reason);
    if (problems.length > 0) {
      throw constructError(scope, ...problems.map((message) => ({
        ruleId: 'CONSTRUCT013', property: 'suppression', value: `${ruleId}: ${String(reason)}`, message,
        fix: 'Suppress a registered, suppressible rule id with a reason of 10 characters or more saying why.',
        source: 'https://github.com/cdklabs/cdk-nag#suppressing-a-rule',
      })));
    }
    this.suppressionList.push({ ruleId, path: scope.node.path === '' ? '*' : scope.node.path, reason });
    return this;
  }

  /**
   * Builds the topology model of the whole app from its constructs alone (what they declare,
   * before Terraform resolves it). The synth judges more: `validate()`.
   */
  public buildTopology(): Topology {
    return this.constructTopology().topology;
  }

  /**
   * Runs the rules over the whole app as it will be written: the constructs' model, joined with
   * what each stack's resolved Terraform adds (escape-hatch overrides, resources made with the
   * provider classes, outputs, resource names).
   */
  public validate(): ValidationResult {
    return this.run(false).result;
  }

  /** The constructs' model, what they describe, and the escape hatches used, in one walk. */
  private constructTopology(): { topology: Topology; described: DescribedResources; userAspects: boolean } {
    const topology = emptyTopology();
    const owners = new Map<string, string>();
    const overridden = new Set<string>();
    let userAspects = false;
    // Every construct of the app passes here once, mostly before V8 optimizes this loop: the
    // common case (no contribution, no override, no aspect) costs three property reads.
    const nodes = preorder(this.root);
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      const c = node as unknown as Record<symbol | string, unknown>;
      const contribution = c[CONTRIBUTOR_SYMBOL] as TopologyContribution | undefined;
      if (contribution !== undefined) {
        const path = pathOf(node);
        contribution(topology, path);
        // Every construct here keeps its azurerm resource as its `Resource` child.
        owners.set(`${path}/Resource`, path);
      }
      const raw = c.rawOverrides;
      if (raw !== undefined && isObject(raw) && hasKeys(raw)) {
        if (TerraformStack.isStack(node)) {
          const resources = raw.resource;
          if (isObject(resources)) {
            for (const [type, byName] of Object.entries(resources)) if (isObject(byName)) for (const name of Object.keys(byName)) overridden.add(`${type}.${name}`);
          }
        } else {
          overridden.add(node.node.path);
        }
      }
      // cdktf gives a construct an (often empty) aspect holder when it first visits it.
      const aspects = userAspects ? undefined : c[aspectsSymbol ?? findAspectsSymbol(node)] as { all: unknown[] } | undefined;
      if (aspects !== undefined && aspects.all.length > 0 && node.node.id !== VALIDATION_NODE_ID) userAspects = true;
    }
    // Resources changed through their API (a setter): escape hatches like an override.
    for (const resource of changedResources(this.root)) overridden.add(resource.node.path);
    return { topology: { ...topology, providerVersion: this.providerVersion, inputKind: 'constructs' }, described: { owners, overridden }, userAspects };
  }

  /**
   * One whole-app run: each stack resolved once (the document cdktf then writes, when `forSynth`),
   * this library's metadata added to it, and the rules run over the joined model.
   */
  private run(forSynth: boolean): { docs: Map<TerraformStack, Record<string, unknown>>; topology: Topology; result: ValidationResult; index: TopologyIndex } {
    const stacks = [...this.watched];
    for (const stack of stacks) stack.addOverride('terraform.required_providers.azurerm.version', this.providerVersion);
    const built = this.constructTopology();
    const docs = new Map<TerraformStack, Record<string, unknown>>();
    let topology = built.topology;
    const notes: string[] = [];
    const addressOfOwner = new Map<string, string>();
    const subscriptionIds = new Map<string, string>();
    for (const stack of stacks) {
      const resolve = this.resolveStack.get(stack) ?? (() => stack.toTerraform());
      const doc = resolve();
      docs.set(stack, doc);
      topology = joinWritten(topology, stack.node.path, doc, built.described, notes, addressOfOwner, subscriptionIds);
    }
    // Keyed `<stack>/<configuration>` already: one pass over the app's circuits and ports.
    topology = withSubscriptionIds(topology, subscriptionIds);
    for (const stack of stacks) this.addMetadata(stack, docs.get(stack)!, built.topology, addressOfOwner);
    const index = new TopologyIndex(topology);
    const result = this.engine().validate(topology, index);
    if (forSynth && built.userAspects) {
      // An aspect visited after this check may still change a stack: resolve it again when written.
      for (const stack of stacks) this.recheck.add(stack);
      docs.clear();
    }
    return { docs, topology, result, index };
  }

  /** Writes what the lint needs for the synth's verdict into the document's `"//"` comment. */
  private addMetadata(stack: TerraformStack, doc: Record<string, unknown>, topology: Topology, addressOfOwner: Map<string, string>): void {
    const prefix = `${stack.node.path}/`;
    const intent = collectIntent(topology, (p) => p.startsWith(prefix), (key) => addressOfOwner.get(key));
    const companyRules = this.registryInForce.rules.map((r) => r.id).filter((id) => !BUILTIN_IDS.has(id));
    const comment = isObject(doc['//']) ? doc['//'] : (doc['//'] = {});
    const ours = isObject(comment[METADATA_KEY]) ? comment[METADATA_KEY] as Record<string, unknown> : (comment[METADATA_KEY] = {}) as Record<string, unknown>;
    Object.assign(ours, metadataFor(intent, this.catalog, companyRules, this.providerVersion));
    // The stack's suppressions travel too, so that linting it suppresses the same findings.
    const carried = this.suppressionList.filter((x) => touchesStack(x.path, stack.node.path));
    if (carried.length > 0) ours.suppressions = carried.map((x) => ({ ruleId: x.ruleId, path: x.path, reason: x.reason }));
  }

  private engine(): RuleEngine {
    return new RuleEngine({ catalog: this.catalog, registry: this.registryInForce, suppressions: this.suppressionList });
  }

  /**
   * Makes sure the stack is checked at synth: a childless construct under the stack carries the
   * check (an aspect, so `Testing.synth` runs it too) and the report writer. On the leaf, cdktf
   * visits the aspect once; on the stack it would visit every construct of the stack.
   */
  public watch(stack: TerraformStack): void {
    if (this.watched.has(stack)) return;
    assertSameFramework(stack);
    this.watched.add(stack);
    const self = this;
    const leaf = new Construct(stack, VALIDATION_NODE_ID);
    const aspect: IAspect = {
      visit(node: IConstruct) {
        if (node === leaf) self.checkAtSynth(stack);
      },
    };
    Aspects.of(leaf).add(aspect);
    if (aspectsSymbol === undefined) findAspectsSymbol(leaf);
    writeNextToStack(leaf, stack, () => self.reportFiles(stack));
    // cdktf resolves the stack once more to write it (App.synth, Testing.synth): hand it the
    // document the check resolved and judged, so that what is written is what was checked.
    const original = stack.toTerraform.bind(stack) as () => Record<string, unknown>;
    this.resolveStack.set(stack, original);
    Object.defineProperty(stack, 'toTerraform', {
      configurable: true, writable: true, enumerable: false,
      value: () => self.resolvedForWriting(stack),
    });
  }

  /** The document to write: the one checked, or (after an aspect that may have changed it) a checked new one. */
  private resolvedForWriting(stack: TerraformStack): Record<string, unknown> {
    const checked = this.pending?.docs.get(stack);
    if (checked) {
      this.pending!.docs.delete(stack);
      return checked;
    }
    if (!this.recheck.delete(stack)) return this.resolveStack.get(stack)!();
    const run = this.run(false);
    this.lastRun.set(stack, { topology: run.topology, result: run.result, index: run.index });
    if (run.result.errorCount > 0) {
      if (process.env[CLI_READS_ERROR_ANNOTATIONS] === undefined) throw new ValidationError(run.result.findings);
      // Under the cdktf CLI, as at the check: the errors as annotations, the refusal as the file.
      this.reportToCli(stack, run.result.findings);
      return refusedDocument();
    }
    return run.docs.get(stack)!;
  }

  /** The report files of one stack. */
  private reportFiles(stack: TerraformStack): Array<[string, string]> {
    const run = this.lastRun.get(stack);
    if (!run) return [];
    const prefix = `${stack.node.path}/`;
    const include = (p: string) => p.startsWith(prefix);
    const report = buildReport(run.topology, run.result, this.catalog, include, run.index);
    return [
      // Compact: a machine's file (the Markdown is the reader's); a 1,000-circuit report's thousands
      // of failure scenarios cost half again as much to indent (`jq .` indents it).
      [REPORT_JSON, `${JSON.stringify({ stack: stack.node.id, providerVersion: run.topology.providerVersion, ...report })}\n`],
      [REPORT_MARKDOWN, `${reportMarkdown(stack.node.id, report, mermaidDiagram(run.topology, this.catalog, include, MERMAID_MAX_TEXT_SIZE))}\n`],
    ];
  }

  private checkAtSynth(stack: TerraformStack): void {
    // One run serves every stack of one synth; a stack checked again (the next synth, or after
    // an error stopped this one) starts a new run.
    if (!this.pending || !this.pending.docs.has(stack) || this.pending.checked.has(stack)) this.pending = { ...this.run(true), checked: new Set() };
    this.pending.checked.add(stack);
    const { topology, result, index } = this.pending;
    this.lastRun.set(stack, { topology, result, index });
    const prefix = `${stack.node.path}/`;
    for (const f of result.findings) {
      if ((f.severity === Severity.ERROR && !f.suppressed) || !f.path.startsWith(prefix)) continue;
      const target = findByPath(stack, f.path.slice(prefix.length));
      if (target) this.annotate(target, f);
    }
    if (result.errorCount > 0) {
      if (process.env[CLI_READS_ERROR_ANNOTATIONS] === undefined) throw new ValidationError(result.findings);
      this.reportToCli(stack, result.findings);
    }
  }

  /**
   * Under the cdktf CLI: every error as an error annotation on its construct (the CLI prints each
   * once, then fails the synth). The CLI still writes the stack's file: it holds only a
   * `terraform.required_version` no Terraform satisfies, so that nothing the synth rejected (a
   * literal key included) is written, planned or applied.
   */
  private reportToCli(stack: TerraformStack, findings: Finding[]): void {
    const prefix = `${stack.node.path}/`;
    const prefixes = [...this.watched].map((s) => `${s.node.path}/`);
    const first = [...this.watched][0];
    const inSomeStack = (p: string) => prefixes.some((x) => p.startsWith(x));
    for (const f of findings) {
      if (f.severity !== Severity.ERROR || f.suppressed) continue;
      const own = f.path.startsWith(prefix);
      if (!own && !(stack === first && !inSomeStack(f.path))) continue;
      const found = own ? findByPath(stack, f.path.slice(prefix.length)) : undefined;
      const target = found ?? stack;
      const subject = found === undefined ? `${f.path}: ` : instanceNote(found, f);
      const text = `[${f.ruleId}] ${subject}${f.property} = ${f.value}: ${f.message} Fix: ${f.fix} Source: ${f.source}`;
      // Once per construct: a stack checked again when written (after a user aspect) reports the same errors.
      let done = this.annotated.get(target);
      if (!done) this.annotated.set(target, (done = new Set()));
      if (done.has(text)) continue;
      done.add(text);
      // No stack trace: the message locates the problem; a trace would point into the library.
      target.node.addMetadata(AnnotationMetadataEntryType.ERROR, text, { stackTrace: false });
    }
    // The file holds nothing of the rejected configuration (a literal secret among it), only the refusal.
    if (this.pending?.docs.has(stack)) this.pending.docs.set(stack, refusedDocument());
  }

  private annotate(target: IConstruct, f: Finding): void {
    const key = `${f.ruleId}|${f.path}|${f.property}|${f.value}`;
    let done = this.annotated.get(target);
    if (!done) this.annotated.set(target, (done = new Set()));
    if (done.has(key)) return;
    done.add(key);
    const text = `[${f.ruleId}] ${instanceNote(target, f)}${f.property} = ${f.value}: ${f.message} Fix: ${f.fix}`;
    if (f.suppressed) Annotations.of(target).addInfo(`${text} (suppressed: ${f.suppressionReason})`);
    else if (f.severity === Severity.WARNING) Annotations.of(target).addWarning(text);
    else Annotations.of(target).addInfo(text);
  }
}

/** What a stack's file holds when the synth failed under the cdktf CLI. */
function refusedDocument(): Record<string, unknown> {
  return {
    '//': { [METADATA_KEY]: { [SYNTH_FAILED_KEY]: 'the app\'s synth failed (the cdktf CLI printed its errors); nothing of this stack is written. Fix the errors and synthesize again.' } },
    terraform: { required_version: VALIDATION_FAILED_VERSION },
  };
}

/**
 * Every construct under `root` (itself included), parents before children: `node.findAll()`'s
 * order, without running its visitor. cdktf's synth later calls `findAll(POSTORDER)` once; when
 * V8 has optimized the shared visitor on pre-order walks only, that call deoptimizes it once per
 * construct in some runs (about 1,000 deoptimizations in the 1,000-circuit benchmark, seen with
 * `--trace-deopt` in a third of the runs, with raw bindings nested alike too). A walk of the whole
 * app here made that likelier.
 */
function preorder(root: IConstruct): IConstruct[] {
  const out: IConstruct[] = [];
  const pending: IConstruct[] = [root];
  while (pending.length > 0) {
    const c = pending.pop()!;
    out.push(c);
    const children = c.node.children;
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
  }
  return out;
}

/** The construct at a path below `scope` (`Circuit/Private`), walking ids instead of listing every node. */
function findByPath(scope: IConstruct, relative: string): IConstruct | undefined {
  const found = childAt(scope, relative);
  if (found !== undefined) return found;
  // An instance of a construct's resource written with `count`/`for_each` (`Circuit[1]`, `Circuit["a/b"]`): the construct.
  const suffix = instanceSuffix(relative);
  return suffix === undefined ? undefined : childAt(scope, relative.slice(0, relative.length - suffix.length));
}

/** A finding on an instance of `target`'s resource (`count`/`for_each`) names the instance (`[1] `); else nothing. */
function instanceNote(target: IConstruct, f: Finding): string {
  return f.path === target.node.path ? '' : `${f.path.slice(target.node.path.length)} `;
}

function childAt(scope: IConstruct, relative: string): IConstruct | undefined {
  let current: IConstruct | undefined = scope;
  for (const id of relative.split('/')) {
    current = current?.node.tryFindChild(id);
    if (!current) return undefined;
  }
  return current;
}

/** Whether an object has an own enumerable key, without listing its keys. */
function hasKeys(o: Record<string, unknown>): boolean {
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) return true;
  return false;
}

/**
 * cdktf's private symbol for a construct's aspects. `Aspects.of` would attach a holder to every
 * construct it is asked about (a new hidden class on each); cdktf keeps the holder under this
 * symbol, so the walk reads it instead: found once (on this library's own leaf, which has an
 * aspect), then read directly on every construct.
 */
let aspectsSymbol: symbol | undefined;

/** cdktf's private symbol for a construct's aspects, when `c` carries it (else a symbol nothing carries). */
function findAspectsSymbol(c: IConstruct): symbol {
  const found = Object.getOwnPropertySymbols(c).find((sym) => sym.description === 'cdktf-aspects');
  if (found) aspectsSymbol = found;
  return found ?? NO_SYMBOL;
}

const NO_SYMBOL = Symbol('no aspects');
