/**
 * Light static evaluation of Terraform expressions: what a configuration says on its face
 * (literals, variable values, locals, interpolation, a few pure functions, an argument another
 * resource sets) is computed; anything else (an attribute the provider computes, a data source, an
 * unknown variable, a function not modelled) is Unknown, and remembers which resources it came
 * from so that references still link.
 */
import { Expr, parseTemplate, Step } from './expression';

/** A value that cannot be known before apply; `refs` are the addresses (and attributes) it depends on. */
export class Unknown {
  constructor(public readonly refs: ReadonlySet<string> = new Set()) {}
}

/**
 * The value an argument of one resource instance (`undefined`: the resource has neither `count`
 * nor `for_each`) has at plan time because the configuration sets it; undefined when that is not
 * known (an attribute the provider computes, an argument left unset, an unknown expression).
 */
export type ArgumentReader = (key: number | string | undefined, name: string) => Value | undefined;

/**
 * A resource (or module-call) as a value: `azurerm_x.y`. `keys` are its instance keys when
 * `count`/`for_each` is known, `'single'` without either, `'unknown'` when its count is unknown.
 * `readArgument` gives the arguments its configuration sets (none without it).
 */
export class ResourceValue {
  constructor(public readonly address: string, public readonly keys: (number | string)[] | 'single' | 'unknown',
    private readonly readArgument?: ArgumentReader) {}

  /** The addresses of every instance. */
  public instances(): string[] {
    return Array.isArray(this.keys) ? this.keys.map((k) => instanceAddress(this.address, k)) : [this.address];
  }

  /** The instance of a known key: `azurerm_x.y[0]`. */
  public instance(key: number | string): InstanceValue {
    return new InstanceValue(instanceAddress(this.address, key), this.readArgument && ((name) => this.readArgument!(key, name)));
  }

  /** `azurerm_x.y.<name>` when known (on a counted resource that reference is an error: never known). */
  public argument(name: string): Value | undefined {
    return this.keys === 'single' ? this.readArgument?.(undefined, name) : undefined;
  }
}

/** One instance of a counted resource: `azurerm_x.y[0]` (its key not known: no argument known). */
export class InstanceValue {
  constructor(public readonly address: string, private readonly readArgument?: (name: string) => Value | undefined) {}

  /** `azurerm_x.y[0].<name>` when known. */
  public argument(name: string): Value | undefined {
    return this.readArgument?.(name);
  }
}

/** A value: JSON-like data in which any part may be Unknown. */
export type Value = unknown;

/** The address of an instance: `azurerm_x.y[0]`, `azurerm_x.y["k"]`. */
export function instanceAddress(base: string, key: number | string): string {
  return `${base}[${typeof key === 'number' ? key : JSON.stringify(key)}]`;
}

/** Roots of a reference that are not a managed resource. */
const NOT_RESOURCE_ROOTS = new Set(['var', 'local', 'module', 'data', 'count', 'each', 'self', 'path', 'terraform']);

/** Whether an expression is a managed resource's attribute as it is (`azurerm_x.y.key`, `azurerm_x.y[0].key`). */
function isResourceAttribute(e: Expr): boolean {
  let steps = 0;
  while (e.k === 'attr' || e.k === 'index') {
    e = e.obj;
    steps++;
  }
  return e.k === 'name' && steps >= 2 && !NOT_RESOURCE_ROOTS.has(e.name);
}

/** An expression evaluated to an error (a missing attribute, a wrong type); `try` catches it. */
export class EvalError extends Error {}

