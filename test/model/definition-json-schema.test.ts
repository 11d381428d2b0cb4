/**
 * The JSON Schema of a definition: generated from the zod schema validation uses, shipped as
 * schema/definition.schema.json, printed by `task-access schema --definition`; a `$schema` key in a JSON definition
 * is accepted and ignored.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runLint } from '../../lib/cli/commands/lint';
import { runSchema } from '../../lib/cli/commands/schema';
import { loadDefinition } from '../../lib/cli/load-definition';
import { DEFINITION_SCHEMA_ID, definitionJsonSchema } from '../../lib/model/definition-json-schema';
import { definitionSchema } from '../../lib/model/schema';
import { capture } from '../cli/io';
import { minimal } from '../fixtures/minimal';

const ROOT = join(__dirname, '..', '..');

test('the shipped schema/definition.schema.json is the generated schema, and `schema --definition` prints it', () => {
  const shipped = JSON.parse(readFileSync(join(ROOT, 'schema', 'definition.schema.json'), 'utf8'));
  expect(shipped).toEqual(definitionJsonSchema());
  const c = capture(ROOT);
  expect(runSchema(c.io, { definition: true })).toBe(0);
  expect(JSON.parse(c.stdout())).toEqual(shipped);
});

test('it describes the same shape validation checks: the same top-level properties, required lists, nothing else', () => {
  const schema = definitionJsonSchema() as {
    $schema: string;
    $id: string;
    properties: Record<string, unknown>;
    required: string[];
    additionalProperties: boolean;
  };
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(schema.$id).toBe(DEFINITION_SCHEMA_ID);
  expect(Object.keys(schema.properties).sort()).toEqual(['$schema', ...Object.keys(definitionSchema.shape)].sort());
  expect(schema.required.sort()).toEqual(['baselines', 'environments', 'roles', 'tasks']);
  expect(schema.additionalProperties).toBe(false);
});

test('a JSON definition with "$schema" loads without it and lints clean', () => {
  const dir = mkdtempSync(join(tmpdir(), 'task-access-schema-'));
  const file = join(dir, 'definition.json');
  writeFileSync(
    file,
    JSON.stringify({ $schema: './node_modules/cdktf-task-access/schema/definition.schema.json', ...minimal() }),
  );
  expect(loadDefinition(file)).toEqual(minimal());
  const c = capture(dir);
  expect(runLint({ definition: 'definition.json' }, c.io)).toBe(0);
  expect(c.stderr()).toBe('');
});
