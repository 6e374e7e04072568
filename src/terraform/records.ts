/**
 * Normalises Terraform JSON configuration (`cdk.tf.json`, `*.tf.json`) and plan JSON
 * (`terraform show -json`) into one list of resource records.
 */

import { planSubscriptionIds, providerKeyOf, providerSubscriptionIds } from '../model/subscription';
import { isObject } from '../util/objects';

/** One resource, whatever document it came from. */
export interface ResourceRecord {
  /** Terraform address (`azurerm_express_route_circuit.primary`, `module.er.azurerm_...`). */
  readonly address: string;
  readonly type: string;
  readonly values: Record<string, unknown>;
  /** after_unknown of a plan: true where a value is known only after apply. */
  readonly unknown: unknown;
  /**
   * Per attribute, the addresses it references (from `${...}` or a plan's configuration; a plan's
   * nested block arguments also as `<block>.<argument>`).
   */
  readonly refs: Map<string, string[]>;
  /** A plan's actions for this resource. */
  readonly actions?: string[];
  /** A plan's `before` values. */
  readonly before?: Record<string, unknown>;
  /** A plan's replace_paths (attributes that force replacement). */
  readonly replacePaths?: string[];
  /** One instance stands for a `count`/`for_each` that is not known statically. */
  readonly multiplicityUnknown?: boolean;
  /**
   * The provider configuration the resource is created with, as the root module names it
   * (`azurerm`, `azurerm.<alias>`; a plan's `provider_config_key`); undefined when not known.
   */
  readonly providerKey?: string;
}

/** An output of the configuration. */
export interface OutputRecord {
  readonly name: string;
  readonly sensitive: boolean;
  /** Addresses and attributes the value references (`azurerm_x.y.service_key`). */
  readonly references: string[];
  /**
   * References Terraform accepts in the output without `sensitive = true`: read only through
   * `nonsensitive(...)` of a single value, or any of a plan's (a plan exists only if Terraform
   * accepted its outputs).
   * @default - none
   */
  readonly declassifiedReferences?: string[];
  /**
   * Of `declassifiedReferences`, the resource attributes `nonsensitive(...)` passes through as they
   * are (not a value computed from them): Terraform shows them in plain text. Not known for a plan.
   * @default - none
   */
  readonly exposedReferences?: string[];
}

/** A root module's `import` block (Terraform 1.5+). */
export interface ImportRecord {
  /** The address imported into (`to`), without `${...}`. */
  readonly to: string;
  /** The Azure resource id (`id`): a string (`${...}` where it is not known), or what was written. */
  readonly id: unknown;
}

/** What a document holds. */
export interface TerraformDocument {
  readonly kind: 'config' | 'plan';
  readonly resources: ResourceRecord[];
  readonly outputs: OutputRecord[];
  /** The azurerm version constraint, when the document states one. */
  readonly providerVersion?: string;
  /** The root module's `import` blocks (a configuration's; a plan's are not read). @default - none */
  readonly imports?: ImportRecord[];
  /**
   * The subscription id each provider configuration (`providerKey`) names literally
   * (`providerSubscriptionIds`). @default - none known
   */
  readonly subscriptionIds?: ReadonlyMap<string, string>;
}

/**
 * The address an `import` block's `to` names: `azurerm_x.y` as Terraform JSON writes it, or
 * `${azurerm_x.y}` as HCL gives it; undefined for anything else (an expression, a `for_each` key).
 */
export function importTarget(to: unknown): string | undefined {
  if (typeof to !== 'string') return undefined;
  const m = /^\$\{\s*([^${}]+?)\s*\}$/.exec(to.trim());
  const address = m ? m[1] : to.trim();
  return /^(?:module\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.)*[a-z][a-z0-9_]*\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?$/.test(address) && !address.includes('${')
    ? address : undefined;
}