/** What names mean where an expression is evaluated. */
export interface Scope {
  /** `var.<name>`. */
  variable(name: string): Value;
  /** `local.<name>`. */
  local(name: string): Value;
  /** `module.<name>` (an object of outputs, or Unknown). */
  module(name: string): Value;
  /** `<type>.<name>` or `data.<type>.<name>`. */
  resource(type: string, name: string, data: boolean): Value;
  /** `count.index`, `each.key`, `each.value`, `self`, `path.module`, ... and iterator names. */
  special(root: string): Value | undefined;
  /**
   * Records that a variable, a local, a module output (`module.x.out`) or a resource argument
   * (`azurerm_x.y.name`) was read: a value reached through it still refers to what it was read
   * from. A special root (`each`, `count`, an iterator) is recorded by its bare name.
   */
  touched?(name: string): void;
  /**
   * Given for a root output's value: receives, instead of `touched`, what a single value read
   * through `nonsensitive(...)` refers to. Terraform accepts such an output without
   * `sensitive = true`; `nonsensitive` removes only the outer mark, so a list or map holding a
   * sensitive value is read as usual (the plan still fails on it).
   */
  declassified?(name: string): void;
  /**
   * Given with `declassified`: receives what `nonsensitive(...)` passes through unchanged, a
   * resource's attribute (`nonsensitive(azurerm_x.y.service_key)`), not a value computed from it
   * (`nonsensitive(sha256(...))`, a local, a module output): Terraform then shows the value itself.
   */
  exposed?(name: string): void;
  /**
   * Whether the value of a special root (`each`) was computed from anything but literals of the
   * configuration (what the instance's `for_each` read: an input, another resource's argument).
   */
  notLiteral?(root: string): boolean;
}

const isUnknown = (v: Value): v is Unknown => v instanceof Unknown;
/** A plain object value (not Unknown, not a resource). */
export const isRecord = (v: Value): v is Record<string, Value> => v !== null && typeof v === 'object' && !Array.isArray(v)
  && !(v instanceof Unknown) && !(v instanceof ResourceValue) && !(v instanceof InstanceValue);

/** A list or an object value (itself known, whatever its parts are). */
const isContainer = (v: Value): boolean => Array.isArray(v) || isRecord(v);

/** Every Unknown inside a value, merged (undefined when the value is wholly known). */
export function unknownIn(v: Value, depth = 0): Unknown | undefined {
  if (v instanceof Unknown) return v;
  if (v instanceof ResourceValue) return new Unknown(new Set(v.instances()));
  if (v instanceof InstanceValue) return new Unknown(new Set([v.address]));
  if (depth > 32) return undefined;
  const parts = Array.isArray(v) ? v : isRecord(v) ? Object.values(v) : [];
  let refs: Set<string> | undefined;
  for (const p of parts) {
    const u = unknownIn(p, depth + 1);
    if (u) {
      refs ??= new Set();
      for (const r of u.refs) refs.add(r);
    }
  }
  return refs ? new Unknown(refs) : undefined;
}

/** Unknown, depending on whatever the given values depend on. */
function unknownOf(...values: Value[]): Unknown {
  const refs = new Set<string>();
  for (const v of values) for (const r of unknownIn(v)?.refs ?? []) refs.add(r);
  return new Unknown(refs);
}

function str(v: Value): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  throw new EvalError(`cannot convert ${v === null ? 'null' : typeof v} to string`);
}

function num(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  throw new EvalError('not a number');
}

function truthy(v: Value): boolean {
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 'false') return v === 'true';
  throw new EvalError('not a bool');
}

function elements(v: Value): Value[] {
  if (Array.isArray(v)) return v;
  if (isRecord(v)) return Object.values(v);
  throw new EvalError('not a collection');
}

/** A list or set; Terraform refuses a map or an object here ("cannot convert object to list"). */
function listOf(v: Value): Value[] {
  if (Array.isArray(v)) return v;
  throw new EvalError('not a list');
}

function equal(a: Value, b: Value): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function attribute(obj: Value, name: string): Value {
  if (obj instanceof ResourceValue) {
    // `azurerm_x.y.id` on a counted resource is an error in Terraform; link every instance.
    return new Unknown(new Set(obj.instances().map((a) => `${a}.${name}`)));
  }
  if (obj instanceof InstanceValue) return new Unknown(new Set([`${obj.address}.${name}`]));
  if (isUnknown(obj)) return obj;
  if (isRecord(obj)) {
    if (!(name in obj)) throw new EvalError(`no attribute ${name}`);
    return obj[name];
  }
  throw new EvalError(`cannot read .${name} of ${obj === null ? 'null' : typeof obj}`);
}

