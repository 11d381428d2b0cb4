/** `who-can`: Azure operations and roles at scopes, Kubernetes requests, directory roles; standing or just in time. */
import { resolveDefinition } from '../../lib/model/resolve';
import { formatWhoCan } from '../../lib/report/text';
import {
  knownApiGroup,
  parseKubernetesResource,
  whoCan,
  type WhoCanAnswer,
  type WhoCanQuestion,
} from '../../lib/report/who-can';
import { referenceOrganisation } from '../../examples/reference-org/definition';
import { INSPECTOR, inspectorModel } from '../fixtures/inspector';

const reference = resolveDefinition(referenceOrganisation);
const fixture = inspectorModel();
const PROD_RG = '/subscriptions/00000001-0000-4000-8000-000000000001/resourceGroups/rg-app-prod';
const PROD_KV = `${PROD_RG}/providers/Microsoft.KeyVault/vaults/kv-app-prod`;
const PROD_ACR = `${PROD_RG}/providers/Microsoft.ContainerRegistry/registries/acrappprod`;

/** `ROLE_X standing` for each role, `label standing` for each principal. */
const who = (a: WhoCanAnswer): { roles: string[]; principals: string[] } => ({
  roles: a.roles.map((h) => `${h.name} ${h.mode}${h.conditional ? ' conditional' : ''}`),
  principals: a.principals.map((h) => `${h.name} ${h.mode}${h.conditional ? ' conditional' : ''}`),
});
const ask = (q: WhoCanQuestion, model = fixture): WhoCanAnswer => whoCan(model, q);

describe('the reference organisation', () => {
  test('setting a secret in the production Key Vault: ROLE_SNR_DEVELOPER via TASK_PROD_KEYVAULT_ADMIN, just in time; not ROLE_DEVELOPER', () => {
    const a = ask(
      { kind: 'azureAction', operation: 'Microsoft.KeyVault/vaults/secrets/setSecret/action', scope: PROD_KV },
      reference,
    );
    expect(a.query).toMatchObject({ plane: 'data', planeSource: 'catalog' });
    expect(who(a)).toEqual({
      roles: ['ROLE_SNR_DEVELOPER eligible'],
      principals: ['carol@contoso.example (PLACEHOLDER) eligible'],
    });
    expect(a.roles[0].paths.map((p) => [p.role, p.task, p.baseline, p.mode, p.because])).toEqual([
      [
        'ROLE_SNR_DEVELOPER',
        'TASK_PROD_KEYVAULT_ADMIN',
        'BASE_PROD_KV_SECRETS_ADMIN',
        'eligible',
        'data action matches "Microsoft.KeyVault/vaults/secrets/*" of Key Vault Secrets Officer, assigned at the scope asked about',
      ],
    ]);
    expect(a.roles[0].paths[0].policy).toMatchObject({
      maximumActivation: 'PT4H',
      requireApproval: true,
      requireTicket: true,
    });
  });

  test('pushing an image to the production registry: ROLE_CI_PROD_DEPLOY standing, ROLE_SNR_DEVELOPER just in time', () => {
    const a = ask(
      { kind: 'azureAction', operation: 'Microsoft.ContainerRegistry/registries/push/write', scope: PROD_ACR },
      reference,
    );
    expect(who(a).roles).toEqual(['ROLE_CI_PROD_DEPLOY standing', 'ROLE_SNR_DEVELOPER eligible']);
    const members = (role: string, mode: string): string[] =>
      (reference.roles.find((r) => r.name === role)?.members ?? []).map((m) => `${m.label} ${mode}`);
    expect(new Set(who(a).principals)).toEqual(
      new Set([...members('ROLE_CI_PROD_DEPLOY', 'standing'), ...members('ROLE_SNR_DEVELOPER', 'eligible')]),
    );
    expect(a.roles[0].paths.map((p) => `${p.task} -> ${p.baseline}`)).toEqual([
      'TASK_PROD_DEPLOYMENT -> BASE_PROD_ACR_IMAGE_PUSH',
    ]);
    expect(who(ask({ kind: 'azureRole', role: 'acrpush', scope: PROD_ACR }, reference)).roles).toEqual([
      'ROLE_CI_PROD_DEPLOY standing',
      'ROLE_SNR_DEVELOPER eligible',
    ]);
  });

  test('reading secrets in namespace a of aks-prod goes through the edit RoleBinding', () => {
    const a = ask(
      { kind: 'kubernetes', request: { cluster: 'aks-prod', verb: 'get', resource: 'secrets', namespace: 'a' } },
      reference,
    );
    expect(who(a).roles).toEqual(['ROLE_CI_PROD_DEPLOY standing', 'ROLE_SNR_DEVELOPER eligible']);
    expect(a.roles[0].paths[0].because).toBe(
      'ClusterRole edit rule "get, list, watch on pods/attach, pods/exec, pods/portforward, pods/proxy, secrets, services/proxy" through a RoleBinding in namespace a on aks-prod',
    );
  });
});