/** The `import` blocks of a Terraform JSON document, as written (ids are not evaluated). */
function configImports(doc: Record<string, unknown>): ImportRecord[] {
  const out: ImportRecord[] = [];
  for (const block of (Array.isArray(doc.import) ? doc.import : [doc.import]).filter(isObject)) {
    const to = block.for_each === undefined ? importTarget(block.to) : undefined;
    if (to !== undefined) out.push({ to, id: block.id });
  }
  return out;
}

const REF = /\$\{([^}]*)\}/g;
const ADDRESS = /((?:module\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.)*(?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?)(?:\.([A-Za-z0-9_.\[\]"]+))?/g;
const MAX_MODULE_DEPTH = 64;

/** Whether a JSON value is an object (not null, not an array). */
export { isObject };

/** Every `type.name[.attr]` referenced inside `${...}` in a value, as full references. */
export function interpolationRefs(value: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 32) return out;
  if (typeof value === 'string') {
    for (const m of value.matchAll(REF)) {
      for (const a of m[1].matchAll(ADDRESS)) out.push(a[2] ? `${a[1]}.${a[2]}` : a[1]);
    }
  } else if (Array.isArray(value)) {
    for (const v of value) interpolationRefs(v, out, depth + 1);
  } else if (isObject(value)) {
    for (const v of Object.values(value)) interpolationRefs(v, out, depth + 1);
  }
  return out;
}

/** Splits a reference at the dots outside brackets and quotes: `a.b["x.y"].c` -> `a`, `b["x.y"]`, `c`. */
function splitReference(reference: string): string[] {
  const out: string[] = [];
  let cur = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < reference.length; i++) {
    const ch = reference[i];
    if (quoted) {
      if (ch === '\\') {
        cur += ch + (reference[i + 1] ?? '');
        i++;
        continue;
      }
      if (ch === '"') quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === '[') depth++;
    else if (ch === ']') depth--;
    else if (ch === '.' && depth === 0) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

/** `azurerm_x.y.id` -> `azurerm_x.y`; keeps module prefixes and indexes. */
export function addressOf(reference: string): string {
  const parts: string[] = [];
  const tokens = splitReference(reference);
  let i = 0;
  while (tokens[i] === 'module' && i + 1 < tokens.length) {
    parts.push(tokens[i], tokens[i + 1]);
    i += 2;
  }
  if (tokens[i] === 'data') {
    parts.push(tokens[i]);
    i++;
  }
  parts.push(tokens[i], tokens[i + 1]);
  return parts.filter((p) => p !== undefined).join('.');
}

function configResources(doc: Record<string, unknown>): ResourceRecord[] {
  const out: ResourceRecord[] = [];
  const blocks = Array.isArray(doc.resource) ? doc.resource : [doc.resource];
  for (const block of blocks) {
    if (!isObject(block)) continue;
    for (const [type, byName] of Object.entries(block)) {
      if (!isObject(byName)) continue;
      for (const [name, raw] of Object.entries(byName)) {
        const body = Array.isArray(raw) ? raw[0] : raw;
        if (!isObject(body)) continue;
        const refs = new Map<string, string[]>();
        for (const [attr, v] of Object.entries(body)) {
          const found = interpolationRefs(v).map(addressOf);
          if (found.length > 0) refs.set(attr, found);
        }
        out.push({ address: `${type}.${name}`, type, values: body, unknown: {}, refs, providerKey: providerKeyOf(type, body.provider) });
      }
    }
  }
  return out;
}

/** The provider configuration of a resource (shared with the constructs, which read it from what cdktf writes). */
export { providerKeyOf };

function configProviderVersion(doc: Record<string, unknown>): string | undefined {
  const blocks = Array.isArray(doc.terraform) ? doc.terraform : [doc.terraform];
  for (const t of blocks) {
    if (!isObject(t)) continue;
    const rps = Array.isArray(t.required_providers) ? t.required_providers : [t.required_providers];
    for (const rp of rps) {
      if (!isObject(rp)) continue;
      const az = rp.azurerm;
      if (typeof az === 'string') return az;
      if (isObject(az) && typeof az.version === 'string') return az.version;
    }
  }
  return undefined;
}

function configOutputs(doc: Record<string, unknown>): OutputRecord[] {
  if (!isObject(doc.output)) return [];
  return Object.entries(doc.output).filter(([, o]) => isObject(o)).map(([name, o]) => {
    const body = o as Record<string, unknown>;
    return { name, sensitive: body.sensitive === true, references: interpolationRefs(body.value) };
  });
}

/** Every reference in a plan's configuration expression, nested blocks included. */
function expressionRefs(expr: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 16) return out;
  if (Array.isArray(expr)) {
    for (const e of expr) expressionRefs(e, out, depth + 1);
  } else if (isObject(expr)) {
    if (Array.isArray(expr.references)) out.push(...expr.references.filter((x): x is string => typeof x === 'string'));
    for (const [k, v] of Object.entries(expr)) if (k !== 'references' && k !== 'constant_value') expressionRefs(v, out, depth + 1);
  }
  return out;
}

interface PlanModule {
  resources?: unknown[];
  child_modules?: unknown[];
}

function planResources(doc: Record<string, unknown>): ResourceRecord[] {
  const changes = new Map<string, Record<string, unknown>>();
  for (const rc of Array.isArray(doc.resource_changes) ? doc.resource_changes : []) {
    if (isObject(rc) && typeof rc.address === 'string' && isObject(rc.change)) changes.set(rc.address, rc.change);
  }
  const configRefs = new Map<string, Map<string, string[]>>();
  const providerKeys = new Map<string, string>();
  const walkConfig = (mod: unknown, prefix: string, depth: number) => {
    if (!isObject(mod) || depth > MAX_MODULE_DEPTH) return;
    for (const r of Array.isArray(mod.resources) ? mod.resources : []) {
      if (!isObject(r) || typeof r.address !== 'string') continue;
      if (typeof r.provider_config_key === 'string') providerKeys.set(prefix + r.address, r.provider_config_key);
      if (!isObject(r.expressions)) continue;
      const refs = new Map<string, string[]>();
      for (const [attr, expr] of Object.entries(r.expressions)) {
        const list = expressionRefs(expr);
        if (list.length > 0) refs.set(attr, list.map((x) => prefix + addressOf(x)));
        // A nested block's arguments also one by one (`link1.macsec_ckn_keyvault_secret_id`): a
        // plan's values do not show which argument of a block a reference fills.
        for (const block of Array.isArray(expr) ? expr : []) {
          if (!isObject(block)) continue;
          for (const [inner, e] of Object.entries(block)) {
            const nested = expressionRefs(e);
            if (nested.length > 0) refs.set(`${attr}.${inner}`, [...(refs.get(`${attr}.${inner}`) ?? []), ...nested.map((x) => prefix + addressOf(x))]);
          }
        }
      }
      configRefs.set(prefix + r.address, refs);
    }
    if (isObject(mod.module_calls)) {
      for (const [name, call] of Object.entries(mod.module_calls)) {
        if (isObject(call)) walkConfig(call.module, `${prefix}module.${name}.`, depth + 1);
      }
    }
  };
  if (isObject(doc.configuration)) walkConfig(doc.configuration.root_module, '', 0);

  const out: ResourceRecord[] = [];
  const planned = new Set<string>();
  const walk = (mod: unknown, depth: number) => {
    if (!isObject(mod) || depth > MAX_MODULE_DEPTH) return;
    const m = mod as PlanModule;
    for (const r of Array.isArray(m.resources) ? m.resources : []) {
      if (!isObject(r) || r.mode === 'data' || typeof r.address !== 'string' || typeof r.type !== 'string') continue;
      const change = changes.get(r.address);
      const values = isObject(r.values) ? r.values : {};
      // Config references are keyed without instance indexes.
      const configAddress = r.address.replace(/\[[^\]]*\]$/, '');
      const refs = configRefs.get(configAddress) ?? new Map<string, string[]>();
      planned.add(r.address);
      const replacePaths = change && Array.isArray(change.replace_paths)
        ? change.replace_paths.map((p) => (Array.isArray(p) ? p.join('.') : String(p))) : undefined;
      out.push({
        address: r.address, type: r.type, values, refs,
        unknown: change?.after_unknown ?? {},
        actions: change && Array.isArray(change.actions) ? change.actions.map(String) : undefined,
        before: change && isObject(change.before) ? change.before : undefined,
        replacePaths,
        providerKey: providerKeys.get(configAddress.replace(/\[[^\]]*\]\./g, '.')),
      });
    }
    for (const c of Array.isArray(m.child_modules) ? m.child_modules : []) walk(c, depth + 1);
  };
  if (isObject(doc.planned_values)) walk(doc.planned_values.root_module, 0);
  // A resource the plan deletes (and does not create again) is not in planned_values: it is read
  // from its change's `before`, the state it has until the apply.
  for (const rc of Array.isArray(doc.resource_changes) ? doc.resource_changes : []) {
    if (!isObject(rc) || rc.mode === 'data' || typeof rc.address !== 'string' || typeof rc.type !== 'string') continue;
    if (planned.has(rc.address) || !isObject(rc.change) || !isObject(rc.change.before)) continue;
    const actions = Array.isArray(rc.change.actions) ? rc.change.actions.map(String) : [];
    if (!actions.includes('delete') || actions.includes('create')) continue;
    const configAddress = rc.address.replace(/\[[^\]]*\]$/, '');
    out.push({
      address: rc.address, type: rc.type, values: rc.change.before, unknown: {}, actions, before: rc.change.before,
      refs: configRefs.get(configAddress) ?? new Map<string, string[]>(),
      providerKey: providerKeys.get(configAddress.replace(/\[[^\]]*\]\./g, '.')),
    });
  }
  return out;
}

