import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { pathOf } from '../../src/constructs/private/paths';

test('a construct path computed from its parent is the path constructs gives', () => {
  const app = new App();
  const stack = new TerraformStack(app, 'net-stack');
  const deep = new Construct(new Construct(stack, 'Hub'), 'Circuit 1');
  const nested = new Construct(new Construct(deep, 'Private'), 'Resource');
  const all = [app, stack, deep, nested, ...app.node.findAll()];
  for (const c of all) expect(pathOf(c)).toBe(c.node.path);
  expect(pathOf(nested)).toBe('net-stack/Hub/Circuit 1/Private/Resource');
  expect(pathOf(app)).toBe('');
});
