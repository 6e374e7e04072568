/**
 * One Terraform module (the `.tf` and `.tf.json` files of a directory) evaluated statically into
 * resource records: variables (defaults, tfvars, `--var`, converted to their types), locals,
 * `count`/`for_each` instances, `dynamic` blocks over known collections, and local modules inlined
 * with their inputs (`module.x.azurerm_...`). Registry and remote modules are opaque (a note).
 * What cannot be known stays a `${...}` string, which the mapping to the model marks unresolved.
 */
import * as path from 'path';
import { ImportRecord, importTarget, interpolationRefs, isObject, OutputRecord, providerKeyOf, ResourceRecord, TerraformDocument } from '../records';
import { providerSubscriptionIds } from '../../model/subscription';
import { Evaluator, evaluateJson, instanceAddress, isRecord, isStandIn, ResourceValue, Scope, Unknown, unknownIn, Value } from './evaluate';
import { convertToType, parseTypeConstraint } from './types';
import { withProps } from '../../util/objects';

/** One parsed configuration file (HCL through hcl2json, or Terraform JSON). */
export interface ConfigFile {
  readonly file: string;
  readonly doc: Record<string, unknown>;
}

/** Reads the configuration files of a local module's directory; undefined when there are none. */
export type ModuleReader = (dir: string) => ConfigFile[] | undefined;

/** Options of a module evaluation. */
export interface ModuleOptions {
  /** Values of the root module's variables (tfvars, `--var`), already evaluated. */
  readonly variables?: ReadonlyMap<string, Value>;
  /** Reads a local module's files. */
  readonly readModule?: ModuleReader;
}

/** The marker written where a value is not known. */
const UNKNOWN_TEXT = '${(known after apply)}';
const MAX_DEPTH = 16;
/** Meta-arguments that are not resource attributes. */
const META = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle', 'provisioner', 'connection']);
/**
 * Meta-arguments of a module call; any other argument is an input (a module may declare a variable
 * named `connection` or `provider`).
 * (https://developer.hashicorp.com/terraform/language/modules/syntax, "Meta-arguments": "Along with
 * `source` and `version`", `count`, `for_each`, `providers`, `depends_on").
 */
const MODULE_META = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

const bodyOf = (raw: unknown): Record<string, unknown> | undefined => {
  const b = Array.isArray(raw) ? raw[0] : raw;
  return isObject(b) ? b : undefined;
};
const bodiesOf = (raw: unknown): Record<string, unknown>[] => (Array.isArray(raw) ? raw : [raw]).filter(isObject);

/** The instances of a resource or module call. */
interface Expansion {
  readonly keys: (number | string)[] | 'single' | 'unknown';
  readonly multiplicityUnknown: boolean;
  readonly eachValues?: Value[];
  /** What the `for_each` read that is not a literal of the configuration (see `tracker`): what `each` is computed from. */
  readonly eachFrom?: ReadonlySet<string>;
}

/** One instance's `each` (`count.index` for a `count`). */
interface Each {
  readonly key: number | string;
  readonly value: Value;
  readonly from?: ReadonlySet<string>;
}

interface Declared {
  readonly body: Record<string, unknown>;
  readonly file: string;
}

/** The blocks of a module, merged over its files. */
class ModuleDecl {
  public readonly variables = new Map<string, Declared>();
  public readonly locals = new Map<string, { raw: unknown; file: string }>();
  public readonly resources: { type: string; name: string; decl: Declared; data: boolean }[] = [];
  public readonly moduleCalls = new Map<string, Declared>();
  public readonly outputs = new Map<string, Declared>();
  /** `import` blocks (Terraform reads them in the root module only). */
  public readonly imports: Declared[] = [];
  public readonly providerVersions: string[] = [];
  /** Provider configurations this module declares itself (`azurerm`, `azurerm.west`). */
  public readonly providerConfigs = new Set<string>();
  /** The subscription id each of them names literally (`providerSubscriptionIds`). */
  public readonly subscriptionIds: Map<string, string>;