function planProviderVersion(doc: Record<string, unknown>): string | undefined {
  const conf = isObject(doc.configuration) ? doc.configuration.provider_config : undefined;
  if (!isObject(conf)) return undefined;
  for (const [key, p] of Object.entries(conf)) {
    if (!isObject(p)) continue;
    const name = typeof p.name === 'string' ? p.name : key;
    if (name === 'azurerm' && typeof p.version_constraint === 'string') return p.version_constraint;
  }
  return undefined;
}

/**
 * A plan's root outputs, every reference declassified. A plan exists only if Terraform accepted every root
 * output: one that refers to a sensitive value without `sensitive = true` fails the plan ("Output
 * refers to sensitive values"; https://developer.hashicorp.com/terraform/language/values/outputs#sensitive),
 * and one that reads it through `nonsensitive(...)` is accepted, which the plan's reference lists
 * do not tell apart. So SEC004, which judges what makes a plan fail, has nothing to judge in a
 * plan; the hand-off still lists the keys an output carries.
 */
function planOutputs(doc: Record<string, unknown>): OutputRecord[] {
  const root = isObject(doc.configuration) && isObject(doc.configuration.root_module) ? doc.configuration.root_module : undefined;
  if (!root || !isObject(root.outputs)) return [];
  return Object.entries(root.outputs).filter(([, o]) => isObject(o)).map(([name, o]) => {
    const body = o as Record<string, unknown>;
    const expr = isObject(body.expression) ? body.expression : {};
    const refs = Array.isArray(expr.references) ? expr.references.filter((x): x is string => typeof x === 'string') : [];
    return { name, sensitive: body.sensitive === true, references: refs, declassifiedReferences: refs };
  });
}

