import { App, TerraformStack, Testing } from 'cdktf';
import { ExpressRouteMetroCircuit, MetroLocation } from '../../src';
import { BUILT_FOR, FrameworkMismatchError } from '../../src/core/guard';
import { newStack, synthErrorIds } from '../constructs/helpers';

/** A second copy of the framework in this process (what a duplicated install gives an app). */
function otherCopy(): { App: typeof App; TerraformStack: typeof TerraformStack; Testing: typeof Testing } {
  let copy: any;
  jest.isolateModules(() => {
    copy = require('cdktf');
  });
  return copy;
}

const circuitProps = {
  resourceGroupName: 'rg', location: 'West Europe', metro: MetroLocation.AMSTERDAM, serviceProviderName: 'Equinix', bandwidthMbps: 300,
};

function constructionError(build: () => unknown): Error {
  try {
    build();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the construction to throw');
}

test('the build knows its framework from the framework itself (name and version of its package)', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const pkg = require('cdktf/package.json');
  expect(BUILT_FOR).toEqual({ name: pkg.name, version: pkg.version });
});

test('a stack from another copy of the framework is an error at construction, not a synth without checks', () => {
  const other = otherCopy();
  expect(other.TerraformStack).not.toBe(TerraformStack);
  const stack = new other.TerraformStack(other.Testing.app(), 'network');
  const e = constructionError(() => new ExpressRouteMetroCircuit(stack as unknown as TerraformStack, 'Circuit', circuitProps));
  expect(e).toBeInstanceOf(FrameworkMismatchError);
  expect(e.message).toContain(`${BUILT_FOR.name}-expressroute-metro is built for ${BUILT_FOR.name} ${BUILT_FOR.version}, but stack 'network' was created with another copy of ${BUILT_FOR.name}`);
  expect(e.message).toContain(`npm ls ${BUILT_FOR.name}`);
});

test('an app from another copy is an error too, even when the stack is from this one', () => {
  const other = otherCopy();
  const stack = new TerraformStack(other.Testing.app() as unknown as App, 'network');
  const e = constructionError(() => new ExpressRouteMetroCircuit(stack, 'Circuit', circuitProps));
  expect(e).toBeInstanceOf(FrameworkMismatchError);
  expect(e.message).toContain('but its app was created with another copy');
});

test('an app of the same framework passes the guard and is checked at synth', () => {
  const { stack } = newStack();
  new ExpressRouteMetroCircuit(stack, 'Circuit', circuitProps);
  expect(synthErrorIds(stack)).toContain('BW001');
});
