/**
 * A construct in the tree that adds no segment to the paths below it, as the root does. The one place that
 * relies on how constructs 10 names paths; checked by test/constructs/task-access-stacks.test.ts.
 *
 * Why: {@link TaskAccessStacks} is a construct (found in the tree, Aspects added to it reach its stacks), and its
 * stacks are its children. cdktf 0.21 writes each element's `node.path` into the Terraform JSON (the `//`
 * metadata of every resource), names the `terraform_remote_state` of a cross-stack reference after the other
 * stack's path and lists stacks by path in `manifest.json`; with one more segment, all of these would change
 * for every existing app. constructs builds a path from the ids of the scopes that have one
 * (`Node.path`: `if (scope.node.id) components.push(scope.node.id)`) and allows an empty id only at the root
 * ("Only root constructs may have an empty ID"); so the construct is added to its scope under its id, as usual
 * (its scope finds it by that id), and only then does its node drop the id.
 */
import type { IConstruct } from 'constructs';

/** Makes `construct` add no segment to the paths of the constructs below it; returns the id it had. */
export function makePathTransparent(construct: IConstruct): string {
  const id = construct.node.id;
  Object.defineProperty(construct.node, 'id', { value: '', writable: false, enumerable: true, configurable: true });
  return id;
}
