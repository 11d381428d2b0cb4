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
});