  constructor(files: ConfigFile[], notes: string[], prefix: string) {
    const firstFile = new Map<string, string>();
    /** Terraform rejects a duplicate; the first definition is the one checked. */
    const first = (address: string, file: string): boolean => {
      const seen = firstFile.get(address);
      if (seen === undefined) {
        firstFile.set(address, file);
        return true;
      }
      notes.push(`${prefix}${address}: defined in ${seen} and again in ${file}; Terraform rejects a duplicate, only the first is checked`);
      return false;
    };
    for (const { file, doc } of files) {
      for (const block of bodiesOf(doc.variable)) {
        for (const [name, raw] of Object.entries(block)) this.variables.set(name, { body: bodyOf(raw) ?? {}, file });
      }
      for (const block of bodiesOf(doc.locals)) for (const [name, raw] of Object.entries(block)) this.locals.set(name, { raw, file });
      for (const [key, data] of [['resource', false], ['data', true]] as const) {
        for (const block of bodiesOf(doc[key])) {
          for (const [type, byName] of Object.entries(block)) {
            if (!isObject(byName)) continue;
            for (const [name, raw] of Object.entries(byName)) {
              const body = bodyOf(raw);
              if (body && first(`${data ? 'data.' : ''}${type}.${name}`, file)) this.resources.push({ type, name, decl: { body, file }, data });
            }
          }
        }
      }
      for (const block of bodiesOf(doc.module)) {
        for (const [name, raw] of Object.entries(block)) {
          const body = bodyOf(raw);
          if (body) this.moduleCalls.set(name, { body, file });
        }
      }
      for (const block of bodiesOf(doc.output)) {
        for (const [name, raw] of Object.entries(block)) {
          const body = bodyOf(raw);
          if (body && first(`output.${name}`, file)) this.outputs.set(name, { body, file });
        }
      }
      for (const body of bodiesOf(doc.import)) this.imports.push({ body, file });
      for (const t of bodiesOf(doc.terraform)) {
        for (const rp of bodiesOf(t.required_providers)) {
          const az = rp.azurerm;
          const v = typeof az === 'string' ? az : isObject(az) && typeof az.version === 'string' ? az.version : undefined;
          if (v !== undefined && !v.includes('${')) this.providerVersions.push(v);
        }
      }
      // The legacy form, before Terraform 0.13: provider "azurerm" { version = "..." }.
      const providers = bodiesOf(doc.provider);
      for (const p of providers) {
        for (const [name, raw] of Object.entries(p)) {
          for (const body of bodiesOf(raw)) this.providerConfigs.add(typeof body.alias === 'string' ? `${name}.${body.alias}` : name);
        }
        for (const az of bodiesOf(p.azurerm)) {
          if (typeof az.version === 'string' && !az.version.includes('${')) this.providerVersions.push(az.version);
        }
      }
    }
    // Written values only: a variable's default may be overridden when Terraform runs.
    this.subscriptionIds = providerSubscriptionIds(files.flatMap((f) => bodiesOf(f.doc.provider)));
  }
}

/** What the evaluation of a root module gives. */
export interface EvaluatedModule {
  readonly document: TerraformDocument;
  /** The file that declares each address (a module's resources: the file of the module call). */
  readonly fileOf: Map<string, string>;
}

/** Shared state of one root evaluation. */
class Run {
  public readonly resources: ResourceRecord[] = [];
  public readonly fileOf = new Map<string, string>();
  public readonly providerVersions: string[] = [];
  /** The subscription id each provider configuration names literally, by the root's name of it. */
  public readonly subscriptionIds = new Map<string, string>();

  constructor(public readonly notes: string[], public readonly readModule?: ModuleReader) {}
}

/** An instance of a module: the root, or `module.x` / `module.x[0]`. */
class ModuleInstance implements Scope {
  private readonly decl: ModuleDecl;
  private readonly localValues = new Map<string, Value>();
  private readonly variableValues = new Map<string, Value>();
  private readonly evaluating = new Set<string>();
  private readonly children = new Map<string, Value>();
  private readonly expansions = new Map<string, ResourceValue>();
  private readonly moduleDir: string;
  private readonly keyCache = new Map<string, Expansion>();
  /** Instances whose `count`/`for_each` is being computed (a cycle, which Terraform rejects, reads unknown). */
  private readonly expanding = new Set<string>();
  /** `<instance address>.<argument>` values, as references read them; undefined when not known. */
  private readonly argumentValues = new Map<string, Value | undefined>();
  /**
   * The resource arguments (`azurerm_x.y.name`) a known scalar `local.x`, `var.x` or
   * `module.x.out` was computed from: an argument read through it still refers to them, so that
   * it links to the resource.
   */
  private readonly dependencies = new Map<string, ReadonlySet<string>>();
  /**
   * The `var.x`, `local.x` and `module.x.out` whose value is written in the files of the
   * configuration: a literal, a module call's argument or a variable's default that reads nothing
   * else (no input given to the root module, no argument of another resource). A secret read
   * through one is a literal, as one written in place (see `tracker`).
   */
  private readonly literals = new Set<string>();