/** Whether a parsed JSON value is a plan, a configuration, or neither. */
export function documentKind(doc: unknown): 'config' | 'plan' | undefined {
  if (!isObject(doc)) return undefined;
  if ('planned_values' in doc || 'resource_changes' in doc || ('format_version' in doc && 'terraform_version' in doc)) return 'plan';
  if ('resource' in doc || 'terraform' in doc || 'provider' in doc || 'output' in doc || 'variable' in doc || 'module' in doc
    || 'data' in doc || 'locals' in doc) return 'config';
  return undefined;
}

/** Normalises a parsed document; undefined when it is not Terraform JSON. */
export function normalise(doc: unknown): TerraformDocument | undefined {
  const kind = documentKind(doc);
  if (!kind) return undefined;
  const d = doc as Record<string, unknown>;
  return kind === 'plan'
    ? {
      kind, resources: planResources(d), outputs: planOutputs(d), providerVersion: planProviderVersion(d),
      subscriptionIds: planSubscriptionIds(isObject(d.configuration) ? d.configuration.provider_config : undefined),
    }
    : {
      kind, resources: configResources(d), outputs: configOutputs(d), providerVersion: configProviderVersion(d), imports: configImports(d),
      subscriptionIds: providerSubscriptionIds(d.provider),
    };
}

