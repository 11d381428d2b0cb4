/** Rule `monitoring` with its messages, and the defaults of the resolved monitoring settings. */
import { resolveDefinition, validateDefinition } from '../../lib/model';
import { problem } from '../fixtures/problems';
import { IDS } from '../fixtures/minimal';
import { monitoring, SEC, securityDefinition } from '../fixtures/security';

describe('resolved monitoring', () => {
  test('defaults: the workspace subscription and resource group, a new action group with sorted addresses, PT5M, saved searches on', () => {
    expect(resolveDefinition(securityDefinition()).monitoring).toEqual({
      workspaceId: SEC.workspace,
      subscriptionId: IDS.subscription,
      location: 'westeurope',
      resourceGroupName: 'rg-monitor',
      actionGroup: {
        kind: 'new',
        emails: ['security@contoso.example', 'soc@contoso.example'],
        shortName: 'taskaccess',
      },
      diagnosticSetting: true,
      savedSearches: true,
      alertFrequency: 'PT5M',
      namePrefix: 'task-access',
    });
  });

  test('an existing action group and explicit settings', () => {
    const d = {
      ...securityDefinition(),
      monitoring: monitoring({
        actionGroup: { existingId: SEC.actionGroup },
        resourceGroupName: 'rg-alerts',
        alertFrequency: 'PT15M',
        namePrefix: 'contoso',
        savedSearches: false,
        diagnosticSetting: false,
      }),
    };
    expect(resolveDefinition(d).monitoring).toMatchObject({
      resourceGroupName: 'rg-alerts',
      actionGroup: { kind: 'existing', id: SEC.actionGroup },
      alertFrequency: 'PT15M',
      namePrefix: 'contoso',
      savedSearches: false,
      diagnosticSetting: false,
    });
  });
});

describe('monitoring', () => {
  test('fails a workspace that is not a Log Analytics workspace ID, and a bad region', () => {
    const d = {
      ...securityDefinition(),
      monitoring: monitoring({ workspaceId: 'law-security', location: 'west-europe!' }),
    };
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'monitoring.location',
        rule: 'monitoring',
        value: 'west-europe!',
        message: 'not an Azure region name',
        fix: 'westeurope',
      }),
      problem({
        path: 'monitoring.workspaceId',
        rule: 'monitoring',
        value: 'law-security',
        message: 'not the resource ID of a Log Analytics workspace',
        fix: 'Microsoft.OperationalInsights/workspaces',
      }),
    ]);
  });

  test('fails a workspace ID whose subscription is not a UUID: the monitoring provider is pinned to it', () => {
    const workspaceId =
      '/subscriptions/sub-security/resourceGroups/rg-monitor/providers/Microsoft.OperationalInsights/workspaces/law-security';
    expect(validateDefinition({ ...securityDefinition(), monitoring: monitoring({ workspaceId }) })).toEqual([
      problem({
        path: 'monitoring.workspaceId',
        rule: 'monitoring',
        value: workspaceId,
        message: 'not the resource ID of a Log Analytics workspace: the subscription ID "sub-security" is not a UUID',
        fix: '/subscriptions/<id>/resourceGroups/rg-monitor/providers/Microsoft.OperationalInsights/workspaces/law-security',
      }),
    ]);
  });

  test('fails both or neither of emails and existingId', () => {
    const both = { emails: ['soc@contoso.example'], existingId: SEC.actionGroup };
    expect(validateDefinition({ ...securityDefinition(), monitoring: monitoring({ actionGroup: both }) })).toEqual([
      problem({
        path: 'monitoring.actionGroup',
        rule: 'monitoring',
        value: both,
        message: 'exactly one of emails (a new action group) and existingId',
        fix: 'existingId:',
      }),
    ]);
    expect(validateDefinition({ ...securityDefinition(), monitoring: monitoring({ actionGroup: {} }) })).toEqual([
      problem({
        path: 'monitoring.actionGroup',
        rule: 'monitoring',
        value: {},
        message: 'exactly one of emails',
        fix: 'emails:',
      }),
    ]);
  });

  test('fails an empty address list, a bad address, a bad action group ID and a long short name', () => {
    expect(
      validateDefinition({ ...securityDefinition(), monitoring: monitoring({ actionGroup: { emails: [] } }) }),
    ).toEqual([
      problem({
        path: 'monitoring.actionGroup.emails',
        rule: 'monitoring',
        value: [],
        message: 'nobody is alerted',
        fix: "emails: ['security@contoso.com']",
      }),
    ]);
    expect(
      validateDefinition({
        ...securityDefinition(),
        monitoring: monitoring({ actionGroup: { emails: ['soc'], shortName: 'security-operations' } }),
      }),
    ).toEqual([
      problem({
        path: 'monitoring.actionGroup.emails[0]',
        rule: 'email-address',
        value: 'soc',
        message: ['not an e-mail address', 'it has no "@"'],
        fix: 'name@domain',
      }),
      problem({
        path: 'monitoring.actionGroup.shortName',
        rule: 'monitoring',
        value: 'security-operations',
        message: '1 to 12 characters',
        fix: 'shorten it',
      }),
    ]);
    expect(
      validateDefinition({
        ...securityDefinition(),
        monitoring: monitoring({ actionGroup: { existingId: 'ag-soc' } }),
      }),
    ).toEqual([
      problem({
        path: 'monitoring.actionGroup.existingId',
        rule: 'monitoring',
        value: 'ag-soc',
        message: 'not the resource ID of an action group',
        fix: 'Microsoft.Insights/actionGroups',
      }),
    ]);
  });

  test('fails a bad name prefix and resource group, and an alert frequency the rule does not offer (shape)', () => {
    expect(
      validateDefinition({
        ...securityDefinition(),
        monitoring: monitoring({ namePrefix: 'Task Access', resourceGroupName: 'rg.' }),
      }),
    ).toEqual([
      problem({
        path: 'monitoring.namePrefix',
        rule: 'monitoring',
        value: 'Task Access',
        message: 'lower-case letters, digits and -',
        fix: 'task-access',
      }),
      problem({
        path: 'monitoring.resourceGroupName',
        rule: 'monitoring',
        value: 'rg.',
        message: 'not a resource group name',
        fix: 'rg-monitor',
      }),
    ]);
    const bad = { ...securityDefinition(), monitoring: { ...monitoring(), alertFrequency: 'PT1M' } } as unknown;
    expect(validateDefinition(bad)).toEqual([
      problem({
        path: 'monitoring.alertFrequency',
        rule: 'shape',
        value: 'PT1M',
        message: '',
        fix: 'give the value the type',
      }),
    ]);
  });
});
