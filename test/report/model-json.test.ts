/** access-model.json: versioned, deterministic, read back by --model; its JSON Schema is shipped. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { ACCESS_MODEL_SCHEMA_VERSION, accessModelJsonSchema } from '../../lib/report/access-model-schema';
import { readAccessModelDocument, renderModelJson, toAccessModelDocument } from '../../lib/report/model-json';
import { INSPECTOR, inspectorModel } from '../fixtures/inspector';

const model = inspectorModel();
const doc = toAccessModelDocument(model);

test('carries the schema version, the generator, the catalogs, the model and the views', () => {
  expect(Object.keys(doc)).toEqual([
    'schemaVersion',
    'generator',
    'catalogs',
    'model',
    'azureRoleDefinitions',
    'roles',
    'principals',
  ]);
  expect(doc.schemaVersion).toBe(ACCESS_MODEL_SCHEMA_VERSION);
  expect(doc.schemaVersion).toBe('1.3.0');
  expect(doc.generator).toBe('cdktf-task-access');
  expect(doc.catalogs.kubernetesClusterRoles).toBe('built-in ClusterRoles after aggregation, Kubernetes v1.32.10');
  expect(doc.azureRoleDefinitions.map((r) => `${r.name} ${r.builtIn}`)).toEqual([
    'Contributor true',
    'Key Vault Secrets User true',
    'Reader true',
    'VM Operator false',
  ]);
  expect(doc.azureRoleDefinitions[3].permissions).toEqual([
    {
      actions: ['Microsoft.Compute/virtualMachines/*'],
      notActions: ['Microsoft.Compute/virtualMachines/delete'],
      dataActions: [],
      notDataActions: [],
    },
  ]);
});

test('grants in the views are by reference and in words', () => {
  const alice = doc.principals.find((p) => p.key === INSPECTOR.alice);
  expect(alice?.grants.find((g) => g.baseline === 'BASE_PROD_KV_SECRETS_GET')).toEqual({
    baseline: 'BASE_PROD_KV_SECRETS_GET',
    environment: 'PROD',
    index: 0,
    description: `Azure role Key Vault Secrets User (4633458b-17de-408a-b874-0445c86b69e6) at ${INSPECTOR.keyVault}`,
    mode: 'standing',
    paths: [
      { role: 'ROLE_OPERATOR', via: ['ROLE_OPERATOR'], task: 'TASK_PROD_READ', mode: 'eligible' },
      { role: 'ROLE_READER', via: ['ROLE_READER'], task: 'TASK_PROD_READ', mode: 'standing' },
    ],
  });
});

test('renders the same bytes on every run and reads back to the same model', () => {
  const text = renderModelJson(model);
  expect(renderModelJson(inspectorModel())).toBe(text);
  expect(text.endsWith('}\n')).toBe(true);
  // Everything but the definition paths, which point into a file access-model.json doesn't carry.
  const { paths, ...written } = model;
  expect(paths).toBeDefined();
  expect(readAccessModelDocument(JSON.parse(text))).toEqual(JSON.parse(JSON.stringify(written)));
  expect(text).not.toContain('"paths": {');
});

test('reads a later minor version with properties it does not know', () => {
  const later = { ...JSON.parse(renderModelJson(model)), schemaVersion: '1.4.0', somethingNew: true };
  expect(readAccessModelDocument(later).roles.map((r) => r.name)).toEqual([
    'ROLE_LEAD',
    'ROLE_OPERATOR',
    'ROLE_READER',
  ]);
});

test('fails another major version, naming the file and the fix', () => {
  expect(() => readAccessModelDocument({ ...doc, schemaVersion: '2.0.0' }, 'cdktf.out/access-model.json')).toThrow(
    'cdktf.out/access-model.json has schemaVersion 2.0.0, but this version of cdktf-task-access reads 1.x; synthesize again with this version, or use the matching task-access',
  );
});

test('fails a file without a schema version, and one of the wrong shape, naming the property', () => {
  expect(() => readAccessModelDocument({ roles: [] }, 'x.json')).toThrow(
    'x.json has no schemaVersion; it is not an access-model.json written by cdktf-task-access',
  );
  const broken = JSON.parse(renderModelJson(model));
  broken.model.roles[0].standing = 'TASK_PROD_READ';
  expect(() => readAccessModelDocument(broken, 'x.json')).toThrow(
    /^x\.json does not match the access-model\.json schema 1\.x:\n  model\.roles\.0\.standing: Invalid input: expected array, received string\n/,
  );
});

test('the shipped schema/access-model.schema.json is the generated JSON Schema', () => {
  const shipped = readFileSync(join(__dirname, '../../schema/access-model.schema.json'), 'utf8');
  expect(JSON.parse(shipped)).toEqual(accessModelJsonSchema());
  expect(accessModelJsonSchema()).toMatchObject({
    $id: 'urn:cdktf-task-access:access-model:1',
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'cdktf-task-access resolved access model',
    required: ['schemaVersion', 'generator', 'catalogs', 'model', 'azureRoleDefinitions', 'roles', 'principals'],
  });
});

test('access-model.json is exactly the document, stringified with two-space indentation', () => {
  const model = inspectorModel();
  expect(renderModelJson(model)).toBe(`${JSON.stringify(toAccessModelDocument(model), null, 2)}\n`);
});
