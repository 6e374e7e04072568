/**
 * The guard against an app that mixes frameworks. cdktf and cdktn (and two copies of one of them)
 * key their type checks on the same global `Symbol.for('cdktf/...')` strings, so a stack of one
 * passes the other's `TerraformStack.of`, but each keeps aspects under a module-private symbol.
 * Measured with cdktf 0.21.0 and cdktn 0.24.0: a library built for cdktn in a cdktf app
 * synthesizes with none of its checks (a 300 Mbps circuit passes), and one built for cdktf in a
 * cdktn app fails at synth with a TypeError. So the first construct in a stack checks that the
 * stack and the app come from the framework this build imports.
 */
import { App, TerraformStack } from './framework';

/** The type information jsii puts on every class of cdktf and cdktn (`{ fqn: 'cdktn.App', version: '0.24.0' }`). */
const JSII_RTTI = Symbol.for('jsii.rtti');

/** A CDK framework and its version, as its classes declare them. */
interface FrameworkId {
  readonly name: string;
  readonly version: string;
}

/** The framework whose `App` or `TerraformStack` `value` is, or extends; undefined when it does not say. */
function frameworkOf(value: object): FrameworkId | undefined {
  let type: unknown = typeof value === 'function' ? value : value.constructor;
  for (; typeof type === 'function'; type = Object.getPrototypeOf(type)) {
    const rtti = Object.getOwnPropertyDescriptor(type, JSII_RTTI)?.value as { fqn?: unknown; version?: unknown } | undefined;
    const m = typeof rtti?.fqn === 'string' ? /^([\w-]+)\.(?:App|TerraformStack)$/.exec(rtti.fqn) : null;
    if (m) return { name: m[1], version: String(rtti?.version) };
  }
  return undefined;
}

/** The framework this build of the library imports: `cdktf` in cdktf-expressroute-metro, `cdktn` in cdktn-expressroute-metro. */
export const BUILT_FOR: FrameworkId = frameworkOf(TerraformStack) ?? { name: 'cdktf', version: 'unknown' };

/** The package built for `framework`. */
function packageFor(framework: string): string {
  return `${framework}-expressroute-metro`;
}

/** An app or stack made with another framework (or another copy of it) than the library's. */
export class FrameworkMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FrameworkMismatchError';
  }
}

/**
 * Throws a `FrameworkMismatchError` unless `stack` and its app were created with the framework
 * this library build imports (the same copy of it).
 */
export function assertSameFramework(stack: TerraformStack): void {
  const root = stack.node.root;
  const foreign = !(stack instanceof TerraformStack) ? stack : App.isApp(root) && !(root instanceof App) ? root : undefined;
  if (!foreign) return;
  const what = foreign === stack ? `stack '${stack.node.path}'` : 'its app';
  const theirs = frameworkOf(foreign);
  const built = `${packageFor(BUILT_FOR.name)} is built for ${BUILT_FOR.name} ${BUILT_FOR.version}`;
  if (theirs && theirs.name !== BUILT_FOR.name) {
    throw new FrameworkMismatchError(`${built}, but ${what} was created with ${theirs.name} ${theirs.version}. `
      + 'The two frameworks share global symbols but not aspects, so the ExpressRoute checks would not run at synth (or the synth would fail). '
      + `In a ${theirs.name} app install ${packageFor(theirs.name)} instead of ${packageFor(BUILT_FOR.name)}.`);
  }
  throw new FrameworkMismatchError(`${built}, but ${what} was created with another copy of ${theirs ? `${theirs.name} ${theirs.version}` : 'a CDK framework'}. `
    + 'Two copies do not share aspects, so the ExpressRoute checks would not run at synth. '
    + `Make the app and the library resolve one copy (\`npm ls ${BUILT_FOR.name}\` shows them).`);
}