describe('Azure scopes', () => {
  const write = 'Microsoft.Compute/virtualMachines/write';

  test('a grant at a resource group counts for a resource inside it', () => {
    const a = ask({ kind: 'azureAction', operation: write, scope: INSPECTOR.vm });
    expect(who(a).roles).toEqual(['ROLE_LEAD standing', 'ROLE_OPERATOR standing']);
    expect(a.roles[1].paths.map((p) => `${p.baseline}: ${p.because}`)).toEqual([
      'BASE_PROD_RG_APP_CONTRIBUTOR: action matches "*" of Contributor, assigned at a parent scope (it applies to everything below)',
      'BASE_PROD_VM_OPERATOR: action matches "Microsoft.Compute/virtualMachines/*" of VM Operator, assigned at a parent scope (it applies to everything below)',
    ]);
  });

  test('a grant at a resource does not count for its resource group, nor for a sibling group', () => {
    const secrets = 'Microsoft.KeyVault/vaults/secrets/getSecret/action';
    expect(who(ask({ kind: 'azureAction', operation: secrets, scope: INSPECTOR.keyVault })).roles).toEqual([
      'ROLE_LEAD eligible',
      'ROLE_OPERATOR eligible',
      'ROLE_READER standing',
    ]);
    expect(ask({ kind: 'azureAction', operation: secrets, scope: INSPECTOR.resourceGroup }).roles).toEqual([]);
    expect(ask({ kind: 'azureAction', operation: write, scope: INSPECTOR.otherGroup }).roles).toEqual([]);
  });

  test('NotActions subtract: neither Contributor nor the custom role may delete the VM or assign roles', () => {
    expect(
      ask({
        kind: 'azureAction',
        operation: 'Microsoft.Compute/virtualMachines/delete',
        scope: INSPECTOR.vm,
      }).roles.map((h) => h.paths.map((p) => p.baseline)),
    ).toEqual([['BASE_PROD_RG_APP_CONTRIBUTOR'], ['BASE_PROD_RG_APP_CONTRIBUTOR']]);
    expect(
      ask({
        kind: 'azureAction',
        operation: 'Microsoft.Authorization/roleAssignments/write',
        scope: INSPECTOR.vm,
      }).roles.filter((h) => !h.conditional),
    ).toEqual([]);
  });

  test('a grant at a management group counts only conditionally, saying on what', () => {
    const a = ask({
      kind: 'azureAction',
      operation: 'Microsoft.Compute/virtualMachines/read',
      scope: INSPECTOR.otherGroup,
    });
    expect(who(a).roles).toEqual([
      'ROLE_LEAD eligible conditional',
      'ROLE_OPERATOR eligible conditional',
      'ROLE_READER standing conditional',
    ]);
    expect(a.roles[2].paths[0].conditions).toEqual([
      "/subscriptions/00000001-0000-4000-8000-000000000001 is under management group mg-corp (the definition doesn't say)",
    ]);
    expect(formatWhoCan(a)).toContain(
      '  only if /subscriptions/00000001-0000-4000-8000-000000000001 is under management group mg-corp',
    );
  });

  test('without a scope, every assignment anywhere counts', () => {
    expect(who(ask({ kind: 'azureRole', role: 'Reader' })).roles).toEqual([
      'ROLE_LEAD eligible',
      'ROLE_OPERATOR eligible',
      'ROLE_READER standing',
    ]);
  });

  test('a custom role by name, a built-in role by ID', () => {
    expect(who(ask({ kind: 'azureRole', role: 'vm operator', scope: INSPECTOR.vm })).roles).toEqual([
      'ROLE_LEAD standing',
      'ROLE_OPERATOR standing',
    ]);
    expect(
      who(ask({ kind: 'azureRole', role: '4633458b-17de-408a-b874-0445c86b69e6', scope: INSPECTOR.keyVault })).roles,
    ).toEqual(['ROLE_LEAD eligible', 'ROLE_OPERATOR eligible', 'ROLE_READER standing']);
  });
});

