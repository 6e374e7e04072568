import * as fs from 'fs';
import * as path from 'path';
import { MetroCatalog } from '../catalog/metro-catalog';
import { buildReport, MERMAID_MAX_TEXT_SIZE, mermaidDiagram, reportMarkdown } from '../report/report';
import {
  Annotations, Aspects, Construct, CUSTOM_SYNTHESIS_SYMBOL, IAspect, IConstruct, TerraformStack,
} from '../core/framework';
import { assertSameFramework } from '../core/guard';
import { emptyTopology, Topology } from '../model/topology';
import { RuleEngine, Suppression, ValidationResult } from '../rules/engine';
import { Finding, Severity } from '../rules/finding';
import { RuleRegistry } from '../rules/registry';
import { IRule } from '../rules/rule';
import { ValidationError } from '../errors';
import { DEFAULT_AZURERM_CONSTRAINT } from '../rules/provider-version';
import { METADATA_KEY, touchesStack } from '../terraform/carried-suppressions';

const VALIDATION_SYMBOL = Symbol.for('cdktf-expressroute-metro/validation');
const CONTRIBUTOR_SYMBOL = Symbol.for('cdktf-expressroute-metro/contributor');

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

/** Adds a construct's nodes to the topology. Internal to the constructs. */
export type TopologyContribution = (topology: Topology) => void;

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
    const root = scope.node.root as unknown as Record<symbol, ExpressRouteValidation | undefined>;
    let v = root[VALIDATION_SYMBOL];
    if (!v) {
      v = new ExpressRouteValidation(scope.node.root);
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
  private readonly lastRun = new Map<TerraformStack, { topology: Topology; result: ValidationResult }>();
  /** The last whole-app run: every stack of one synth checks the same app, so it runs once. */
  private cachedRun?: { key: string; catalog: MetroCatalog; result: ValidationResult };

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
    if (typeof reason !== 'string' || reason.trim() === '') {
      throw new Error(`Suppressing ${ruleId} on ${scope.node.path || '(app)'} needs a reason.`);
    }
    if (ruleId.startsWith('SEC')) {
      throw new Error(`${ruleId} cannot be suppressed: a plain-text secret would reach cdk.tf.json.`);
    }
    this.suppressionList.push({ ruleId, path: scope.node.path === '' ? '*' : scope.node.path, reason });
    return this;
  }

  /** Builds the topology model of the whole app from its constructs. */
  public buildTopology(): Topology {
    const topology = emptyTopology();
    for (const c of this.root.node.findAll()) {
      const contribution = (c as unknown as Record<symbol, TopologyContribution | undefined>)[CONTRIBUTOR_SYMBOL];
      if (contribution) contribution(topology);
    }
    return { ...topology, providerVersion: this.providerVersion };
  }

  /** Runs the rules over the whole app. */
  public validate(): ValidationResult {
    return this.engine().validate(this.buildTopology());
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
    writeNextToStack(leaf, stack, () => self.reportFiles(stack));
  }

  /** The report files of one stack. */
  private reportFiles(stack: TerraformStack): Array<[string, string]> {
    const run = this.lastRun.get(stack);
    if (!run) return [];
    const prefix = `${stack.node.path}/`;
    const include = (p: string) => p.startsWith(prefix);
    const report = buildReport(run.topology, run.result, this.catalog, include);
    return [
      [REPORT_JSON, `${JSON.stringify({ stack: stack.node.id, providerVersion: run.topology.providerVersion, ...report }, null, 2)}\n`],
      [REPORT_MARKDOWN, `${reportMarkdown(stack.node.id, report, mermaidDiagram(run.topology, this.catalog, include, MERMAID_MAX_TEXT_SIZE))}\n`],
    ];
  }

  private checkAtSynth(stack: TerraformStack): void {
    stack.addOverride('terraform.required_providers.azurerm.version', this.providerVersion);
    // The stack's suppressions travel in cdk.tf.json, so that linting it suppresses the same findings.
    const carried = this.suppressionList.filter((x) => touchesStack(x.path, stack.node.path));
    if (carried.length > 0) {
      stack.addOverride(`//.${METADATA_KEY}.suppressions`, carried.map((x) => ({ ruleId: x.ruleId, path: x.path, reason: x.reason })));
    }
    const topology = this.buildTopology();
    // With one stack there is one check per synth: nothing to share, so no cache key to build.
    const key = this.watched.size > 1
      ? JSON.stringify([topology, this.suppressionList, this.registryInForce.rules.map((r) => r.id)])
      : undefined;
    let result: ValidationResult;
    if (key !== undefined && this.cachedRun && this.cachedRun.key === key && this.cachedRun.catalog === this.catalog) {
      result = this.cachedRun.result;
    } else {
      result = this.engine().validate(topology);
      this.cachedRun = key === undefined ? undefined : { key, catalog: this.catalog, result };
    }
    this.lastRun.set(stack, { topology, result });
    const prefix = `${stack.node.path}/`;
    for (const f of result.findings) {
      if ((f.severity === Severity.ERROR && !f.suppressed) || !f.path.startsWith(prefix)) continue;
      const target = findByPath(stack, f.path.slice(prefix.length));
      if (target) this.annotate(target, f);
    }
    if (result.errorCount > 0) throw new ValidationError(result.findings);
  }

  private annotate(target: IConstruct, f: Finding): void {
    const key = `${f.ruleId}|${f.property}|${f.value}`;
    let done = this.annotated.get(target);
    if (!done) this.annotated.set(target, (done = new Set()));
    if (done.has(key)) return;
    done.add(key);
    const text = `[${f.ruleId}] ${f.property} = ${f.value}: ${f.message} Fix: ${f.fix}`;
    if (f.suppressed) Annotations.of(target).addInfo(`${text} (suppressed: ${f.suppressionReason})`);
    else if (f.severity === Severity.WARNING) Annotations.of(target).addWarning(text);
    else Annotations.of(target).addInfo(text);
  }
}

/** The construct at a path below `scope` (`Circuit/Private`), walking ids instead of listing every node. */
function findByPath(scope: IConstruct, relative: string): IConstruct | undefined {
  let current: IConstruct | undefined = scope;
  for (const id of relative.split('/')) {
    current = current?.node.tryFindChild(id);
    if (!current) return undefined;
  }
  return current;
}