function index(obj: Value, key: Value): Value {
  if (obj instanceof ResourceValue) {
    if (isUnknown(key)) return new Unknown(new Set([...obj.instances(), ...key.refs]));
    if (obj.keys === 'unknown') return new InstanceValue(obj.address);
    if (obj.keys === 'single') throw new EvalError(`${obj.address} has no count or for_each`);
    const k = typeof key === 'number' ? key : str(key);
    const found = obj.keys.find((x) => String(x) === String(k));
    if (found === undefined) throw new EvalError(`${obj.address} has no instance ${JSON.stringify(k)}`);
    return obj.instance(found);
  }
  if (isUnknown(obj)) return unknownOf(obj, key);
  if (isUnknown(key)) return unknownOf(obj, key);
  if (Array.isArray(obj)) {
    const i = num(key);
    if (!Number.isInteger(i) || i < 0 || i >= obj.length) throw new EvalError('index out of range');
    return obj[i];
  }
  if (isRecord(obj)) {
    const k = str(key);
    if (!(k in obj)) throw new EvalError(`no key ${k}`);
    return obj[k];
  }
  throw new EvalError('cannot index');
}

/**
 * Lists and maps that stand for the instances of a resource whose `count`/`for_each` is not known:
 * one element read for all of them (so that what it refers to is kept), of a length that is not
 * known. A function reading a length or keys (`length`, `concat`, `merge`, ...) reads them as unknown.
 */
const STAND_INS = new WeakSet<object>();

function standIn<T extends object>(v: T): T {
  STAND_INS.add(v);
  return v;
}

/** Whether a value stands for instances whose number is not known (`STAND_INS`). */
export function isStandIn(v: Value): boolean {
  return typeof v === 'object' && v !== null && STAND_INS.has(v);
}

/** Whether a value is, or holds, a stand-in: what is computed from its elements is not known. */
function holdsStandIn(v: Value, depth = 0): boolean {
  if (isStandIn(v)) return true;
  if (depth > 32) return false;
  if (Array.isArray(v)) return v.some((x) => holdsStandIn(x, depth + 1));
  if (isRecord(v)) return Object.values(v).some((x) => holdsStandIn(x, depth + 1));
  return false;
}


function splatSource(obj: Value): Value[] | Unknown {
  if (obj instanceof ResourceValue) {
    if (Array.isArray(obj.keys)) return obj.keys.map((k) => obj.instance(k));
    return obj.keys === 'unknown' ? standIn([wholeInstance(obj)]) : [wholeInstance(obj)];
  }
  if (isUnknown(obj)) return obj;
  if (obj === null) return [];
  return Array.isArray(obj) ? obj : [obj];
}

/** A resource without `count` or `for_each` as its one instance (with `count` not known: an instance of no known key). */
function wholeInstance(obj: ResourceValue): InstanceValue {
  return new InstanceValue(obj.address, obj.keys === 'single' ? (name) => obj.argument(name) : undefined);
}