describe('principals: the union over their roles', () => {
  test('Alice reads the vault standing through ROLE_READER, and also has the just-in-time path of ROLE_OPERATOR', () => {
    const a = ask({
      kind: 'azureAction',
      operation: 'Microsoft.KeyVault/vaults/secrets/getSecret/action',
      scope: INSPECTOR.keyVault,
    });
    expect(who(a).principals).toEqual([
      'Alice standing',
      'Carol eligible',
      'Dave eligible',
      'bob@contoso.example standing',
    ]);
    expect(a.principals[0].paths.map((p) => `${p.role} ${p.mode}`)).toEqual([
      'ROLE_OPERATOR eligible',
      'ROLE_READER standing',
    ]);
  });
});

describe('Kubernetes', () => {
  const k8s = (request: Partial<import('../../lib/report/kubernetes-rules').KubernetesRequest>): WhoCanAnswer =>
    ask({ kind: 'kubernetes', request: { cluster: 'aks-prod', verb: 'get', ...request } });

  test('a namespaced grant counts in its namespace only; a cluster-wide grant counts in every namespace', () => {
    expect(who(k8s({ resource: 'pods', namespace: 'a' })).roles).toEqual([
      'ROLE_LEAD standing',
      'ROLE_OPERATOR standing',
    ]);
    expect(k8s({ resource: 'pods', namespace: 'a' }).roles[1].paths.map((p) => p.baseline)).toEqual([
      'BASE_PROD_K8S_CLUSTER_ADMIN',
      'BASE_PROD_K8S_NS_A_VIEWER',
    ]);
    expect(k8s({ resource: 'pods', namespace: 'c' }).roles[1].paths.map((p) => `${p.baseline} ${p.mode}`)).toEqual([
      'BASE_PROD_K8S_CLUSTER_ADMIN eligible',
    ]);
    expect(who(k8s({ resource: 'pods', namespace: 'c' })).roles).toEqual([
      'ROLE_LEAD eligible',
      'ROLE_OPERATOR eligible',
    ]);
  });

  test('a cluster-scoped request only counts cluster-wide grants', () => {
    expect(k8s({ resource: 'nodes' }).roles.map((h) => h.paths.map((p) => p.baseline))).toEqual([
      ['BASE_PROD_K8S_CLUSTER_ADMIN'],
      ['BASE_PROD_K8S_CLUSTER_ADMIN'],
    ]);
  });

  test('custom rules: pods/log in namespace b, and not pods', () => {
    expect(who(k8s({ resource: 'pods/log', namespace: 'b' })).roles).toEqual([
      'ROLE_LEAD eligible',
      'ROLE_OPERATOR eligible',
      'ROLE_READER standing',
    ]);
    expect(k8s({ resource: 'pods', namespace: 'b' }).roles.find((h) => h.name === 'ROLE_READER')).toBeUndefined();
  });

  test('resource.group narrows the API group; without one a note says any group counts', () => {
    expect(k8s({ resource: 'deployments.apps', namespace: 'a', verb: 'list' }).query).toEqual({
      kind: 'kubernetes',
      request: { cluster: 'aks-prod', verb: 'list', namespace: 'a', resource: 'deployments', apiGroup: 'apps' },
    });
    expect(k8s({ resource: 'deployments.apps', namespace: 'a', verb: 'list' }).notes).toEqual([]);
    expect(k8s({ resource: 'deployments', namespace: 'a' }).notes).toEqual([
      'no API group given: a rule of any API group naming the resource counts (write resource.group, e.g. deployments.apps, to narrow it)',
    ]);
    expect(k8s({ resource: 'secrets', namespace: 'a' }).query).toMatchObject({
      request: { resource: 'secrets', apiGroup: '' },
    });
    expect(knownApiGroup('pods/log')).toBe('');
    expect(knownApiGroup('deployments')).toBeUndefined();
    expect(parseKubernetesResource('deployments.apps/scale')).toEqual({
      resource: 'deployments/scale',
      apiGroup: 'apps',
    });
  });

  test('fails an unknown cluster with the nearest one', () => {
    expect(() => k8s({ cluster: 'aks-prd', resource: 'pods' })).toThrow(
      'cluster "aks-prd" is not a cluster of the definition. Did you mean "aks-prod"? Declared clusters: aks-prod.',
    );
  });

  test('fails a request with both or neither of a resource and a non-resource URL, or a namespaced URL', () => {
    expect(() => k8s({})).toThrow(
      'give exactly one of resource (e.g. secrets, pods/log, deployments.apps) and nonResourceUrl (e.g. /healthz)',
    );
    expect(() => k8s({ nonResourceUrl: '/healthz', namespace: 'a' })).toThrow(
      'nonResourceUrl is not namespaced; leave out namespace',
    );
    expect(() => k8s({ nonResourceUrl: 'healthz' })).toThrow(
      'nonResourceUrl "healthz" must start with "/", e.g. /healthz',
    );
  });
});

