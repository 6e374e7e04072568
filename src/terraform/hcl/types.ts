/**
 * A variable's type constraint and the conversion Terraform applies to the value a variable
 * receives: optional object attributes the caller leaves out become null or their `optional()`
 * default, numbers and strings convert, attributes the type does not declare are dropped.
 *
 * Terraform (website/docs/language/expressions/type-constraints.mdx, hashicorp/terraform
 * 002fb90, read 2026-12-02): "If not specified, Terraform uses a `null` value of the appropriate
 * type as the default"; "Terraform will substitute the default value both when a caller omits the
 * attribute altogether and when a caller explicitly sets it to `null`"; "Terraform applies object
 * attribute defaults top-down in nested variable types". Defaults are not applied to a null
 * value itself (internal/terraform/eval_variable.go, prepareFinalInputVariableValue, 0216ed8:
 * "We do not apply defaults to top-level null values").
 */
import { Evaluator, isOpaque, isRecord, Unknown, Value } from './evaluate';
import { Expr, parseExpression } from './expression';

/** A type constraint (`string`, `map(object({...}))`, ...). */
export type TypeConstraint =
  | { readonly kind: 'any' }
  | { readonly kind: 'string' | 'number' | 'bool' }
  | { readonly kind: 'list' | 'set' | 'map'; readonly element: TypeConstraint }
  | { readonly kind: 'tuple'; readonly elements: readonly TypeConstraint[] }
  | { readonly kind: 'object'; readonly attributes: ReadonlyMap<string, ObjectAttribute> };

/** One attribute of an object type. */
export interface ObjectAttribute {
  readonly type: TypeConstraint;
  readonly optional: boolean;
  /** The `optional(type, default)` default; undefined without one (null is the default then). */
  readonly default?: Value;
}

const ANY: TypeConstraint = { kind: 'any' };

/** Literals only: an `optional()` default cannot refer to anything. */
const literals = new Evaluator({
  variable: () => new Unknown(), local: () => new Unknown(), module: () => new Unknown(),
  resource: () => new Unknown(), special: () => undefined,
});

/**
 * The type constraint of a variable's `type` (`"${map(string)}"` as HCL reads it, `"map(string)"`
 * in `.tf.json`); undefined when there is none or it cannot be read (the value is then left as given).
 */
export function parseTypeConstraint(raw: unknown): TypeConstraint | undefined {
  if (typeof raw !== 'string') return undefined;
  const m = /^\s*\$\{([\s\S]*)\}\s*$/.exec(raw);
  try {
    return typeOf(parseExpression(m ? m[1] : raw));
  } catch {
    return undefined;
  }
}

class NotAType extends Error {}

function typeOf(e: Expr): TypeConstraint {
  if (e.k === 'name') {
    switch (e.name) {
      case 'string': case 'number': case 'bool': return { kind: e.name };
      case 'any': return ANY;
      // The bare collection keywords are the collection of any.
      case 'list': case 'set': case 'map': return { kind: e.name, element: ANY };
      default: throw new NotAType(e.name);
    }
  }
  if (e.k !== 'call' || e.expand) throw new NotAType(e.k);
  const [arg] = e.args;
  switch (e.name) {
    case 'list': case 'set': case 'map':
      if (e.args.length !== 1) throw new NotAType(e.name);
      return { kind: e.name, element: typeOf(arg) };
    case 'tuple':
      if (e.args.length !== 1 || arg.k !== 'tuple') throw new NotAType(e.name);
      return { kind: 'tuple', elements: arg.items.map(typeOf) };
    case 'object': {
      if (e.args.length !== 1 || arg.k !== 'object') throw new NotAType(e.name);
      const attributes = new Map<string, ObjectAttribute>();
      for (const [k, v] of arg.items) {
        if (k.k !== 'lit' || typeof k.v !== 'string') throw new NotAType('object key');
        attributes.set(k.v, attributeOf(v));
      }
      return { kind: 'object', attributes };
    }
    default: throw new NotAType(e.name);
  }
}

function attributeOf(e: Expr): ObjectAttribute {
  if (e.k !== 'call' || e.name !== 'optional') return { type: typeOf(e), optional: false };
  if (e.args.length < 1 || e.args.length > 2 || e.expand) throw new NotAType('optional');
  const type = typeOf(e.args[0]);
  if (e.args.length === 1) return { type, optional: true };
  const d = literals.top(e.args[1]);
  if (d instanceof Unknown) throw new NotAType('optional default');
  // The default is itself converted to the attribute's type (and its own defaults applied).
  return { type, optional: true, default: d === null ? undefined : convertToType(d, type) };
}

/** Not known here, or an object Terraform knows but this reader does not see into. */
/**
 * A value converted to a type constraint as Terraform converts a variable's value. What cannot
 * be known stays unknown; a value that does not fit the type (Terraform would reject it) is
 * left as it is.
 */
export function convertToType(v: Value, type: TypeConstraint): Value {
  // A value whose shape is not known (a stand-in for instances of unknown number included) stays itself.
  if (v === null || v === undefined || isOpaque(v)) return v;
  switch (type.kind) {
    case 'any': return v;
    case 'string':
      return typeof v === 'number' ? String(v) : typeof v === 'boolean' ? String(v) : v;
    case 'number':
      return typeof v === 'string' && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(v.trim()) ? Number(v) : v;
    case 'bool':
      return v === 'true' ? true : v === 'false' ? false : v;
    case 'list': case 'set':
      return Array.isArray(v) ? v.map((x) => convertToType(x, type.element)) : v;
    case 'map':
      return isRecord(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, convertToType(x, type.element)])) : v;
    case 'tuple':
      return Array.isArray(v) && v.length === type.elements.length ? v.map((x, i) => convertToType(x, type.elements[i])) : v;
    case 'object': {
      if (!isRecord(v)) return v;
      const out: Record<string, Value> = {};
      for (const [name, a] of type.attributes) {
        let x = v[name];
        // The default first (given for an omitted or null attribute), then its nested defaults.
        if ((x === undefined || x === null) && a.default !== undefined) x = a.default;
        if (x === undefined) {
          // A required attribute left out: Terraform rejects the value; reading it is an error here too.
          if (a.optional) out[name] = null;
          continue;
        }
        out[name] = convertToType(x, a.type);
      }
      return out;
    }
  }
}
