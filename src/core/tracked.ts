/**
 * Changes a user makes to a construct's azurerm resource through the resource's own API: a
 * setter (`circuit.resource.bandwidthInMbps = 300`), `putX`/`resetX`, or a block read to be
 * changed (`circuit.resource.sku.tier = ...`). They are escape hatches like `addOverride`: the
 * synth-time check then judges the resource as written, not as the construct described it.
 *
 * The provider classes copy their configuration into private fields in the constructor and write
 * those fields at synth, so a setter changes what is written without any trace the check could
 * read. Each resource a construct creates therefore gets a prototype whose mutators mark it
 * (`trackingConstructor`). Construction itself assigns the fields directly and
 * marks nothing; the common case (no change) costs nothing at synth.
 */

/** A construct as far as tracking needs it. */
interface InTree {
  readonly node: { readonly root: object; readonly path: string };
}

/** Per construct tree (its root), the resources user code changed through their API. */
const changedByRoot = new WeakMap<object, Set<InTree>>();
const NONE: ReadonlySet<InTree> = new Set();

/** Set while this library itself uses its resources' API (a migration moving a peering's route filter). */
let libraryAtWork = false;

/**
 * Runs `work`, in which this library changes or reads its own resource through the resource's
 * API, without marking anything changed: the construct's model already follows it.
 */
export function asLibrary<T>(work: () => T): T {
  const outer = libraryAtWork;
  libraryAtWork = true;
  try {
    return work();
  } finally {
    libraryAtWork = outer;
  }
}

/**
 * The resources of the tree under `root` that user code changed through their API. Kept by tree,
 * not read off each construct: the synth-time walk over every construct then costs nothing more.
 */
export function changedResources(root: object): ReadonlySet<InTree> {
  return changedByRoot.get(root) ?? NONE;
}

function mark(target: object): void {
  if (libraryAtWork) return;
  const resource = target as InTree;
  const root = resource.node.root;
  let changed = changedByRoot.get(root);
  if (changed === undefined) changedByRoot.set(root, (changed = new Set()));
  changed.add(resource);
}

const MUTATING_METHOD = /^(put|reset)[A-Z]/;

/** Per provider class, the constructor whose `prototype` tracked instances get. */
const trackingConstructors = new WeakMap<object, Function>();

/**
 * The `newTarget` that makes `Reflect.construct(type, args, newTarget)` build a `type` whose
 * instance marks itself changed when user code changes it: every setter up its prototype chain,
 * every `putX`/`resetX`, and the getter of every block (the object a user changes a block
 * through). Built once per class. (`count`, `forEach`, `lifecycle`, `provider` and `dependsOn`
 * are plain fields in cdktf 0.21 and cdktn 0.24, with no setter: the synth check reads a resource
 * written with `count`/`for_each` as written whatever set it, and the others change no verdict.)
 *
 * Not constructed through the subclass, nor through a wrapper: its constructor would be one more
 * frame in every stack trace cdktf records while it builds a resource (a full trace per token and
 * nested block). Nor `Object.setPrototypeOf` after construction, which V8 makes slow for every
 * instance. `Reflect.construct` calls the class's own constructor with the subclass as
 * `new.target`: the instance gets the subclass's prototype, with no frame of its own.
 */
export function trackingConstructor(type: Function): Function {
  let target = trackingConstructors.get(type);
  if (target === undefined) {
    // A class, not a plain function: V8 sizes instances by their `newTarget`, and a plain function
    // gave every resource a slower shape (+13 % instructions to build and synthesize in a test).
    target = class extends (type as new (...args: unknown[]) => object) {};
    addTracking(target.prototype as object, type.prototype as object);
    usedAsPrototype(target.prototype as object);
    trackingConstructors.set(type, target);
  }
  return target;
}

/**
 * Makes V8 treat `proto` as a prototype now. Defining some sixty accessors on it leaves it a
 * dictionary, and every property read through it on every resource (cdktf reads many while it
 * builds and writes one) then costs a dictionary lookup: 0.8 % more instructions in a 2,000-resource
 * test, none once V8 has seen it used as a prototype. The idiom: an object made with it as its
 * prototype, read through.
 */
function usedAsPrototype(proto: object): void {
  const Probe = function () {} as unknown as new () => Record<string, unknown>;
  (Probe as unknown as { prototype: object }).prototype = proto;
  const probe = new Probe();
  // Read through twice, from one site: the second read is what settles it.
  const read = () => typeof probe.probe;
  read();
  read();
}

/** `Reflect.construct`, typed: the arguments are checked against `type`'s constructor. */
export const construct = Reflect.construct as <A extends unknown[], T>(type: new (...args: A) => T, args: A, newTarget: Function) => T;

/** Defines on `out` (whose prototype is `base`) each mutator of `base`'s chain, wrapped to mark the instance. */
function addTracking(out: object, base: object): void {
  const seen = new Set<string>();
  for (let proto: any = base; proto !== null && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const key of Object.getOwnPropertyNames(proto)) {
      // The nearest definition of a name is the one the instance uses.
      if (key === 'constructor' || seen.has(key)) continue;
      seen.add(key);
      const d = Object.getOwnPropertyDescriptor(proto, key)!;
      const isBlock = d.get !== undefined && typeof proto[`put${key.charAt(0).toUpperCase()}${key.slice(1)}`] === 'function';
      if (d.set !== undefined || isBlock) {
        const { get, set } = d;
        Object.defineProperty(out, key, {
          configurable: true, enumerable: d.enumerable,
          get: isBlock ? function (this: object) { mark(this); return get!.call(this); } : get,
          set: set === undefined ? undefined : function (this: object, value: unknown) { mark(this); set.call(this, value); },
        });
      } else if (typeof d.value === 'function' && MUTATING_METHOD.test(key)) {
        const method = d.value as (...args: unknown[]) => unknown;
        Object.defineProperty(out, key, {
          configurable: true, enumerable: d.enumerable, writable: true,
          value: function (this: object, ...args: unknown[]) { mark(this); return method.apply(this, args); },
        });
      }
    }
  }
}