test("the library's errors name the question's fields, never a command-line flag", () => {
  const model = inspectorModel();
  const message = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      return (e as Error).message;
    }
    return 'no error';
  };
  expect(
    message(() => whoCan(model, { kind: 'kubernetes', request: { cluster: 'aks-prod', verb: ' ', resource: 'pods' } })),
  ).toBe('verb is empty; give a verb such as get, list, create or delete');
  expect(message(() => whoCan(model, { kind: 'directoryRole', role: 'Global Readr' }))).toBe(
    'role "Global Readr" is not an Entra directory role in the catalog. Did you mean "Global Reader"? Give the role display name (e.g. Global Reader) or its template ID.',
  );
});

describe('directory roles and break-glass', () => {
  test('Global Reader is reached just in time through the role-assignable baseline', () => {
    const a = ask({ kind: 'directoryRole', role: 'global reader' });
    expect(who(a).roles).toEqual(['ROLE_LEAD eligible', 'ROLE_OPERATOR eligible']);
    expect(a.breakGlass).toEqual([]);
  });

  test('Global Administrator: only the break-glass accounts, active and permanent', () => {
    const a = ask({ kind: 'directoryRole', role: 'Global Administrator' });
    expect(a.roles).toEqual([]);
    expect(a.breakGlass).toEqual([
      { objectId: INSPECTOR.breakGlass, displayName: 'breakglass1@contoso.onmicrosoft.com' },
    ]);
    expect(formatWhoCan(a)).toContain(
      `Break-glass accounts (1): active, permanent, outside PIM\n  breakglass1@contoso.onmicrosoft.com (${INSPECTOR.breakGlass})\n`,
    );
  });
});

describe('questions that cannot be answered as asked', () => {
  test('fails an unknown Azure role with the nearest name', () => {
    expect(() => ask({ kind: 'azureRole', role: 'AcrPushh' })).toThrow(
      'role "AcrPushh" is neither a built-in role in the catalog nor a custom role of the definition. Did you mean "AcrPush"? Give the exact role name (e.g. AcrPush) or its role definition ID.',
    );
  });

  test('fails an unknown directory role with the nearest name', () => {
    expect(() => ask({ kind: 'directoryRole', role: 'Global Readers' })).toThrow('Did you mean "Global Reader"?');
  });

  test('fails a scope that is not an Azure scope, and an operation with a wildcard or without a provider', () => {
    expect(() => ask({ kind: 'azureRole', role: 'Reader', scope: 'rg-app' })).toThrow(
      'scope "rg-app" is not an Azure scope; give a management group, subscription, resource group or resource ID',
    );
    expect(() => ask({ kind: 'azureAction', operation: 'Microsoft.KeyVault/vaults/*' })).toThrow(
      'operation "Microsoft.KeyVault/vaults/*" contains a wildcard; ask about one concrete operation',
    );
    expect(() => ask({ kind: 'azureAction', operation: 'setSecret' })).toThrow(
      'operation "setSecret" is not an Azure operation; write <Provider.Namespace>/<resource type>/<action>',
    );
  });

  test('an operation no built-in role names gets a spelling note with the nearest one', () => {
    const a = ask({
      kind: 'azureAction',
      operation: 'Microsoft.KeyVault/vaults/secrets/setSecrets/action',
      plane: 'data',
      scope: INSPECTOR.keyVault,
    });
    expect(a.notes).toEqual([
      'no built-in role lists Microsoft.KeyVault/vaults/secrets/setSecrets/action by name (only wildcards can match it); check the spelling: did you mean Microsoft.KeyVault/vaults/secrets/setSecret/action?',
    ]);
  });

  test('nobody: the text says so', () => {
    const a = ask({
      kind: 'azureAction',
      operation: 'Microsoft.KeyVault/vaults/keys/encrypt/action',
      scope: INSPECTOR.keyVault,
    });
    expect(formatWhoCan(a)).toBe(
      `who can perform data action Microsoft.KeyVault/vaults/keys/encrypt/action at ${INSPECTOR.keyVault}?\n\nNobody: no role of the definition reaches a grant that allows it.\n`,
    );
  });
});
