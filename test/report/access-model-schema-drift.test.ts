/**
 * access-model.json and its JSON Schema agree. The documents of the examples, the fixtures with security settings,
 * time-bound members and role-assignable baselines, environments with Azure scopes and a generated organisation of
 * 2,000 groups each validate against the shipped JSON Schema made strict (`additionalProperties: false` on every
 * object: no property the schema doesn't declare, at any depth), and every property the schema declares is written
 * by at least one of them. A property added to the writer and not to the schema, or left in the schema after the
 * writer dropped it, fails here.
 */
import { z } from 'zod';
import { accessModelJsonSchema } from '../../lib/report/access-model-schema';
import { readAccessModelDocument, toAccessModelDocument } from '../../lib/report/model-json';
import { resolveDefinition } from '../../lib/model/resolve';
import type { AccessModelDefinition } from '../../lib/model/definition';
import { Grants } from '../../lib/model/grants';
import { validateDefinition } from '../../lib/model/validation';
import { referenceOrganisation } from '../../examples/reference-org/definition';
import { SUBSCRIPTION } from '../../examples/reference-org/placeholders';
import { securityOperations } from '../../examples/security-operations/definition';
import { vendorAndAgent } from '../../examples/vendor-and-agent/definition';
import { generateOrganisation } from '../../bench/generate';
import { exceptions, monitoring, SEC, securityDefinition } from '../fixtures/security';
import { durationEligibility } from '../fixtures/duration-eligibility';
import { roleAssignableDefinition } from '../fixtures/role-assignable';
import { inspectorDefinition } from '../fixtures/inspector';

type Json = Record<string, unknown>;

/** The shipped JSON Schema with `additionalProperties: false` on every object that lists its properties. */
function strict(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(strict);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Json = {};
  for (const [k, v] of Object.entries(schema)) {
    out[k] =
      k === 'properties' || k === '$defs'
        ? Object.fromEntries(Object.entries(v as Json).map(([name, s]) => [name, strict(s)]))
        : strict(v);
  }
  if (out.type === 'object' && out.properties !== undefined) out.additionalProperties = false;
  return out;
}

const shipped = accessModelJsonSchema();
const strictSchema = z.fromJSONSchema(strict(shipped) as Parameters<typeof z.fromJSONSchema>[0]);

/**
 * The reference organisation with what no example sets: each environment's subscription as its Azure scope, a
 * custom role with data actions, a built-in role with an ABAC condition, a Kubernetes rule limited to resource
 * names, a task's `access` and `writes`, a credential's description and the deploying identity's object ID.
 */
const everyOptional: AccessModelDefinition = {
  ...referenceOrganisation,
  environments: referenceOrganisation.environments.map((e) => ({
    ...e,
    azureScopes: [`/subscriptions/${SUBSCRIPTION[e.name as 'PROD' | 'DEV']}`],
  })),
  customRoles: [
    {
      name: 'Blob Reader',
      actions: ['Microsoft.Storage/storageAccounts/blobServices/containers/read'],
      dataActions: ['Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read'],
      notDataActions: ['Microsoft.Storage/storageAccounts/blobServices/containers/blobs/tags/read'],
      assignableScopes: [`/subscriptions/${SUBSCRIPTION.DEV}`],
    },
  ],
  baselines: [
    ...referenceOrganisation.baselines,
    {
      environment: 'DEV',
      service: 'STORAGE',
      action: 'READ',
      grants: [
        Grants.azureCustomRole('Blob Reader', `/subscriptions/${SUBSCRIPTION.DEV}/resourceGroups/rg-app-dev`),
        Grants.azureRole(
          'Azure File Sync Administrator',
          `/subscriptions/${SUBSCRIPTION.DEV}/resourceGroups/rg-app-dev`,
        ),
        Grants.rulesInNamespace('aks-dev', 'a', [
          { apiGroups: [''], resources: ['configmaps'], verbs: ['get'], resourceNames: ['app-settings'] },
        ]),
      ],
    },
  ],
  tasks: [
    ...referenceOrganisation.tasks.map((t) =>
      t.name === 'VIEWER' && t.environment === 'DEV' ? { ...t, access: 'routine' as const, writes: false } : t,
    ),
    { environment: 'DEV', name: 'STORAGE_READ', baselines: ['BASE_DEV_STORAGE_READ'] },
  ],
  applications: (referenceOrganisation.applications ?? []).map((a) => ({
    ...a,
    federatedCredentials: a.federatedCredentials.map((c) => ({ ...c, description: 'The production deployment.' })),
  })),
  settings: { ...referenceOrganisation.settings, deployingIdentityObjectId: '0000de91-0000-4000-8000-000000000001' },
};

/** The security fixture with an authentication strength and an existing action group. */
const securityVariants: AccessModelDefinition = {
  ...securityDefinition(),
  exceptions: exceptions({
    conditionalAccess: { authenticationStrengthPolicyId: '00000000-0000-0000-0000-000000000004' },
  }),
  monitoring: monitoring({ actionGroup: { existingId: SEC.actionGroup } }),
};