/** Terraform's functions that matter for what these rules read; the others give Unknown. */
const FUNCTIONS: Record<string, (args: Value[]) => Value> = {
  lower: ([s]) => str(s).toLowerCase(),
  upper: ([s]) => str(s).toUpperCase(),
  title: ([s]) => str(s).replace(/\b\w/g, (c) => c.toUpperCase()),
  trimspace: ([s]) => str(s).trim(),
  tostring: ([s]) => (s === null ? null : str(s)),
  tonumber: ([s]) => (s === null ? null : num(s)),
  tobool: ([s]) => (s === null ? null : truthy(s)),
  tolist: ([s]) => listOf(s),
  toset: ([s]) => [...new Map(elements(s).map((x) => [JSON.stringify(x), x])).values()],
  tomap: ([s]) => (isRecord(s) ? s : (() => { throw new EvalError('not a map'); })()),
  length: ([s]) => (typeof s === 'string' ? [...s].length : elements(s).length),
  join: ([sep, list]) => elements(list).map(str).join(str(sep)),
  split: ([sep, s]) => str(s).split(str(sep)),
  concat: (lists) => lists.flatMap(listOf),
  flatten: ([l]) => (elements(l) as Value[]).flat(Infinity),
  distinct: ([l]) => [...new Map(elements(l).map((x) => [JSON.stringify(x), x])).values()],
  compact: ([l]) => elements(l).filter((x) => x !== null && x !== ''),
  contains: ([l, v]) => elements(l).some((x) => equal(x, v)),
  keys: ([m]) => (isRecord(m) ? Object.keys(m).sort() : (() => { throw new EvalError('not a map'); })()),
  values: ([m]) => (isRecord(m) ? Object.keys(m).sort().map((k) => m[k]) : (() => { throw new EvalError('not a map'); })()),
  merge: (maps) => Object.assign({}, ...maps.filter((m) => m !== null).map((m) => (isRecord(m) ? m : (() => { throw new EvalError('not a map'); })()))),
  element: ([l, i]) => { const a = elements(l); if (a.length === 0) throw new EvalError('empty'); return a[num(i) % a.length]; },
  one: ([l]) => { const a = l === null ? [] : elements(l); if (a.length > 1) throw new EvalError('more than one'); return a.length === 0 ? null : a[0]; },
  max: (a) => Math.max(...a.map(num)),
  min: (a) => Math.min(...a.map(num)),
  abs: ([n]) => Math.abs(num(n)),
  replace: ([s, from, to]) => {
    const f = str(from);
    const m = /^\/(.*)\/$/.exec(f);
    return m ? str(s).replace(new RegExp(m[1], 'g'), str(to).replace(/\$\{(\d+)\}/g, '$$$1')) : str(s).split(f).join(str(to));
  },
  substr: ([s, o, l]) => { const t = [...str(s)]; const off = num(o); const len = num(l); return t.slice(off, len < 0 ? undefined : off + len).join(''); },
  format: ([f, ...args]) => {
    let i = 0;
    return str(f).replace(/%(%|[-+ #0-9.]*[sdvfq])/g, (_m, spec: string) => (spec === '%' ? '%' : str(args[i++])));
  },
  startswith: ([s, p]) => str(s).startsWith(str(p)),
  endswith: ([s, p]) => str(s).endsWith(str(p)),
  coalescelist: (lists) => lists.find((l) => elements(l).length > 0) ?? (() => { throw new EvalError('no non-empty list'); })(),
};

/** Functions that read only their arguments' shape: keys, order and length, never an element's value. */
const SHAPE_ONLY = new Set(['merge', 'keys', 'values', 'concat', 'length', 'tolist', 'tomap', 'coalescelist']);

/**
 * A value whose shape is not known: itself unknown, a resource whose instances are read as
 * unknown, or a stand-in for instances whose number is not known.
 */
export function isOpaque(v: Value): boolean {
  return v instanceof Unknown || v instanceof ResourceValue || v instanceof InstanceValue || isStandIn(v);
}

/** Evaluates expressions in a scope. */
export class Evaluator {
  private readonly iterators: Map<string, Value>[] = [];
  /** Inside `nonsensitive(...)` of an output (`Scope.declassified`): where reads go until the value is known. */
  private readonly diverted: string[][] = [];

  constructor(private readonly scope: Scope) {}

  /** A Terraform JSON string: a template, or a literal without `${`. */
  public template(text: string): Value {
    if (!text.includes('${') && !text.includes('%{')) return text;
    let e: Expr;
    try {
      e = parseTemplate(text);
    } catch {
      return new Unknown();
    }
    return this.top(e);
  }

  private touch(name: string): void {
    if (this.diverted.length > 0) this.diverted[this.diverted.length - 1].push(name);
    else this.scope.touched?.(name);
  }

  /** Evaluates an expression; an evaluation error is Unknown (nothing is judged on it). */
  public top(e: Expr): Value {
    try {
      return this.eval(e);
    } catch (err) {
      if (err instanceof EvalError) return new Unknown();
      throw err;
    }
  }

  public eval(e: Expr): Value {
    switch (e.k) {
      case 'lit': return e.v;
      case 'tpl': {
        if (e.parts.length === 1 && typeof e.parts[0] !== 'string') return this.eval(e.parts[0]);
        const values = e.parts.map((p) => (typeof p === 'string' ? p : this.eval(p)));
        if (values.some((v) => unknownIn(v))) return unknownOf(...values);
        return values.map(str).join('');
      }
      case 'name': return this.name(e.name);
      case 'attr': {
        // `var.x`, `local.x`, `module.x`, `type.name`, `data.type.name` are roots, not attributes.
        const root = this.root(e);
        if (root !== NOT_A_ROOT) return root;
        const value = this.attribute(this.eval(e.obj), e.name);
        if (this.isModuleRoot(e.obj)) this.touch(`module.${e.obj.name}.${e.name}`);
        return value;
      }
      case 'index': return index(this.eval(e.obj), this.eval(e.key));
      case 'splat': {
        const src = splatSource(this.eval(e.obj));
        if (isUnknown(src)) return src;
        const out = src.map((item) => this.steps(item, e.each));
        return isStandIn(src) ? standIn(out) : out;
      }
      case 'call': return this.call(e.name, e.args, e.expand);
      case 'cond': {
        const c = this.eval(e.c);
        if (unknownIn(c)) return unknownOf(c, this.top(e.t), this.top(e.f));
        return truthy(c) ? this.eval(e.t) : this.eval(e.f);
      }
      case 'bin': return this.binary(e.op, e.l, e.r);
      case 'un': {
        const v = this.eval(e.e);
        if (unknownIn(v)) return unknownOf(v);
        return e.op === '!' ? !truthy(v) : -num(v);
      }
      case 'tuple': return e.items.map((i) => this.eval(i));
      case 'object': {
        const out: Record<string, Value> = {};
        for (const [k, v] of e.items) {
          const key = this.eval(k);
          if (unknownIn(key)) return unknownOf(key, ...e.items.map(([, x]) => this.top(x)));
          out[str(key)] = this.eval(v);
        }
        return out;
      }
      case 'for': return this.forExpr(e);
    }
  }

  private steps(item: Value, steps: Step[]): Value {
    let v = item;
    for (const s of steps) v = 'attr' in s ? this.attribute(v, s.attr) : index(v, this.eval(s.index));
    return v;
  }

  /** `.name` of a value; of a resource, the argument its configuration sets when that is known. */
  private attribute(obj: Value, name: string): Value {
    if (obj instanceof ResourceValue || obj instanceof InstanceValue) {
      const known = obj.argument(name);
      if (known !== undefined) {
        this.touch(`${obj.address}.${name}`);
        return known;
      }
    }
    return attribute(obj, name);
  }

  private name(n: string): Value {
    for (let i = this.iterators.length - 1; i >= 0; i--) {
      if (this.iterators[i].has(n)) return this.iterators[i].get(n);
    }
    const special = this.scope.special(n);
    if (special !== undefined) {
      this.touch(n);
      return special;
    }
    // A resource type alone (`azurerm_x`) is only the start of `azurerm_x.y`; handled by root().
    throw new EvalError(`unknown name ${n}`);
  }

  private root(e: Expr & { k: 'attr' }): Value | typeof NOT_A_ROOT {
    const o = e.obj;
    if (o.k === 'name' && !this.iterators.some((m) => m.has(o.name))) {
      switch (o.name) {
        // Read first, then touched: what the value was computed from is known once it is read.
        case 'var': { const v = this.scope.variable(e.name); this.touch(`var.${e.name}`); return v; }
        case 'local': { const v = this.scope.local(e.name); this.touch(`local.${e.name}`); return v; }
        case 'module': return this.scope.module(e.name);
        case 'count': case 'each': case 'self': case 'path': case 'terraform': return NOT_A_ROOT;
        case 'data': return NOT_A_ROOT;
        default:
          if (this.scope.special(o.name) !== undefined) return NOT_A_ROOT;
          return this.scope.resource(o.name, e.name, false);
      }
    }
    if (o.k === 'attr' && o.obj.k === 'name' && o.obj.name === 'data' && !this.iterators.some((m) => m.has('data'))) {
      return this.scope.resource(o.name, e.name, true);
    }
    return NOT_A_ROOT;
  }

  /** `module.x` (not an iterator named `module`). */
  private isModuleRoot(e: Expr): e is Expr & { k: 'attr' } {
    return e.k === 'attr' && e.obj.k === 'name' && e.obj.name === 'module' && !this.iterators.some((m) => m.has('module'));
  }

  private binary(op: string, l: Expr, r: Expr): Value {
    const a = this.eval(l);
    if (op === '&&' || op === '||') {
      if (!unknownIn(a) && truthy(a) === (op === '||')) return op === '||';
      const b = this.eval(r);
      if (unknownIn(a) || unknownIn(b)) {
        if (!unknownIn(b) && truthy(b) === (op === '||')) return op === '||';
        return unknownOf(a, b);
      }
      return truthy(b);
    }
    const b = this.eval(r);
    // Instances whose number is not known compare to nothing known.
    if ((op === '==' || op === '!=') && (holdsStandIn(a) || holdsStandIn(b)) && a !== null && b !== null) return unknownOf(a, b);
    if (unknownIn(a) || unknownIn(b)) {
      // An object or a list is not null even when some of its parts are not known.
      if ((op === '==' || op === '!=') && (a === null || b === null) && (isContainer(a) || isContainer(b))) return op === '!=';
      return unknownOf(a, b);
    }
    switch (op) {
      case '==': return equal(a, b);
      case '!=': return !equal(a, b);
      case '<': return num(a) < num(b);
      case '>': return num(a) > num(b);
      case '<=': return num(a) <= num(b);
      case '>=': return num(a) >= num(b);
      case '+': return num(a) + num(b);
      case '-': return num(a) - num(b);
      case '*': return num(a) * num(b);
      case '/': return num(a) / num(b);
      case '%': return num(a) % num(b);
      default: throw new EvalError(`operator ${op}`);
    }
  }

  private call(name: string, argExprs: Expr[], expand: boolean): Value {
    if (name === 'try') {
      for (const a of argExprs) {
        try {
          return this.eval(a);
        } catch (err) {
          if (!(err instanceof EvalError)) throw err;
        }
      }
      throw new EvalError('no argument of try could be evaluated');
    }
    if (name === 'sensitive' || name === 'nonsensitive') {
      // Marks for Terraform's redaction: the value passes through, unknown parts included, and a
      // literal wrapped in `sensitive(...)` is still written in plain text in the file.
      // Source: https://developer.hashicorp.com/terraform/language/functions/sensitive and /nonsensitive.
      if (argExprs.length !== 1) throw new EvalError(`${name} takes one argument`);
      const declassified = this.scope.declassified;
      if (name === 'sensitive' || declassified === undefined) return this.eval(argExprs[0]);
      const reads: string[] = [];
      this.diverted.push(reads);
      let v: Value;
      try {
        v = this.eval(argExprs[0]);
      } finally {
        this.diverted.pop();
      }
      // A list or map keeps the marks of its elements: read as usual.
      if (Array.isArray(v) || isRecord(v)) {
        for (const r of reads) this.touch(r);
        return v;
      }
      const refs = [...reads, ...unknownIn(v)?.refs ?? []];
      for (const r of refs) declassified.call(this.scope, r);
      const exposed = this.scope.exposed;
      if (exposed !== undefined && isResourceAttribute(argExprs[0])) for (const r of refs) exposed.call(this.scope, r);
      return unknownIn(v) ? new Unknown() : v;
    }
    if (name === 'can') {
      try {
        const v = this.eval(argExprs[0]);
        return unknownIn(v) ? unknownOf(v) : true;
      } catch (err) {
        if (err instanceof EvalError) return false;
        throw err;
      }
    }
    let args = argExprs.map((a) => this.eval(a));
    if (expand && args.length > 0) {
      const last = args[args.length - 1];
      if (unknownIn(last) && !Array.isArray(last)) return unknownOf(...args);
      args = [...args.slice(0, -1), ...elements(last)];
    }
    if (name === 'coalesce') {
      // The first argument that is not null or "": an unknown before it makes the result unknown.
      for (const a of args) {
        if (unknownIn(a)) return unknownOf(...args);
        if (a !== null && a !== '') return a;
      }
      throw new EvalError('coalesce: no non-null argument');
    }
    if (name === 'lookup') {
      const [m, k, d] = args;
      if (unknownIn(k) || isUnknown(m)) return unknownOf(m, k, d);
      if (!isRecord(m)) throw new EvalError('lookup needs a map');
      const key = str(k);
      if (key in m) return m[key];
      if (args.length < 3) throw new EvalError(`lookup: no key ${key}`);
      return d;
    }
    if (name === 'one') {
      const [l] = args;
      if (isUnknown(l)) return l;
      if (isStandIn(l)) return unknownOf(l);
      if (Array.isArray(l) && l.length === 1) return l[0];
    }
    if (name === 'element' || name === 'contains' || name === 'length') {
      const [l] = args;
      if (isUnknown(l)) return l;
      if (name === 'length' && Array.isArray(l) && !isStandIn(l)) return l.length;
    }
    const f = FUNCTIONS[name];
    if (!f) return unknownOf(...args);
    // These read only the shape of their arguments (a map's keys, a list's length and order), so
    // an unknown value inside a known map or list stays itself in the result:
    // `for_each = merge({ a = var.x }, { b = var.y })` has the instances "a" and "b".
    if (SHAPE_ONLY.has(name) ? args.some(isOpaque) : args.some((a) => unknownIn(a) || holdsStandIn(a))) return unknownOf(...args);
    return f(args);
  }

  private forExpr(e: Expr & { k: 'for' }): Value {
    const coll = this.eval(e.coll);
    if (isUnknown(coll)) return unknownOf(coll);
    // Over a resource: its instances, so that `c.service_key` keeps the attribute it reads.
    const entries: [Value, Value][] = coll instanceof ResourceValue
      ? (Array.isArray(coll.keys) ? coll.keys.map((k) => [k, coll.instance(k)])
        : [[coll.keys === 'single' ? 0 : new Unknown(), new InstanceValue(coll.address)]])
      : Array.isArray(coll) ? coll.map((v, i) => [i, v])
        : isRecord(coll) ? Object.keys(coll).sort().map((k) => [k, coll[k]]) : (() => { throw new EvalError('for over a non-collection'); })();
    const list: Value[] = [];
    const obj: Record<string, Value> = {};
    for (const [k, v] of entries) {
      const frame = new Map<string, Value>([[e.valVar, v]]);
      if (e.keyVar) frame.set(e.keyVar, k);
      this.iterators.push(frame);
      try {
        if (e.cond) {
          const c = this.eval(e.cond);
          if (unknownIn(c)) return unknownOf(coll, c);
          if (!truthy(c)) continue;
        }
        const value = this.eval(e.valExpr);
        if (e.keyExpr) {
          const key = this.eval(e.keyExpr);
          if (unknownIn(key)) return unknownOf(key, value);
          const ks = str(key);
          if (e.group) obj[ks] = [...((obj[ks] as Value[] | undefined) ?? []), value];
          else obj[ks] = value;
        } else {
          list.push(value);
        }
      } finally {
        this.iterators.pop();
      }
    }
    const result = e.keyExpr ? obj : list;
    // Over instances whose number is not known, the result's length and keys are not known either.
    return (coll instanceof ResourceValue && coll.keys === 'unknown') || isStandIn(coll) ? standIn(result) : result;
  }
}

const NOT_A_ROOT = Symbol('not a root');

/** Evaluates every string of a JSON value as a template. */
export function evaluateJson(ev: Evaluator, value: unknown, depth = 0): Value {
  if (depth > 64) return value;
  if (typeof value === 'string') return ev.template(value);
  if (Array.isArray(value)) return value.map((v) => evaluateJson(ev, v, depth + 1));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, Value> = {};
    for (const [k, v] of Object.entries(value)) out[k] = evaluateJson(ev, v, depth + 1);
    return out;
  }
  return value;
}
