/**
 * The KQL of the monitoring, as text: the break-glass query of Microsoft's emergency access guidance
 * (SigninLogs, UserId), and PIM for Groups activations over AuditLogs with the category, service and event name of
 * pim-audit-log-facts.md, the group found by target type. Literals are escaped and lists sorted.
 */
import { resolveDefinition } from '../../lib/model';
import {
  activationSummaryQuery,
  breakGlassSignInQuery,
  kqlList,
  kqlString,
  planMonitoring,
  roleActivationsQuery,
} from '../../lib/monitoring';
import { monitoring, SEC, securityDefinition } from '../fixtures/security';

test('literals are quoted and escaped; lists are sorted and de-duplicated', () => {
  expect(kqlString('a"b\\c')).toBe('"a\\"b\\\\c"');
  expect(kqlList(['b', 'a', 'b'])).toBe('("a", "b")');
});

test('break-glass: every sign-in (successful or not) of the accounts, by object ID, case-insensitively', () => {
  expect(breakGlassSignInQuery([SEC.breakGlass2, SEC.breakGlass1])).toBe(
    [
      '// task-access: every sign-in of a break-glass (emergency access) account; any result is an incident',
      'SigninLogs',
      `| where UserId in~ ("${SEC.breakGlass1}", "${SEC.breakGlass2}")`,
      '| project TimeGenerated, UserId, UserPrincipalName',
    ].join('\n'),
  );
});

test('the activation summary counts completed activations per group and user', () => {
  const lines = activationSummaryQuery().split('\n');
  expect(lines.slice(1, 4)).toEqual([
    'AuditLogs',
    '| where Category == "GroupManagement"',
    '| where LoggedByService in~ ("PIM", "Privileged Identity Management")',
  ]);
  expect(lines).toContain('| where ActivityDisplayName == "Add member to role completed (PIM activation)"');
  expect(lines.slice(-2)).toEqual([
    '| summarize Activations = count(), FirstActivation = min(TimeGenerated), LastActivation = max(TimeGenerated) by Group, ActivatedBy',
    '| order by Activations desc, Group asc, ActivatedBy asc',
  ]);
});

test('a role query narrows to its members by object ID and UPN; a role with group members is not narrowed, and says so', () => {
  const narrowed = roleActivationsQuery('ROLE_X', ['TASK_A'], { ids: ['id-1'], upns: ['bob@contoso.example'] }).split(
    '\n',
  );
  expect(narrowed).toContain('| where ActivatedById in~ ("id-1") or ActivatedBy in~ ("bob@contoso.example")');
  const open = roleActivationsQuery('ROLE_X', ['TASK_A'], undefined).split('\n');
  expect(open[0]).toBe(
    '// task-access: PIM activations through ROLE_X (its members include groups: activations of its tasks by anyone)',
  );
  expect(open.some((l) => l.includes('ActivatedById in~'))).toBe(false);
});

describe('planMonitoring', () => {
  test('names derive from the prefix; alerts in order break-glass, exception; role-assignable baselines count with their task', () => {
    const d = securityDefinition();
    const withDirectoryRole = {
      ...d,
      monitoring: monitoring({ namePrefix: 'contoso' }),
      baselines: [
        ...d.baselines,
        {
          environment: 'PROD',
          service: 'ENTRA',
          action: 'READER',
          grants: [{ kind: 'directoryRole' as const, role: 'Global Reader' }],
        },
      ],
      tasks: d.tasks.map((t) =>
        t.name === 'KEYVAULT_ADMIN' ? { ...t, baselines: [...t.baselines, 'BASE_PROD_ENTRA_READER' as const] } : t,
      ),
    };
    const plan = planMonitoring(resolveDefinition(withDirectoryRole));
    expect(plan?.actionGroupName).toBe('contoso-security');
    expect(plan?.alerts.map((a) => [a.address, a.name, a.severity, a.threshold])).toEqual([
      ['BREAK_GLASS__SIGN_IN_ALERT', 'contoso-break-glass-sign-in', 0, 0],
      ['EXCEPTIONS__ACTIVATION_ALERT', 'contoso-exception-activation', 1, 0],
    ]);
    expect(plan?.alerts[1].query).toContain('| where Group in ("BASE_PROD_ENTRA_READER", "TASK_PROD_KEYVAULT_ADMIN")');
    expect(plan?.savedSearchCategory).toBe('contoso');
    expect(plan?.diagnosticSetting).toEqual({ name: 'contoso-entra-logs', categories: ['AuditLogs', 'SignInLogs'] });
  });

  test('no plan without monitoring; no saved searches when turned off; no exception alert without exception tasks', () => {
    const { monitoring: _m, ...plain } = securityDefinition();
    void _m;
    expect(planMonitoring(resolveDefinition(plain))).toBeUndefined();
    const off = planMonitoring(
      resolveDefinition({
        ...securityDefinition(),
        monitoring: monitoring({ savedSearches: false, diagnosticSetting: false }),
      }),
    );
    expect(off?.savedSearches).toEqual([]);
    expect(off?.diagnosticSetting).toBeUndefined();
    const d = securityDefinition();
    const noExceptions = { ...d, exceptions: undefined, tasks: d.tasks.map((t) => ({ ...t, highPrivilege: false })) };
    expect(planMonitoring(resolveDefinition(noExceptions))?.alerts.map((a) => a.address)).toEqual([
      'BREAK_GLASS__SIGN_IN_ALERT',
    ]);
  });
});
