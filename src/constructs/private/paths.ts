import { IConstruct } from '../../core/framework';

/**
 * A construct's path, computed once (`node.path` walks up and joins the ids on every read, and
 * the model of a large app asks for the paths of its circuits and gateways thousands of times).
 * A construct's id and parent never change, so neither does its path.
 */
export function pathOf(construct: IConstruct): string {
  let path = paths.get(construct);
  if (path === undefined) paths.set(construct, (path = construct.node.path));
  return path;
}

const paths = new WeakMap<IConstruct, string>();