/**
 * Reading a large plan without holding all of it: `terraform show -json` repeats every resource
 * in `planned_values`, `resource_changes` (`before` and `after`) and `prior_state`. The file's
 * bytes are scanned for value boundaries (UTF-8 never puts a byte below 0x80 inside a
 * multi-byte character, so the structure can be read byte by byte), the whole text is never
 * decoded, and only what the model reads is parsed: `planned_values` and
 * `resource_changes` element by element (resources of other types and each change's `after` are
 * dropped), `configuration` whole, `prior_state` not at all.
 */
export class PlanText {
  /** The line of each resource's entry in `resource_changes`. */
  public readonly lines = new Map<string, number>();
  /** The next newline not yet counted (-2: not searched yet, -1: none left). */
  private nextNewline = -2;
  private line = 1;

  constructor(private readonly text: Buffer, private readonly keep: (type: string) => boolean) {}

  /** The plan as a (reduced) document; undefined when the text is not a plan. Throws on malformed text. */
  public read(): Record<string, unknown> | undefined {
    const top = this.objectSpans(this.skipWs(0));
    if (!top || !(top.has('planned_values') || top.has('resource_changes'))) return undefined;
    const doc: Record<string, unknown> = {};
    for (const [key, [s, e]] of top) {
      if (key === 'prior_state') continue;
      if (key === 'resource_changes') doc[key] = this.changes(s);
      else if (key === 'planned_values') doc[key] = this.plannedValues(s, e);
      else doc[key] = this.parse(s, e);
    }
    return doc;
  }

  private plannedValues(s: number, e: number): unknown {
    const spans = this.objectSpans(s);
    if (!spans) return this.parse(s, e);
    const out: Record<string, unknown> = {};
    for (const [key, [vs, ve]] of spans) out[key] = key === 'root_module' ? this.module(vs, ve, 0) : this.parse(vs, ve);
    return out;
  }

  private module(s: number, e: number, depth: number): unknown {
    const spans = this.objectSpans(s);
    if (!spans || depth > 64) return this.parse(s, e);
    const out: Record<string, unknown> = {};
    for (const [key, [vs, ve]] of spans) {
      if (key === 'resources') {
        out[key] = this.elements(vs).map(([a, b]) => this.parse(a, b) as unknown)
          .filter((r) => isObject(r) && typeof r.type === 'string' && this.keep(r.type));
      } else if (key === 'child_modules') {
        out[key] = this.elements(vs).map(([a, b]) => this.module(a, b, depth + 1));
      } else {
        out[key] = this.parse(vs, ve);
      }
    }
    return out;
  }

  private changes(s: number): unknown[] {
    const out: unknown[] = [];
    for (const [a, b] of this.elements(s)) {
      const rc = this.parse(a, b) as unknown;
      if (!isObject(rc) || typeof rc.type !== 'string' || !this.keep(rc.type)) continue;
      if (typeof rc.address === 'string') this.lines.set(rc.address, this.lineAt(a));
      const change = isObject(rc.change) ? rc.change : {};
      const actions = Array.isArray(change.actions) ? change.actions : [];
      out.push({
        address: rc.address, type: rc.type, mode: rc.mode,
        change: {
          actions, after_unknown: change.after_unknown, replace_paths: change.replace_paths,
          // `before` serves change guards (updates, replacements); `after` repeats planned_values.
          before: actions.includes('update') || actions.includes('delete') ? change.before : null,
        },
      });
    }
    return out;
  }