  constructor(
    private readonly run: Run,
    files: ConfigFile[],
    private readonly prefix: string,
    private readonly inputs: (name: string) => Value | undefined,
    private readonly depth: number,
    /** The file that calls this module, to own its resources; undefined for the root. */
    private readonly callFile: string | undefined,
    /** The root's name of a provider configuration this module names; undefined when not known. */
    private readonly providerConfig: (localKey: string) => string | undefined = (k) => k,
    /** What each input was computed from, in the caller (see `dependencies`). */
    private readonly inputDependencies: (name: string) => ReadonlySet<string> | undefined = () => undefined,
  ) {
    this.decl = new ModuleDecl(files, run.notes, prefix);
    this.moduleDir = files.length > 0 ? path.dirname(files[0].file) : '.';
    run.providerVersions.push(...this.decl.providerVersions);
    // Named as `resolveProvider` names a module's own configurations.
    for (const [key, id] of this.decl.subscriptionIds) run.subscriptionIds.set(`${prefix}${key}`, id);
  }

  public variable(name: string): Value {
    if (this.variableValues.has(name)) return this.variableValues.get(name);
    const { value: v, literal } = this.variableValue(name);
    this.variableValues.set(name, v);
    if (literal) this.literals.add(`var.${name}`);
    const from = this.inputDependencies(name);
    if (from !== undefined && isScalar(v)) this.dependencies.set(`var.${name}`, from);
    return v;
  }

  public local(name: string): Value {
    if (this.localValues.has(name)) return this.localValues.get(name);
    const d = this.decl.locals.get(name);
    if (!d || this.evaluating.has(name)) return new Unknown();
    this.evaluating.add(name);
    const from = new Set<string>();
    const v = evaluateJson(new Evaluator(withProps(scopeMethods(this), { touched: this.tracker(from) })), d.raw);
    this.evaluating.delete(name);
    this.localValues.set(name, v);
    if (from.size === 0) this.literals.add(`local.${name}`);
    if (isScalar(v)) this.dependencies.set(`local.${name}`, from);
    return v;
  }

  public module(name: string): Value {
    if (this.children.has(name)) return this.children.get(name);
    const call = this.decl.moduleCalls.get(name);
    if (!call) return new Unknown(new Set([`${this.prefix}module.${name}`]));
    // Placeholder while the module is expanded (a cycle reads Unknown).
    this.children.set(name, new Unknown(new Set([`${this.prefix}module.${name}`])));
    const v = this.expandModule(name, call);
    this.children.set(name, v);
    return v;
  }

  public resource(type: string, name: string, data: boolean): Value {
    const address = `${this.prefix}${data ? 'data.' : ''}${type}.${name}`;
    if (data) return new ResourceValue(address, 'single');
    const cached = this.expansions.get(address);
    if (cached) return cached;
    const r = this.decl.resources.find((x) => !x.data && x.type === type && x.name === name);
    const value = r ? new ResourceValue(address, this.keysOf(r.decl.body, address).keys, (key, arg) => this.argumentOf(r.decl.body, address, key, arg))
      : new ResourceValue(address, 'single');
    this.expansions.set(address, value);
    return value;
  }

  public special(root: string): Value | undefined {
    if (root === 'path') return { module: this.moduleDir, root: this.moduleDir, cwd: this.moduleDir };
    if (root === 'terraform') return { workspace: new Unknown() };
    if (root === 'self') return new Unknown();
    return undefined;
  }

  /** Every resource of this module and its local modules, as records. */
  public records(): void {
    for (const r of this.decl.resources) {
      if (r.data) continue;
      const address = `${this.prefix}${r.type}.${r.name}`;
      const { keys, multiplicityUnknown, eachValues, eachFrom } = this.keysOf(r.decl.body, address);
      const instances: { address: string; scope: Scope }[] = [];
      if (keys === 'single' || keys === 'unknown') {
        instances.push({ address, scope: this.instanceScope(keys === 'unknown' ? 'unknown' : undefined, r.decl.body) });
      } else {
        keys.forEach((k, i) => instances.push({ address: instanceAddress(address, k),
          scope: this.instanceScope({ key: k, value: eachValues?.[i], from: eachFrom }, r.decl.body) }));
      }
      for (const inst of instances) {
        this.run.resources.push(this.record(inst.address, r.type, r.decl.body, inst.scope, multiplicityUnknown));
        this.run.fileOf.set(inst.address, this.callFile ?? r.decl.file);
      }
    }
    for (const name of this.decl.moduleCalls.keys()) this.module(name);
  }

