/** `task-access who-can`, run in-process: the question from the options, the answer, the exit code. */

import { questionFromOptions, runWhoCan, whoCanExitCode } from '../../lib/cli/commands/who-can';
import { EXIT } from '../../lib/cli/program';
import { whoCan } from '../../lib/report/who-can';
import { INSPECTOR, inspectorDefinition, inspectorModel } from '../fixtures/inspector';
import { capture, workspace } from './io';

const dir = workspace(inspectorDefinition());

describe('questionFromOptions', () => {
  test('builds each kind of question', () => {
    expect(
      questionFromOptions({ azureAction: 'Microsoft.Compute/virtualMachines/write', scope: INSPECTOR.vm }),
    ).toEqual({
      kind: 'azureAction',
      operation: 'Microsoft.Compute/virtualMachines/write',
      scope: INSPECTOR.vm,
    });
    expect(questionFromOptions({ azureRole: 'Reader', plane: undefined })).toEqual({
      kind: 'azureRole',
      role: 'Reader',
    });
    expect(
      questionFromOptions({ k8sVerb: 'get', k8sResource: 'secrets', namespace: 'a', cluster: 'aks-prod' }),
    ).toEqual({
      kind: 'kubernetes',
      request: { cluster: 'aks-prod', verb: 'get', namespace: 'a', resource: 'secrets' },
    });
    expect(questionFromOptions({ directoryRole: 'Global Reader' })).toEqual({
      kind: 'directoryRole',
      role: 'Global Reader',
    });
  });

  test('fails no question, two questions, and options that belong to another question', () => {
    expect(() => questionFromOptions({})).toThrow(
      'who-can: ask one question: none of --azure-action, --azure-role, --k8s-verb, --directory-role. See task-access who-can --help',
    );
    expect(() => questionFromOptions({ azureRole: 'Reader', directoryRole: 'Global Reader' })).toThrow(
      'who-can: ask one question: only one of (got --azure-role, --directory-role) --azure-action, --azure-role, --k8s-verb, --directory-role.',
    );
    expect(() => questionFromOptions({ azureRole: 'Reader', namespace: 'a', k8sResource: 'pods' })).toThrow(
      'who-can: --k8s-resource, --namespace only go with --k8s-verb',
    );
    expect(() =>
      questionFromOptions({ k8sVerb: 'get', k8sResource: 'pods', cluster: 'aks-prod', scope: INSPECTOR.vm }),
    ).toThrow('who-can: --scope only goes with --azure-action or --azure-role');
    expect(() => questionFromOptions({ azureRole: 'Reader', plane: 'data' })).toThrow(
      'who-can: --plane only goes with --azure-action',
    );
    expect(() => questionFromOptions({ k8sVerb: 'get', k8sResource: 'pods' })).toThrow(
      'who-can: --k8s-verb needs --cluster <name>',
    );
  });
});