  private parse(start: number, end: number): unknown {
    return JSON.parse(this.text.toString('utf8', start, end));
  }

  /** The line at an offset; offsets come in increasing order. */
  private lineAt(offset: number): number {
    if (this.nextNewline === -2) this.nextNewline = this.text.indexOf(0x0a);
    while (this.nextNewline >= 0 && this.nextNewline < offset) {
      this.line++;
      this.nextNewline = this.text.indexOf(0x0a, this.nextNewline + 1);
    }
    return this.line;
  }

  /** The spans of an object's values by key; undefined when no object starts at `i`. */
  private objectSpans(i: number): Map<string, [number, number]> | undefined {
    const t = this.text;
    if (at(t, i) !== 0x7b) return undefined;
    const spans = new Map<string, [number, number]>();
    let p = this.skipWs(i + 1);
    if (at(t, p) === 0x7d) return spans;
    for (;;) {
      if (at(t, p) !== 0x22) throw new SyntaxError('expected a key');
      const keyEnd = this.skipString(p);
      const key = JSON.parse(t.toString('utf8', p, keyEnd)) as string;
      p = this.skipWs(keyEnd);
      if (at(t, p) !== 0x3a) throw new SyntaxError('expected :');
      const vs = this.skipWs(p + 1);
      const ve = this.skipValue(vs);
      spans.set(key, [vs, ve]);
      p = this.skipWs(ve);
      const c = at(t, p);
      if (c === 0x2c) p = this.skipWs(p + 1);
      else if (c === 0x7d) return spans;
      else throw new SyntaxError('expected , or }');
    }
  }

  /** The spans of an array's elements. */
  private elements(i: number): [number, number][] {
    const t = this.text;
    if (at(t, i) !== 0x5b) return [];
    const out: [number, number][] = [];
    let p = this.skipWs(i + 1);
    if (at(t, p) === 0x5d) return out;
    for (;;) {
      const e = this.skipValue(p);
      out.push([p, e]);
      p = this.skipWs(e);
      const c = at(t, p);
      if (c === 0x2c) p = this.skipWs(p + 1);
      else if (c === 0x5d) return out;
      else throw new SyntaxError('expected , or ]');
    }
  }

  private skipWs(i: number): number {
    const t = this.text;
    let c = at(t, i);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = at(t, ++i);
    return i;
  }

  private skipString(i: number): number {
    const t = this.text;
    let j = i + 1;
    for (;;) {
      const q = t.indexOf(0x22, j);
      if (q < 0) throw new SyntaxError('unterminated string');
      let b = q - 1;
      while (at(t, b) === 0x5c) b--;
      if ((q - 1 - b) % 2 === 0) return q + 1;
      j = q + 1;
    }
  }

  private skipValue(i: number): number {
    const t = this.text;
    const c = at(t, i);
    if (c === 0x22) return this.skipString(i);
    if (c === 0x7b || c === 0x5b) {
      let depth = 0;
      let p = i;
      for (;;) {
        const ch = at(t, p);
        if (ch === 0x22) {
          p = this.skipString(p);
          continue;
        }
        if (ch === 0x7b || ch === 0x5b) depth++;
        else if (ch === 0x7d || ch === 0x5d) {
          if (--depth === 0) return p + 1;
        } else if (Number.isNaN(ch)) throw new SyntaxError('unexpected end');
        p++;
      }
    }
    let p = i;
    for (let ch = at(t, p); p < t.length && ch !== 0x2c && ch !== 0x7d && ch !== 0x5d && ch !== 0x20 && ch !== 0x0a && ch !== 0x0d && ch !== 0x09; ch = at(t, ++p));
    if (p === i) throw new SyntaxError('expected a value');
    return p;
  }
}

/** The byte at an offset, NaN past the end (as String.charCodeAt). */
const at = (b: Buffer, i: number): number => (i < b.length ? b[i] : NaN);