  /** The root module's outputs. */
  public outputs(): OutputRecord[] {
    return [...this.decl.outputs.entries()].map(([name, d]) => {
      const { value, read: refs, declassified, exposed } = this.evaluateOutput(d);
      for (const r of unknownIn(value)?.refs ?? []) refs.add(r);
      this.run.fileOf.set(`output.${name}`, d.file);
      // Read only through nonsensitive(): Terraform accepts the output for it (SEC004 does not judge it).
      const onlyDeclassified = [...declassified].filter((r) => !refs.has(r));
      const onlyExposed = onlyDeclassified.filter((r) => exposed.has(r));
      return {
        name, sensitive: d.body.sensitive === true, references: [...refs, ...onlyDeclassified],
        ...(onlyDeclassified.length > 0 ? { declassifiedReferences: onlyDeclassified } : {}),
        ...(onlyExposed.length > 0 ? { exposedReferences: onlyExposed } : {}),
      };
    });
  }

  /**
   * The root module's `import` blocks, their `id` evaluated (a `${...}` string where it is not
   * known). A block with `for_each` (Terraform 1.7) is left out: its target is not one address.
   */
  public imports(): ImportRecord[] {
    const out: ImportRecord[] = [];
    for (const d of this.decl.imports) {
      const to = d.body.for_each === undefined ? importTarget(d.body.to) : undefined;
      if (to === undefined) continue;
      out.push({ to, id: this.evaluateArgument(d.body.id, this, new Set()) });
    }
    return out;
  }

  private record(address: string, type: string, body: Record<string, unknown>, scope: Scope, multiplicityUnknown: boolean): ResourceRecord {
    const refs = new Map<string, string[]>();
    const found = new Map<string, Set<string>>();
    const refsOf = (attr: string) => {
      let set = found.get(attr);
      if (!set) found.set(attr, set = new Set());
      return set;
    };
    const { values, unknown } = this.evaluateBody(body, scope, refsOf, true);
    for (const [attr, set] of found) if (set.size > 0) refs.set(attr, [...set]);
    const local = providerKeyOf(type, body.provider);
    return {
      address, type, values, unknown: unknown ?? {}, refs, multiplicityUnknown: multiplicityUnknown || undefined,
      providerKey: local !== undefined ? this.resolveProvider(local) : undefined,
    };
  }

  /**
   * A block body as Terraform JSON: its arguments evaluated, its nested blocks read the same way,
   * its `dynamic` blocks expanded when their `for_each` is known. `unknown` marks what is known
   * only at plan time (`true` for a whole block); `refsOf(attr)` collects what each top-level
   * argument or block refers to. At the top (`top`), meta-arguments are kept as written.
   */
  private evaluateBody(body: Record<string, unknown>, scope: Scope, refsOf: (attr: string) => Set<string>, top = false):
  { values: Record<string, unknown>; unknown?: Record<string, unknown> } {
    const values: Record<string, unknown> = {};
    let unknown: Record<string, unknown> | undefined;
    for (const [attr, raw] of Object.entries(body)) {
      if (attr === 'dynamic') continue;
      if (top && META.has(attr)) {
        values[attr] = raw;
        continue;
      }
      if (Array.isArray(raw) ? raw.some(holdsDynamic) : holdsDynamic(raw)) {
        // Nested blocks (a list, or one object in `.tf.json`) with dynamic blocks inside.
        const blocks = (Array.isArray(raw) ? raw : [raw]).filter(isObject).map((b) => this.evaluateBody(b, scope, () => refsOf(attr)));
        values[attr] = blocks.map((b) => b.values);
        if (blocks.some((b) => b.unknown)) (unknown ??= {})[attr] = blocks.map((b) => b.unknown);
        continue;
      }
      values[attr] = this.evaluateArgument(raw, scope, refsOf(attr));
    }
    for (const block of bodiesOf(body.dynamic)) {
      for (const [name, specs] of Object.entries(block)) {
        for (const spec of bodiesOf(specs)) {
          const generated = this.expandDynamic(name, spec, scope, refsOf(name));
          if (generated === undefined) {
            // A `for_each` not known here: the blocks are known only at plan time.
            (unknown ??= {})[name] = true;
            continue;
          }
          // No element: no block (an empty list would read as a block given).
          if (generated.length === 0) continue;
          const written = values[name];
          const before = Array.isArray(written) ? written : isObject(written) ? [written] : [];
          values[name] = [...before, ...generated.map((b) => b.values)];
          if (unknown?.[name] === true) continue;
          if (generated.some((b) => b.unknown) || Array.isArray(unknown?.[name])) {
            const marks = Array.isArray(unknown?.[name]) ? unknown![name] as unknown[] : before.map(() => undefined);
            (unknown ??= {})[name] = [...marks, ...generated.map((b) => b.unknown)];
          }
        }
      }
    }
    return { values, unknown };
  }

