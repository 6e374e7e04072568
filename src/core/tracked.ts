/**
 * Changes a user makes to a construct's azurerm resource through the resource's own API: a
 * setter (`circuit.resource.bandwidthInMbps = 300`), `putX`/`resetX`, or a block read to be
 * changed (`circuit.resource.sku.tier = ...`). They are escape hatches like `addOverride`: the
 * synth-time check then judges the resource as written, not as the construct described it.
 *
 * The provider classes copy their configuration into private fields in the constructor and write
 * those fields at synth, so a setter changes what is written without any trace the check could
 * read. Each class this library instantiates is therefore subclassed once, at load time, with
 * every mutator wrapped to mark the instance. Construction itself assigns the fields directly and
 * marks nothing; the common case (no change) costs nothing at synth.
 */

/** Present (true) on a resource changed through its API since the construct created it. */
export const CHANGED_SYMBOL = Symbol.for('@expressroute-metro/resource-changed');

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

/** Whether user code changed `resource` through its API. */
export function changedThroughApi(resource: unknown): boolean {
  return (resource as Record<symbol, unknown>)[CHANGED_SYMBOL] === true;
}

function mark(target: object): void {
  if (!libraryAtWork) (target as Record<symbol, unknown>)[CHANGED_SYMBOL] = true;
}

const MUTATING_METHOD = /^(put|reset)[A-Z]/;

/**
 * A subclass of a provider resource class whose mutators mark the instance changed: every setter
 * up the prototype chain (`count`, `lifecycle`, `provider` included), every `putX`/`resetX`, and
 * the getter of every block (the object a user changes a block through).
 */
export function trackChanges<T extends abstract new (...args: any[]) => object>(base: T): T {
  // A named class: stack traces and error messages show the provider's class name.
  const tracked = { [base.name]: class extends (base as unknown as new (...args: any[]) => object) {} }[base.name];
  const defined = new Set<string>();
  for (let proto = base.prototype; proto !== null && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const key of Object.getOwnPropertyNames(proto)) {
      if (key === 'constructor' || defined.has(key)) continue;
      const d = Object.getOwnPropertyDescriptor(proto, key)!;
      const isBlock = d.get !== undefined && typeof proto[`put${key.charAt(0).toUpperCase()}${key.slice(1)}`] === 'function';
      if (d.set !== undefined || isBlock) {
        defined.add(key);
        const { get, set } = d;
        Object.defineProperty(tracked.prototype, key, {
          configurable: true, enumerable: d.enumerable,
          get: isBlock ? function (this: object) { mark(this); return get!.call(this); } : get,
          set: set === undefined ? undefined : function (this: object, value: unknown) { mark(this); set.call(this, value); },
        });
      } else if (typeof d.value === 'function' && MUTATING_METHOD.test(key)) {
        defined.add(key);
        const method = d.value as (...args: unknown[]) => unknown;
        Object.defineProperty(tracked.prototype, key, {
          configurable: true, enumerable: d.enumerable, writable: true,
          value: function (this: object, ...args: unknown[]) { mark(this); return method.apply(this, args); },
        });
      } else {
        // A subclass's own member hides the same name further up the chain.
        defined.add(key);
      }
    }
  }
  return tracked as unknown as T;
}