const definitions: Record<string, AccessModelDefinition> = {
  'reference organisation': referenceOrganisation,
  'reference organisation with every optional property': everyOptional,
  'security operations': securityOperations,
  'vendor and agent': vendorAndAgent,
  security: securityDefinition(),
  'security with an authentication strength and an existing action group': securityVariants,
  'duration eligibility': durationEligibility(),
  'role-assignable': roleAssignableDefinition(),
  inspector: inspectorDefinition(),
  'generated, 2,000 groups': generateOrganisation({ groups: 2000, directoryRoleShare: 0.05 }),
};
const documents = Object.entries(definitions).map(
  ([name, d]) => [name, toAccessModelDocument(resolveDefinition(d)) as unknown as Json] as const,
);

/** Every issue of a document against the strict schema, `path: message`. */
const issues = (doc: unknown): string[] => {
  const r = strictSchema.safeParse(doc);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

test('the definitions are valid', () => {
  for (const d of Object.values(definitions)) expect(validateDefinition(d)).toEqual([]);
});

test.each(documents)('%s: validates against the strict schema, and task-access --model reads it', (_name, doc) => {
  expect(issues(doc)).toEqual([]);
  expect(readAccessModelDocument(doc)).toEqual(doc.model);
});

test('the strict schema refuses a property it does not declare, at any depth, and a wrong type', () => {
  const doc = structuredClone(documents[0][1]) as {
    model: { environments: Json[]; roles: { members: Json[] }[] };
    principals: Json[];
  };
  doc.model.environments[0].azureScope = ['/subscriptions/x'];
  doc.model.roles[0].members[0].window = { form: '2026-01-01' };
  doc.principals[0].label = 7;
  expect(issues(doc)).toEqual([
    'model.environments.0: Unrecognized key: "azureScope"',
    'model.roles.0.members.0.window: Unrecognized key: "form"',
    'principals.0.label: Invalid input: expected string, received number',
  ]);
});

/** The JSON Schema node at a `$ref` (`#/$defs/Name`), else the node itself. */
const deref = (s: Json): Json =>
  typeof s.$ref === 'string' ? ((shipped.$defs as Json)[s.$ref.replace('#/$defs/', '')] as Json) : s;
/** Where a property is declared: the nearest `$defs` entry above it, then the properties down to it. */
const at = (s: Json, base: string): string => (typeof s.$ref === 'string' ? s.$ref.replace('#/$defs/', '') : base);

/** Every property the schema declares, by where it is declared. */
function declared(s: Json, where: string, out: Set<string>, seen = new Set<string>()): Set<string> {
  const node = deref(s);
  const base = at(s, where);
  if (typeof s.$ref === 'string') {
    if (seen.has(base)) return out;
    seen.add(base);
  }
  for (const branch of [...((node.anyOf ?? node.oneOf ?? []) as Json[])]) declared(branch, base, out, seen);
  for (const [name, p] of Object.entries((node.properties ?? {}) as Record<string, Json>)) {
    out.add(`${base}.${name}`);
    declared(p, `${base}.${name}`, out, seen);
  }
  if (node.items !== undefined) declared(node.items as Json, `${base}[]`, out, seen);
  for (const item of (node.prefixItems ?? []) as Json[]) declared(item, `${base}[]`, out, seen);
  return out;
}

/** Whether a union branch describes an object: each of its keys declared, each constant property equal. */
const fits = (branch: Json, value: Json): boolean => {
  const props = (deref(branch).properties ?? {}) as Record<string, Json>;
  return Object.entries(value).every(([k, v]) => {
    const p = props[k] === undefined ? undefined : deref(props[k]);
    return (
      p !== undefined && (p.const === undefined || p.const === v) && (!Array.isArray(p.enum) || p.enum.includes(v))
    );
  });
};

/** Every declared property the document writes, by where it is declared. */
function written(s: Json, where: string, value: unknown, out: Set<string>): Set<string> {
  const node = deref(s);
  const base = at(s, where);
  const branches = (node.anyOf ?? node.oneOf) as Json[] | undefined;
  if (branches !== undefined) {
    const object = typeof value === 'object' && value !== null && !Array.isArray(value);
    for (const b of branches) if (!object || fits(b, value as Json)) written(b, base, value, out);
  }
  if (Array.isArray(value)) {
    const items = (node.items ?? (node.prefixItems as Json[] | undefined)?.[0]) as Json | undefined;
    if (items !== undefined) for (const v of value) written(items, `${base}[]`, v, out);
  } else if (typeof value === 'object' && value !== null && node.properties !== undefined) {
    const props = node.properties as Record<string, Json>;
    for (const [k, v] of Object.entries(value)) {
      if (props[k] === undefined) continue;
      out.add(`${base}.${k}`);
      written(props[k], `${base}.${k}`, v, out);
    }
  }
  return out;
}

test('every property the schema declares is written by one of the documents', () => {
  const all = declared(shipped, '', new Set());
  const covered = new Set<string>();
  for (const [, doc] of documents) written(shipped, '', doc, covered);
  expect([...all].filter((p) => !covered.has(p)).sort()).toEqual([]);
  expect(all.size).toBeGreaterThan(150);
});