  /**
   * The blocks one `dynamic` block generates: its `content` once per element of a known
   * `for_each`, with `<iterator>.key` and `<iterator>.value` (the iterator is the block's label
   * unless `iterator` names another). Undefined when the `for_each` is not known.
   */
  private expandDynamic(name: string, spec: Record<string, unknown>, scope: Scope, found: Set<string>):
  { values: Record<string, unknown>; unknown?: Record<string, unknown> }[] | undefined {
    const forEach = this.evaluateArgument(spec.for_each, scope, found, false);
    let entries: [Value, Value][];
    // Over instances whose number is not known: how many blocks is not known either.
    if (isStandIn(forEach)) return undefined;
    if (Array.isArray(forEach)) entries = forEach.map((v, i) => [i, v]);
    else if (isRecord(forEach)) entries = Object.keys(forEach).sort().map((k) => [k, forEach[k]]);
    // Unknown, or not a collection (null: Terraform rejects it): nothing is judged on these blocks.
    else return undefined;
    const iterator = typeof spec.iterator === 'string' ? spec.iterator.replace(/^\$\{\s*|\s*\}$/g, '') : name;
    const content = bodyOf(spec.content) ?? {};
    return entries.map(([key, value]) => {
      const element = { key, value };
      const inner: Scope = { ...scopeMethods(scope), special: (root) => (root === iterator ? element : scope.special(root)) };
      return this.evaluateBody(content, inner, () => found);
    });
  }

  /**
   * One argument evaluated, as Terraform JSON (unknown parts are `${...}` strings; `json` false
   * keeps the value). What it refers to goes into `found`: an expression this reader cannot
   * evaluate still links through the references it names.
   */
  private evaluateArgument(raw: unknown, scope: Scope, found: Set<string>, json = true): Value {
    const before = found.size;
    const v = evaluateJson(new Evaluator(withProps(scopeMethods(scope), { touched: this.tracker(found, scope) })), raw);
    const u = unknownIn(v);
    for (const r of u?.refs ?? []) found.add(r);
    if (u && found.size === before) for (const r of interpolationRefs(raw)) found.add(`${this.prefix}${r}`);
    return json ? toJson(v, raw) : v;
  }

  /**
   * Records what an expression reads into `into`: the name (`var.x`, `local.x`, `module.x.out`,
   * `azurerm_x.y.name`), and the resource arguments a variable, local or module output was
   * computed from. What an argument reads is what makes a secret in it a reference
   * (`Values.secret` in `to-topology.ts`), so a name whose value is written in the files of the
   * configuration (`literals`) is left out: a literal key passed to a module, kept in a local or
   * given as a variable's default is a literal, as one written in place. A special root (`each`,
   * a bare name) is recorded as itself when its `for_each` read anything but literals
   * (`scope.notLiteral`): a marker that names no resource, so it links nothing (the instance's own
   * value links by itself; what the whole `for_each` read would link every instance to each).
   */
  private tracker(into: Set<string>, scope?: Scope): (name: string) => void {
    return (name) => {
      if (!name.includes('.')) {
        if (scope?.notLiteral?.(name)) into.add(name);
        return;
      }
      if (!this.literals.has(name)) into.add(name);
      for (const r of this.dependencies.get(name) ?? []) into.add(r);
    };
  }

  /**
   * An argument of a resource of this module as `<address>[key].<name>` reads it at plan time:
   * the value the configuration gives it, when that is a known string, number or bool. A provider
   * plans a value set in the configuration as given (azurerm normalises `location`, `West Europe`
   * to `westeurope`, which the rules compare loosely). Undefined, so unknown, for anything else:
   * an argument left unset (a provider default or a computed value), a meta-argument, a block or
   * collection (a set's order, a block's unset attributes), an argument `lifecycle.ignore_changes`
   * keeps at its prior value, or one whose instance is not known.
   */
  private argumentOf(body: Record<string, unknown>, address: string, key: number | string | undefined, name: string): Value | undefined {
    const raw = body[name];
    if (raw === undefined || raw === null || META.has(name) || name === 'dynamic' || ignoresChanges(body, name)) return undefined;
    const instance = key === undefined ? address : instanceAddress(address, key);
    const cacheKey = `${instance}.${name}`;
    if (this.argumentValues.has(cacheKey)) return this.argumentValues.get(cacheKey);
    // Placeholder while it is evaluated: a cycle (which Terraform rejects) reads unknown.
    this.argumentValues.set(cacheKey, undefined);
    let each: { key: number | string; value: Value } | undefined;
    if (key !== undefined) {
      const { keys, eachValues } = this.keysOf(body, address);
      const i = Array.isArray(keys) ? keys.indexOf(key) : -1;
      if (i < 0) return undefined;
      each = { key, value: eachValues?.[i] };
    }
    const v = evaluateJson(new Evaluator(this.instanceScope(each, body)), raw);
    const known = isScalar(v) ? v : undefined;
    this.argumentValues.set(cacheKey, known);
    return known;
  }

