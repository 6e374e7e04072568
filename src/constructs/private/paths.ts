import { IConstruct } from '../../core/framework';

/**
 * A construct's path, computed once, from its parent's (`node.path` walks up to the root and
 * joins every id on each read, and the model of a large app asks for the paths of its circuits
 * and gateways thousands of times). A construct's id and parent never change, so neither does
 * its path: the ids below the root (the only construct without an id) joined with `/`, as
 * `node.path` gives it.
 */
export function pathOf(construct: IConstruct): string {
  let path = paths.get(construct);
  if (path === undefined) {
    const scope = construct.node.scope;
    const parent = scope === undefined ? undefined : pathOf(scope);
    path = parent === undefined ? construct.node.path : parent === '' ? construct.node.id : `${parent}/${construct.node.id}`;
    paths.set(construct, path);
  }
  return path;
}

const paths = new WeakMap<IConstruct, string>();
