/**
 * The JSON Schema of a definition, generated from the same zod schema validation checks shapes with (schema.ts),
 * so an editor's completion and validation of a `definition.json` can't disagree with `task-access lint` on shape.
 * The semantic rules (names, references, scopes, policies) are beyond a JSON Schema: lint checks those.
 * Shipped as `schema/definition.schema.json` and printed by `task-access schema --definition`.
 */
import { z } from 'zod';
import { definitionSchema } from './schema';

/**
 * The `$id` of the schema. A JSON definition's `$schema` points at the shipped file, e.g.
 * `./node_modules/cdktf-task-access/schema/definition.schema.json`.
 */
export const DEFINITION_SCHEMA_ID = 'urn:cdktf-task-access:definition';

/**
 * The JSON Schema (draft 2020-12) of an {@link AccessModelDefinition} in JSON, with an optional `$schema` key (which
 * `task-access` ignores when it loads a JSON definition).
 */
export function definitionJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(definitionSchema, { target: 'draft-2020-12' }) as Record<string, unknown> & {
    properties: Record<string, unknown>;
  };
  const { $schema, properties, ...rest } = generated;
  return {
    $schema,
    $id: DEFINITION_SCHEMA_ID,
    title: 'cdktf-task-access definition',
    description:
      'An access model definition (AccessModelDefinition) in JSON. Shapes only: `task-access lint` checks names, references, scopes and policies.',
    ...rest,
    properties: {
      $schema: { type: 'string', description: 'Where this schema is, for editors; ignored by task-access.' },
      ...properties,
    },
  };
}