  private instanceScope(each: Each | 'unknown' | undefined, body: Record<string, unknown>): Scope {
    const counted = body.count !== undefined;
    const specials = new Map<string, Value>();
    if (each === 'unknown') {
      if (counted) specials.set('count', { index: new Unknown() });
      else specials.set('each', { key: new Unknown(), value: new Unknown() });
    } else if (each !== undefined) {
      if (counted) specials.set('count', { index: each.key });
      else specials.set('each', { key: each.key, value: each.value });
    }
    const self = this;
    const notLiteral = each !== 'unknown' && each !== undefined && !counted && (each.from?.size ?? 0) > 0;
    return {
      ...scopeMethods(self),
      special: (root) => specials.get(root) ?? self.special(root),
      notLiteral: (root) => root === 'each' && notLiteral,
    };
  }

  /** The instance keys of a resource or module call with `count`/`for_each`. */
  private keysOf(body: Record<string, unknown>, address: string): Expansion {
    let e = this.keyCache.get(address);
    if (!e) {
      // A count that depends on itself through other resources' arguments: Terraform rejects the cycle.
      if (this.expanding.has(address)) return { keys: 'unknown', multiplicityUnknown: true };
      this.expanding.add(address);
      try {
        e = this.computeKeys(body, address);
      } finally {
        this.expanding.delete(address);
      }
      this.keyCache.set(address, e);
    }
    return e;
  }

  private computeKeys(body: Record<string, unknown>, address: string): Expansion {
    if (body.count === undefined && body.for_each === undefined) return { keys: 'single', multiplicityUnknown: false };
    const ev = new Evaluator(this);
    if (body.count !== undefined) {
      const n = evaluateJson(ev, body.count);
      if (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 10000) {
        return { keys: Array.from({ length: n }, (_, i) => i), multiplicityUnknown: false };
      }
      if (typeof n === 'boolean') return { keys: n ? [0] : [], multiplicityUnknown: false };
      this.run.notes.push(`${address}: count is not known statically; one instance is checked and how many there are is not judged`);
      return { keys: 'unknown', multiplicityUnknown: true };
    }
    const eachFrom = new Set<string>();
    const fe = evaluateJson(new Evaluator(withProps(scopeMethods(this), { touched: this.tracker(eachFrom) })), body.for_each);
    // for_each over another resource: its instance keys, each.value the instance.
    if (fe instanceof ResourceValue && Array.isArray(fe.keys)) {
      const keys = fe.keys.map(String);
      return { keys, multiplicityUnknown: false, eachValues: fe.keys.map((k) => fe.instance(k)), eachFrom };
    }
    if (isStandIn(fe)) {
      // Over instances whose number is not known (`[for x in azurerm_x.y : ...]`): neither are the keys.
    } else if (!unknownIn(fe)) {
      if (Array.isArray(fe) && fe.every((x) => typeof x === 'string')) return { keys: fe as string[], multiplicityUnknown: false, eachValues: fe, eachFrom };
      if (isObject(fe)) {
        const keys = Object.keys(fe).sort();
        return { keys, multiplicityUnknown: false, eachValues: keys.map((k) => fe[k]), eachFrom };
      }
    } else if (isRecord(fe)) {
      // Known keys whose values are partly unknown still give the instances.
      const keys = Object.keys(fe).sort();
      return { keys, multiplicityUnknown: false, eachValues: keys.map((k) => fe[k]), eachFrom };
    }
    this.run.notes.push(`${address}: for_each is not known statically; one instance is checked and how many there are is not judged`);
    return { keys: 'unknown', multiplicityUnknown: true };
  }

