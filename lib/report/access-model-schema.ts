/**
 * The schema of `access-model.json` (zod): the resolved model, the Azure role definitions it uses and the
 * effective access per role and per principal. One source for three things: the TypeScript type, the check of a
 * file given to `task-access --model`, and the JSON Schema shipped as `schema/access-model.schema.json`.
 *
 * Versioning: `schemaVersion` is semver. Minor versions only add properties (the JSON Schema allows unknown
 * properties, so a 1.0 reader accepts a 1.1 file); a major version changes or removes something.
 *
 * Complete: every property the library writes is declared here, none is left to pass through undescribed
 * (test/report/access-model-schema-drift.test.ts validates written documents against this schema with unknown
 * properties refused at every depth, and checks every declared property is written by one of them).
 */
import { z } from 'zod';

/** The version this library writes, and the major version it reads. */
export const ACCESS_MODEL_SCHEMA_VERSION = '1.3.0';

const defs = z.registry<{ id?: string; title?: string; description?: string }>();
/** Registers a named definition (`$defs/<id>`) with its description. */
const def = <T extends z.ZodType>(id: string, description: string, schema: T): T => {
  defs.add(schema, { id, description });
  return schema;
};
/** Describes a schema in the JSON Schema (zod's `.describe()` writes to the global registry, not this one). */
const note = <T extends z.ZodType>(schema: T, description: string): T => {
  const copy = schema.clone() as T;
  defs.add(copy, { description });
  return copy;
};

/** Objects allow properties this version doesn't know, so a 1.0 reader accepts a 1.x file. */
const obj = z.looseObject;
const str = z.string();
const strs = z.array(z.string());
const roleName = z.templateLiteral(['ROLE_', z.string()]);
const mode = def(
  'AccessMode',
  'standing: permanent active membership; eligible: PIM-eligible, activated just in time.',
  z.enum(['standing', 'eligible']),
);

const window = def(
  'AccessWindow',
  'When time-bound access starts and ends (RFC 3339 UTC); an absent side is open. Absent when permanent.',
  obj({ from: str.optional(), until: str.optional() }),
);

const approver = def(
  'Approver',
  'Approves activation: an existing user or group by object ID, or the members of a role of the definition.',
  z.union([
    obj({ kind: z.enum(['user', 'group']), objectId: str, displayName: str.optional() }),
    obj({ kind: z.literal('role'), role: roleName }),
  ]),
);

const jitPolicy = def(
  'JitPolicy',
  "A task's PIM for Groups activation policy, defaults applied.",
  obj({
    maximumActivation: note(str, 'ISO 8601 duration, PT30M..PT23H30M or P1D.'),
    requireJustification: z.boolean(),
    requireTicket: z.boolean(),
    requireApproval: z.boolean(),
    approvers: z.array(approver),
    requireMfa: z.boolean(),
    authenticationContext: note(str, 'Conditional Access authentication context ID required on activation.').optional(),
    notifyOnActivation: strs,
    eligibilityExpiry: z.enum(['P15D', 'P30D', 'P90D', 'P180D', 'P365D', 'never']),
  }),
);

const kubernetesRule = def(
  'KubernetesRule',
  'One Kubernetes RBAC rule ("" is the core API group).',
  obj({
    apiGroups: strs,
    resources: strs,
    verbs: strs,
    resourceNames: strs.optional(),
    nonResourceUrls: strs.optional(),
  }),
);

const grant = def(
  'Grant',
  'A concrete grant of a baseline.',
  z.discriminatedUnion('kind', [
    obj({
      kind: z.literal('azureRole'),
      roleName: str,
      roleDefinitionId: note(str, 'Built-in role definition GUID.'),
      scope: str,
    }),
    obj({ kind: z.literal('azureCustomRole'), roleName: str, scope: str }),
    obj({ kind: z.literal('directoryRole'), roleName: str, templateId: str }),
    obj({
      kind: z.literal('kubernetes'),
      cluster: str,
      namespace: note(str.nullable(), 'null: cluster-wide (ClusterRoleBinding).'),
      clusterRole: note(str, 'The built-in ClusterRole bound, unless custom rules.').optional(),
      custom: z.boolean(),
      rules: note(z.array(kubernetesRule), 'The effective rules.'),
    }),
    obj({ kind: z.literal('vpnPool'), addressPrefixes: strs }),
  ]),
);

/** A member's key, label and time bounds, as declared (`from`, `until`) and as the resolved window. */
const memberBounds = {
  key: str,
  label: str,
  from: note(str, 'When the membership starts, as declared (a date or an RFC 3339 time).').optional(),
  until: note(str, 'When the membership ends, as declared (a date, inclusive, or an RFC 3339 time).').optional(),
  window: window.optional(),
};

const member = def(
  'Member',
  'A member of a role group, with a stable key (object ID, or UPN) and a label.',
  z.union([
    obj({
      kind: z.literal('user'),
      objectId: str.optional(),
      userPrincipalName: str.optional(),
      displayName: str.optional(),
      ...memberBounds,
    }),
    obj({
      kind: z.enum(['group', 'servicePrincipal', 'managedIdentity']),
      objectId: str,
      displayName: str.optional(),
      ...memberBounds,
    }),
    obj({
      kind: z.literal('application'),
      application: str,
      displayName: str.optional(),
      ...memberBounds,
    }),
  ]),
);

