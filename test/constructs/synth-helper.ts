/** Synthesizes a definition in memory and gives typed access to the Terraform JSON. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { Testing } from 'cdktf';
import { TaskAccessStacks, type TaskAccessStacksProps } from '../../lib/constructs/task-access-stacks';
import { metaArgumentProblems } from './meta-arguments';

/** Terraform JSON of one stack. */
export interface StackJson {
  readonly text: string;
  readonly json: {
    resource?: Record<string, Record<string, Record<string, unknown>>>;
    data?: Record<string, Record<string, Record<string, unknown>>>;
    output?: Record<string, { value: unknown }>;
    provider?: Record<string, unknown[]>;
  };
  /** The resources of a type, by name (`{}` when none). */
  resources(type: string): Record<string, Record<string, unknown>>;
  /** One resource; throws with the known names when it is missing. */
  resource(type: string, name: string): Record<string, unknown>;
  /** Every `type.name` address, sorted. */
  addresses(): string[];
}

/** Wraps synthesized JSON text; throws when a meta-argument holds an interpolation Terraform would reject. */
export function stackJson(text: string): StackJson {
  const json = JSON.parse(text) as StackJson['json'];
  const meta = metaArgumentProblems(json);
  if (meta.length > 0) throw new Error(`meta-arguments must be bare references:\n${meta.join('\n')}`);
  const resources = (type: string) => json.resource?.[type] ?? {};
  return {
    text,
    json,
    resources,
    resource(type, name) {
      const r = resources(type)[name];
      if (!r) throw new Error(`no ${type}.${name}; have: ${Object.keys(resources(type)).join(', ')}`);
      return r;
    },
    addresses: () =>
      Object.entries(json.resource ?? {})
        .flatMap(([t, byName]) => Object.keys(byName).map((n) => `${t}.${n}`))
        .sort(),
  };
}

/**
 * Synthesizes every stack of a definition the way `cdktf synth` does (the whole app, so cross-stack
 * references are resolved) into a temporary directory; returns the stacks by name.
 */
export function synthStacks(props: TaskAccessStacksProps, id = 'test'): Map<string, StackJson> {
  const app = Testing.app();
  const stacks = new TaskAccessStacks(app, id, props);
  app.synth();
  return new Map(
    [...stacks.stacks.keys()].map((name) => [
      name,
      stackJson(readFileSync(join(app.outdir, 'stacks', name, 'cdk.tf.json'), 'utf8')),
    ]),
  );
}

/** Synthesizes a definition into one stack. */
export function synthOne(props: TaskAccessStacksProps): StackJson {
  return synthStacks(props).get('test') as StackJson;
}

/** `${type.name.attr}` reference text. */
export const ref = (type: string, name: string, attr = 'object_id'): string => `\${${type}.${name}.${attr}}`;
/** Reference to a layer group's object ID. */
export const groupRef = (name: string): string => ref('azuread_group_without_members', name);