  private expandModule(name: string, call: Declared): Value {
    const address = `${this.prefix}module.${name}`;
    const source = typeof call.body.source === 'string' ? call.body.source : undefined;
    const opaque = () => new Unknown(new Set([address]));
    if (source === undefined) return opaque();
    if (!source.startsWith('./') && !source.startsWith('../')) {
      this.run.notes.push(`${address}: module source "${source}" is not a local path; its resources are not checked`);
      return opaque();
    }
    if (this.depth >= MAX_DEPTH) {
      this.run.notes.push(`${address}: modules nested deeper than ${MAX_DEPTH}; not checked`);
      return opaque();
    }
    const dir = path.resolve(path.dirname(call.file), source);
    const files = this.run.readModule?.(dir);
    if (!files || files.length === 0) {
      this.run.notes.push(`${address}: no Terraform files at ${source}; its resources are not checked`);
      return opaque();
    }
    const { keys, eachValues, eachFrom } = this.keysOf(call.body, address);
    const instances: { prefix: string; each?: Each | 'unknown' }[] =
      keys === 'single' ? [{ prefix: `${address}.` }]
        : keys === 'unknown' ? [{ prefix: `${address}.`, each: 'unknown' }]
          : keys.map((k, i) => ({ prefix: `${instanceAddress(address, k)}.`, each: { key: k, value: eachValues?.[i], from: eachFrom } }));
    const outputs: Value[] = [];
    for (const inst of instances) {
      const scope = this.instanceScope(inst.each, call.body);
      const inputs = new Map<string, Value>();
      const inputDependencies = new Map<string, Set<string>>();
      const inputOf = (n: string): Value | undefined => {
        if (MODULE_META.has(n) || !(n in call.body)) return undefined;
        if (!inputs.has(n)) {
          const from = new Set<string>();
          inputs.set(n, evaluateJson(new Evaluator(withProps(scopeMethods(scope), { touched: this.tracker(from, scope) })), call.body[n]));
          inputDependencies.set(n, from);
        }
        return inputs.get(n);
      };
      const child = new ModuleInstance(this.run, files, inst.prefix, inputOf, this.depth + 1, this.callFile ?? call.file,
        (k) => this.childProviderConfig(call.body.providers, k), (n) => inputDependencies.get(n));
      child.records();
      const outputDependencies = new Map<string, ReadonlySet<string>>();
      const literalOutputs = new Set<string>();
      outputs.push(child.outputValues(outputDependencies, literalOutputs));
      // `module.x.out` (no instance key) refers to what the output was computed from.
      if (keys === 'single') {
        for (const [out, from] of outputDependencies) this.dependencies.set(`module.${name}.${out}`, from);
        for (const out of literalOutputs) this.literals.add(`module.${name}.${out}`);
      }
    }
    if (keys === 'single' || keys === 'unknown') return outputs[0];
    return Object.fromEntries(keys.map((k, i) => [String(k), outputs[i]]));
  }

  /**
   * The root's name of the provider configuration a child module names `localKey`: one of its own
   * (`provider` blocks in the module), one passed in `providers = { ... }`, or, without that
   * argument, the caller's default configuration, which a child inherits.
   */
  private childProviderConfig(providers: unknown, localKey: string): string | undefined {
    if (isObject(providers)) {
      const passed = providers[localKey];
      const key = typeof passed === 'string' ? providerKeyOf('', passed) : undefined;
      return key !== undefined ? this.resolveProvider(key) : undefined;
    }
    return localKey.includes('.') ? undefined : this.resolveProvider(localKey);
  }

  /** The root's name of a provider configuration this module names. */
  private resolveProvider(localKey: string): string | undefined {
    return this.decl.providerConfigs.has(localKey) && this.prefix !== '' ? `${this.prefix}${localKey}` : this.providerConfig(localKey);
  }

  /**
   * The outputs as an object (what `module.x` is in the caller); what each known scalar was
   * computed from goes into `dependencies`, the names of those written in the files of the
   * configuration (see `literals`) into `literals`.
   */
  private outputValues(dependencies: Map<string, ReadonlySet<string>>, literals: Set<string>): Value {
    const out: Record<string, Value> = {};
    for (const [name, d] of this.decl.outputs) {
      const { value, read, declassified } = this.evaluateOutput(d);
      out[name] = value;
      // What a single value read through nonsensitive() refers to leaves the module without its
      // mark (the caller's output may show it); it is still what the output is computed from.
      const from = declassified.size === 0 ? read : new Set([...read, ...declassified]);
      if (isScalar(value)) dependencies.set(name, from);
      if (from.size === 0) literals.add(name);
    }
    return out;
  }

  /**
   * An output's value, what it reads, what it reads through `nonsensitive(...)` of a single value,
   * and which of those `nonsensitive(...)` passes through as it is (`Scope.exposed`).
   */
  private evaluateOutput(d: Declared): { value: Value; read: Set<string>; declassified: Set<string>; exposed: Set<string> } {
    const read = new Set<string>();
    const declassified = new Set<string>();
    const exposed = new Set<string>();
    const value = evaluateJson(new Evaluator(withProps(scopeMethods(this),
      { touched: this.tracker(read), declassified: this.tracker(declassified), exposed: this.tracker(exposed) })), d.body.value);
    return { value, read, declassified, exposed };
  }