const taskAccess = obj({
  task: str,
  via: note(strs, 'Inheritance chain from the role to the role declaring the task.'),
  window: window.optional(),
});

const application = def(
  'Application',
  'An application (and its service principal) the library creates for a pipeline or an agent.',
  obj({
    name: str,
    description: str.optional(),
    federatedCredentials: z.array(
      obj({
        kind: z.enum(['githubActions', 'azureDevOps', 'kubernetesServiceAccount']),
        name: str,
        issuer: str,
        subject: str,
        audiences: strs,
        description: str.optional(),
      }),
    ),
    roles: note(strs, 'Roles with the application as a member, sorted.'),
  }),
);

const conditionalAccessPolicy = def(
  'ConditionalAccessPolicy',
  'A Conditional Access policy the model needs; every break-glass account is in excludedUsers.',
  obj({
    name: str,
    displayName: str,
    purpose: z.enum(['exception-activation']),
    state: z.enum(['enabled', 'enabledForReportingButNotEnforced', 'disabled']),
    authenticationContext: str,
    includedUsers: note(strs, "['All'], or empty when the policy targets role groups."),
    includedRoles: strs,
    excludedUsers: strs,
    grant: z.union([
      obj({ builtInControls: z.tuple([z.literal('mfa')]) }),
      obj({ authenticationStrengthPolicyId: str }),
    ]),
    tasks: strs,
  }),
);

const exceptions = def(
  'Exceptions',
  "The exception settings, applied to every high-privilege task's just-in-time policy.",
  obj({ approvers: z.array(approver), notify: strs, authenticationContext: str.optional(), tasks: strs }),
);

const monitoring = def(
  'Monitoring',
  'Monitoring settings with defaults applied.',
  obj({
    workspaceId: str,
    subscriptionId: str,
    location: str,
    resourceGroupName: str,
    actionGroup: z.discriminatedUnion('kind', [
      obj({ kind: z.literal('new'), emails: strs, shortName: str }),
      obj({ kind: z.literal('existing'), id: str }),
    ]),
    diagnosticSetting: z.boolean(),
    savedSearches: z.boolean(),
    alertFrequency: z.enum(['PT5M', 'PT10M', 'PT15M', 'PT30M', 'PT1H']),
    namePrefix: str,
  }),
);

const resolvedModel = def(
  'ResolvedModel',
  'The resolved model: names expanded, inheritance flattened, defaults applied, catalog IDs looked up.',
  obj({
    environments: z.array(
      obj({
        name: str,
        protected: z.boolean().optional(),
        description: str.optional(),
        azureScopes: note(
          strs,
          'The Azure scopes (management group, subscription, resource group or resource IDs) that belong to the environment, as declared.',
        ).optional(),
      }),
    ),
    clusters: z.array(obj({ name: str, environment: str, description: str.optional() })),
    customRoles: z.array(
      obj({
        name: str,
        description: str.optional(),
        actions: strs,
        notActions: strs.optional(),
        dataActions: strs.optional(),
        notDataActions: strs.optional(),
        assignableScopes: strs,
      }),
    ),
    baselines: z.array(
      obj({
        name: str,
        environment: str,
        protected: z.boolean(),
        description: str.optional(),
        roleAssignable: z.boolean(),
        grants: z.array(grant),
      }),
    ),
    tasks: z.array(
      obj({
        name: str,
        environment: str,
        protected: z.boolean(),
        description: str.optional(),
        baselines: strs,
        nestedBaselines: strs,
        roleAssignableBaselines: strs,
        jit: jitPolicy.optional(),
        highPrivilege: z.boolean(),
        writes: z.boolean().optional(),
        access: note(
          z.enum(['routine', 'sensitive']),
          "The definition's access flag, when given: how the task is meant to be held (added in 1.3.0).",
        ).optional(),
        owner: str.optional(),
        assignmentPolicy: jitPolicy.optional(),
      }),
    ),
    roles: z.array(
      obj({
        name: str,
        description: str.optional(),
        members: z.array(member),
        inherits: strs,
        standing: z.array(taskAccess),
        eligible: z.array(taskAccess),
        owner: str.optional(),
        assignmentPolicy: jitPolicy.optional(),
      }),
    ),
    principals: z.array(
      obj({
        key: str,
        member,
        roles: strs,
        tasks: z.array(obj({ task: str, mode, paths: z.array(strs), window: window.optional() })),
      }),
    ),
    breakGlass: z.array(
      obj({ objectId: str, displayName: str.optional(), globalAdministratorAssignmentId: str.optional() }),
    ),
    groupOwners: note(
      obj({
        deployingIdentityObjectId: note(
          str,
          'The deploying identity, when the definition names it; absent, it is read at plan time.',
        ).optional(),
        additional: note(strs, 'Further owners of every group (settings.groupOwners), lower case, sorted.'),
      }),
      'Owners of every group the library creates (added in 1.2.0): the deploying identity, then the further owners.',
    ).optional(),
    applications: note(
      z.array(application),
      'Applications the library creates for pipelines and agents, sorted by name; absent in files written before they existed.',
    ).optional(),
    vpn: obj({ defaultAddressPrefixes: strs, defaultGroupObjectId: str }).optional(),
    conditionalAccessPolicies: note(
      z.array(conditionalAccessPolicy),
      'Conditional Access policies the model needs, sorted by name; absent in files written before they existed.',
    ).optional(),
    exceptions: exceptions.optional(),
    monitoring: monitoring.optional(),
  }),
);