describe('runWhoCan', () => {
  test('answers as text with exit 0', () => {
    const c = capture(dir);
    expect(runWhoCan({ k8sVerb: 'get', k8sResource: 'pods/log', namespace: 'b', cluster: 'aks-prod' }, c.io)).toBe(
      EXIT.OK,
    );
    expect(c.stdout().split('\n').slice(0, 6)).toEqual([
      'who can get pods/log (core API group) in namespace b on cluster aks-prod?',
      '',
      'note: no API group given: read as the core API group, the only one the built-in ClusterRoles list pods/log under (write resource.group for another)',
      '',
      'Roles (3)',
      '  just-in-time  ROLE_LEAD',
    ]);
  });

  test('--json prints the answer', () => {
    const c = capture(dir);
    expect(runWhoCan({ directoryRole: 'Global Administrator', json: true }, c.io)).toBe(EXIT.OK);
    expect(JSON.parse(c.stdout())).toEqual({
      question: 'who holds Entra directory role Global Administrator?',
      query: { kind: 'directoryRole', role: 'Global Administrator' },
      roles: [],
      principals: [],
      breakGlass: [{ objectId: INSPECTOR.breakGlass, displayName: 'breakglass1@contoso.onmicrosoft.com' }],
      notes: [],
    });
  });

  test('--fail-if standing exits 1 only for standing access; --fail-if any for any', () => {
    const model = inspectorModel();
    const standing = whoCan(model, {
      kind: 'azureAction',
      operation: 'Microsoft.Compute/virtualMachines/write',
      scope: INSPECTOR.vm,
    });
    const jitOnly = whoCan(model, {
      kind: 'kubernetes',
      request: { cluster: 'aks-prod', verb: 'list', resource: 'nodes' },
    });
    const nobody = whoCan(model, {
      kind: 'azureAction',
      operation: 'Microsoft.KeyVault/vaults/keys/encrypt/action',
      scope: INSPECTOR.keyVault,
    });
    expect([
      whoCanExitCode(standing, 'standing'),
      whoCanExitCode(jitOnly, 'standing'),
      whoCanExitCode(jitOnly, 'any'),
      whoCanExitCode(nobody, 'any'),
    ]).toEqual([EXIT.FAILED, EXIT.OK, EXIT.FAILED, EXIT.OK]);
    expect(whoCanExitCode(standing, undefined)).toBe(EXIT.OK);
  });

  test('fails an unknown cluster with exit 2 and the nearest name', () => {
    const c = capture(dir);
    expect(runWhoCan({ k8sVerb: 'get', k8sResource: 'pods', cluster: 'aks-prd' }, c.io)).toBe(EXIT.USAGE);
    expect(c.stderr()).toBe(
      'task-access: who-can: --cluster "aks-prd" is not a cluster of the definition. Did you mean "aks-prod"? Declared clusters: aks-prod.\n',
    );
  });

  test("the inspector's errors name the flags: a namespaced URL, a resource with two API groups, a bad scope", () => {
    const cases: [Parameters<typeof runWhoCan>[0], string][] = [
      [
        { k8sVerb: 'get', nonResourceUrl: '/healthz', namespace: 'a', cluster: 'aks-prod' },
        'who-can: --non-resource-url is not namespaced; leave out --namespace',
      ],
      [
        { k8sVerb: 'get', k8sResource: 'deployments.apps', apiGroup: 'batch', cluster: 'aks-prod' },
        'who-can: --k8s-resource "deployments.apps" names API group "apps" but --api-group is "batch"; give one',
      ],
      [
        { azureRole: 'Reader', scope: 'rg-app' },
        'who-can: --scope "rg-app" is not an Azure scope; give a management group, subscription, resource group or resource ID, e.g. /subscriptions/<subscription id>/resourceGroups/<group>/providers/Microsoft.KeyVault/vaults/<vault>',
      ],
    ];
    for (const [options, message] of cases) {
      const c = capture(dir);
      expect(runWhoCan(options, c.io)).toBe(EXIT.USAGE);
      expect(c.stderr()).toBe(`task-access: ${message}\n`);
    }
  });

  test('a misspelled Azure operation is exit 2 with the nearest one, also under --fail-if, unless --allow-unknown', () => {
    const c = capture(dir);
    const operation = 'Microsoft.KeyVault/vaults/secrets/setSecrets/action';
    expect(runWhoCan({ azureAction: operation, failIf: 'any' }, c.io)).toBe(EXIT.USAGE);
    expect(c.stdout()).toBe('');
    expect(c.stderr()).toContain(
      `who-can: --azure-action "${operation}" is named by no built-in role of the catalog and no custom role of the definition, so nobody could be found for it. Did you mean "Microsoft.KeyVault/vaults/secrets/setSecret/action"?`,
    );
    expect(c.stderr()).toContain('--allow-unknown');
    // Asked anyway: answered (someone holds a wildcard that covers it), not refused.
    expect(runWhoCan({ azureAction: operation, failIf: 'any', allowUnknown: true }, capture(dir).io)).toBe(EXIT.FAILED);
    // Case doesn't matter: Azure compares operations case-insensitively.
    expect(
      runWhoCan({ azureAction: 'microsoft.keyvault/vaults/secrets/setsecret/action', json: true }, capture(dir).io),
    ).toBe(EXIT.OK);
  });

  test('a Kubernetes resource nothing names, or a verb Kubernetes lacks, is exit 2 with the nearest one', () => {
    const resource = capture(dir);
    expect(
      runWhoCan(
        { k8sVerb: 'get', k8sResource: 'secret', namespace: 'a', cluster: 'aks-prod', failIf: 'any' },
        resource.io,
      ),
    ).toBe(EXIT.USAGE);
    expect(resource.stderr()).toBe(
      'task-access: who-can: --k8s-resource "secret" is named by no built-in ClusterRole and no custom rule of the definition. Did you mean "secrets"? Resources are plural and lower case (secrets, pods/log, deployments.apps); pass --allow-unknown for a custom resource.\n',
    );
    const verb = capture(dir);
    expect(runWhoCan({ k8sVerb: 'gett', k8sResource: 'secrets', cluster: 'aks-prod' }, verb.io)).toBe(EXIT.USAGE);
    expect(verb.stderr()).toContain('who-can: --k8s-verb "gett" is not a Kubernetes verb. Did you mean "get"?');
    for (const ok of ['deployments.apps', 'pods/log', 'secrets'])
      expect([
        ok,
        runWhoCan({ k8sVerb: 'get', k8sResource: ok, namespace: 'a', cluster: 'aks-prod' }, capture(dir).io),
      ]).toEqual([ok, EXIT.OK]);
    expect(
      runWhoCan(
        { k8sVerb: 'get', k8sResource: 'widgets.example.com', cluster: 'aks-prod', allowUnknown: true },
        capture(dir).io,
      ),
    ).toBe(EXIT.OK);
  });
});