  /**
   * A variable's value as the module sees it: the value given (tfvars, `--var`, the module call)
   * or the default, converted to the variable's type (omitted optional attributes filled).
   * `literal`: the value is written in the files of the configuration (see `literals`): a module
   * call's argument that reads nothing else, or a default in force. A value given to the root
   * module (tfvars, `--var`) is an input, not a literal of the configuration.
   */
  private variableValue(name: string): { value: Value; literal: boolean } {
    const d = this.decl.variables.get(name);
    let given = this.inputs(name);
    // `nullable = false`: a null given is replaced by the default (Terraform
    // internal/terraform/eval_variable.go, prepareFinalInputVariableValue, 0216ed8).
    if (given === null && d !== undefined && d.body.nullable === false && 'default' in d.body) given = undefined;
    let literal = given !== undefined && this.depth > 0 && this.inputDependencies(name)?.size === 0;
    if (given === undefined) {
      // Without a default, the root's variable is set by whoever applies (a module call that
      // leaves it out is rejected): not known. In the root, a default of null, {} or [] is an
      // optional input the user sets at apply: not known either. A module call that leaves an
      // input out gives the module its default: the call is all there is.
      const unset = !d || !('default' in d.body) || (this.prefix === '' && isUnsetDefault(d.body.default));
      if (unset) return { value: new Unknown(new Set([`${this.prefix}var.${name}`])), literal: false };
      given = evaluateJson(new Evaluator(this.constantScope()), d.body.default);
      // The default in force is written in the variable's block, in the root module as in a child.
      literal = true;
    }
    const type = d !== undefined ? parseTypeConstraint(d.body.type) : undefined;
    return { value: type !== undefined ? convertToType(given, type) : given, literal };
  }

  /** A scope for variable defaults: nothing but literals. */
  private constantScope(): Scope {
    const none = () => new Unknown();
    return { variable: none, local: none, module: none, resource: none, special: () => undefined };
  }
}

/** A known string, number or bool. */
const isScalar = (v: Value): v is string | number | boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/**
 * Whether `lifecycle { ignore_changes }` may name an argument (or be `all`): an update then plans
 * the prior value, not the configuration's. Read loosely: a name anywhere in it counts.
 */
function ignoresChanges(body: Record<string, unknown>, name: string): boolean {
  const ignored = bodiesOf(body.lifecycle).map((l) => l.ignore_changes).filter((x) => x !== undefined);
  if (ignored.length === 0) return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^A-Za-z0-9_-])(${escaped}|all)($|[^A-Za-z0-9_-])`).test(JSON.stringify(ignored));
}

/** A block body with `dynamic` blocks in it. */
const holdsDynamic = (b: unknown): boolean => isObject(b) && isObject(b.dynamic);

/** A default that means "not set": null, an empty map or an empty list. */
function isUnsetDefault(v: unknown): boolean {
  return v === null || (Array.isArray(v) && v.length === 0) || (isObject(v) && Object.keys(v).length === 0);
}

function scopeMethods(s: Scope): Scope {
  return {
    variable: (n) => s.variable(n), local: (n) => s.local(n), module: (n) => s.module(n),
    resource: (t, n, d) => s.resource(t, n, d), special: (r) => s.special(r), notLiteral: (r) => s.notLiteral?.(r) ?? false,
  };
}

/** A value as Terraform JSON: unknown parts become a `${...}` string. */
function toJson(v: Value, raw: unknown): unknown {
  if (v instanceof Unknown || v instanceof ResourceValue) return typeof raw === 'string' && raw.includes('${') ? raw : UNKNOWN_TEXT;
  if (unknownIn(v) === undefined) return v;
  if (Array.isArray(v)) return v.map((x, i) => toJson(x, Array.isArray(raw) ? raw[i] : undefined));
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJson(x, isObject(raw) ? raw[k] : undefined)]));
  return UNKNOWN_TEXT;
}

/**
 * Evaluates a root module. `variables` are the values given for its variables (tfvars,
 * `--var`); `readModule` reads local modules.
 */
export function evaluateModule(files: ConfigFile[], options: ModuleOptions, notes: string[]): EvaluatedModule {
  const run = new Run(notes, options.readModule);
  const root = new ModuleInstance(run, files, '', (n) => options.variables?.get(n), 0, undefined);
  root.records();
  const outputs = root.outputs();
  const imports = root.imports();
  const versions = [...new Set(run.providerVersions.map((v) => v.trim()))];
  return {
    document: {
      kind: 'config',
      resources: run.resources,
      outputs,
      providerVersion: versions.length > 0 ? versions.join(', ') : undefined,
      ...(imports.length > 0 ? { imports } : {}),
      ...(run.subscriptionIds.size > 0 ? { subscriptionIds: run.subscriptionIds } : {}),
    },
    fileOf: run.fileOf,
  };
}