const accessPath = def(
  'AccessPath',
  'One way a role reaches a task: the role, its inheritance chain and the mode.',
  obj({ role: str, via: strs, task: str, mode, window: window.optional() }),
);

const activationStep = def(
  'ActivationStep',
  'One PIM activation of a just-in-time task that reaches role-assignable baselines (added in 1.2.0): the task group ' +
    'first, then each role-assignable baseline, which is reached by its own eligibility, not through the task group.',
  obj({
    group: str,
    kind: z.enum(['task', 'role-assignable-baseline']),
    gives: note(strs, 'For the task group: the baselines it nests, which its activation gives. Empty for a baseline.'),
    policy: jitPolicy,
    window: window.optional(),
  }),
);

const subjectAccess = {
  tasks: z.array(
    obj({
      task: str,
      environment: str,
      mode,
      paths: z.array(accessPath),
      policy: jitPolicy.optional(),
      highPrivilege: z.boolean(),
      baselines: z.array(obj({ baseline: str, reach: z.enum(['member', 'eligible-member']) })),
      activation: note(
        z.array(activationStep),
        'The activations, in order, when the task reaches role-assignable baselines; absent when one activation gives everything.',
      ).optional(),
    }),
  ),
  baselines: z.array(obj({ baseline: str, environment: str, mode })),
  grants: z.array(
    note(
      obj({
        baseline: str,
        environment: str,
        index: note(z.number().int(), 'The grant is model.baselines[name = baseline].grants[index].'),
        description: note(str, 'The grant in words, e.g. "Azure role AcrPush (8311e382-...) at /subscriptions/...".'),
        mode,
        paths: z.array(accessPath),
      }),
      'A concrete grant reached, with every path that gives it.',
    ),
  ),
};

const roleAccess = def(
  'RoleAccess',
  "A role's effective access, inheritance flattened.",
  obj({
    kind: z.literal('role'),
    name: str,
    description: str.optional(),
    members: z.array(member),
    inherits: strs,
    ...subjectAccess,
  }),
);

const principalAccess = def(
  'PrincipalAccess',
  "A principal's effective access: the union over its roles.",
  obj({
    kind: z.literal('principal'),
    key: str,
    label: str,
    memberKind: z.enum(['user', 'group', 'servicePrincipal', 'managedIdentity', 'application']),
    objectId: str.optional(),
    userPrincipalName: str.optional(),
    roles: strs,
    ...subjectAccess,
  }),
);

const azureRoleDefinition = def(
  'AzureRoleDefinition',
  'An Azure role a grant uses, with its permissions (built-in from the catalog, custom from the definition).',
  obj({
    name: str,
    id: note(str, 'Role definition GUID of a built-in role.').optional(),
    builtIn: z.boolean(),
    permissions: z.array(
      obj({
        actions: strs,
        notActions: strs,
        dataActions: strs,
        notDataActions: strs,
        condition: str.optional(),
        conditionVersion: str.optional(),
      }),
    ),
  }),
);

/**
 * The schema of access-model.json (zod); its TypeScript type is AccessModelDocument (model-json.ts).
 * @internal
 */
export const accessModelDocumentSchema = obj({
  schemaVersion: note(
    str.regex(/^\d+\.\d+\.\d+$/),
    `Semantic version of this schema; this library writes ${ACCESS_MODEL_SCHEMA_VERSION}.`,
  ),
  generator: z.literal('cdktf-task-access'),
  catalogs: note(obj({ azureRoles: str, kubernetesClusterRoles: str }), 'Where the shipped catalogs come from.'),
  model: resolvedModel,
  azureRoleDefinitions: z.array(azureRoleDefinition),
  roles: z.array(roleAccess),
  principals: z.array(principalAccess),
});
defs.add(accessModelDocumentSchema, {
  title: 'cdktf-task-access resolved access model',
  description:
    'Written beside the Terraform at synthesis (access-model.json) and by `task-access report --format json`. Read by `task-access --model`.',
});

/** The JSON Schema (draft 2020-12) of access-model.json, as shipped in schema/access-model.schema.json. */
export function accessModelJsonSchema(): Record<string, unknown> {
  return {
    $id: `urn:cdktf-task-access:access-model:${ACCESS_MODEL_SCHEMA_VERSION.split('.')[0]}`,
    ...z.toJSONSchema(accessModelDocumentSchema, { io: 'input', metadata: defs, unrepresentable: 'throw' }),
  };
}
