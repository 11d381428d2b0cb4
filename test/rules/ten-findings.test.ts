/**
 * One definition breaking ten rules: synthesis through TaskAccessStacks stops before any stack exists and lists the
 * ten findings, readable; runApp prints them without a stack trace.
 */
import { TerraformStack, Testing } from 'cdktf';
import { Grants, type AccessModelDefinition } from '../../lib/model';
import { runApp } from '../../lib/constructs/run-app';
import { TaskAccessModel } from '../../lib/constructs/task-access-model';
import { TaskAccessStacks } from '../../lib/constructs/task-access-stacks';
import { RulePackError } from '../../lib/rules/error';
import type { RulePackOptions } from '../../lib/rules/options';
import { developerRole, IDS, kvGetBaseline, minimal, viewerTask } from '../fixtures/minimal';
import { kvAdminBaseline, kvAdminTask } from './fixtures';

const RG = `/subscriptions/${IDS.subscription}/resourceGroups/rg-dev`;

function tenMistakes(): AccessModelDefinition {
  const d = minimal();
  return {
    ...d,
    customRoles: [{ name: 'Everything', actions: ['*'], assignableScopes: [RG] }], // 1 custom-role-wildcard
    baselines: [
      ...d.baselines,
      kvAdminBaseline(),
      {
        environment: 'DEV',
        service: 'K8S',
        scope: 'CLUSTER',
        action: 'ADMIN',
        grants: [Grants.clusterRoleClusterWide('aks-dev', 'cluster-admin')],
      },
      { environment: 'DEV', service: 'RG', action: 'OWNER', grants: [Grants.azureRole('Owner', RG)] },
      {
        environment: 'DEV',
        service: 'K8S',
        scope: 'NS_OPS',
        action: 'PODS',
        grants: [Grants.rulesInNamespace('aks-dev', 'ops', [{ apiGroups: [''], resources: ['pods'], verbs: ['*'] }])],
      }, // 2 k8s-wildcard-rule
      kvGetBaseline('DEV', {
        service: 'VM',
        scope: undefined,
        action: 'ALL',
        grants: [Grants.azureCustomRole('Everything', RG)],
      }),
    ],
    tasks: [
      viewerTask('PROD', { jit: { maximumActivation: 'PT8H' } }), // 3 jit-max-activation
      viewerTask('DEV', { access: 'sensitive' }), // 4 sensitive-task-standing (ROLE_DEVELOPER holds it standing)
      kvAdminTask({ maximumActivation: 'PT2H' }), // 5 protected-write-approval (no approval, no ticket)
      { environment: 'DEV', name: 'CLUSTER_ADMIN', baselines: ['BASE_DEV_K8S_CLUSTER_ADMIN'] },
      { environment: 'DEV', name: 'ACCESS_ADMIN', baselines: ['BASE_DEV_RG_OWNER'] },
    ],
    roles: [
      developerRole({ eligible: ['TASK_PROD_VIEWER', 'TASK_PROD_KEYVAULT_ADMIN'] }),
      {
        name: 'OPS',
        standing: ['TASK_DEV_CLUSTER_ADMIN', 'TASK_DEV_ACCESS_ADMIN'], // 6 standing-cluster-admin, 7 standing-azure-owner, 8 separation-of-duties
        members: [
          { kind: 'user', objectId: IDS.bob },
          { kind: 'user', objectId: IDS.breakGlass },
        ], // 9 break-glass-isolated
      },
    ],
    breakGlass: [{ objectId: IDS.breakGlass, displayName: 'breakglass1' }], // 10 break-glass-count
  };
}
const rules: RulePackOptions = { separationOfDuties: [['TASK_DEV_CLUSTER_ADMIN', 'TASK_DEV_ACCESS_ADMIN']] };

describe('ten rule pack mistakes', () => {
  test('fails with ten findings of ten rules in one synthesis, and creates no stack', () => {
    const app = Testing.app();
    let error: unknown;
    try {
      new TaskAccessStacks(app, 'org', { definition: tenMistakes(), rules });
    } catch (e) {
      error = e;
    }
    expect(RulePackError.isRulePackError(error)).toBe(true);
    const findings = (error as RulePackError).findings;
    expect(findings.map((f) => [f.level, f.rule, f.path])).toEqual([
      ['error', 'k8s-wildcard-rule', 'baselines.BASE_DEV_K8S_NS_OPS_PODS.grants[0].rules[0]'],
      ['error', 'break-glass-count', 'breakGlass'],
      ['error', 'custom-role-wildcard', 'customRoles[0].actions'],
      ['error', 'sensitive-task-standing', 'roles.ROLE_DEVELOPER.standing[0]'],
      ['error', 'separation-of-duties', 'roles.ROLE_OPS'],
      ['error', 'break-glass-isolated', 'roles.ROLE_OPS.members[1]'],
      ['error', 'standing-cluster-admin', 'roles.ROLE_OPS.standing[0]'],
      ['error', 'standing-azure-owner', 'roles.ROLE_OPS.standing[1]'],
      ['error', 'protected-write-approval', 'tasks.TASK_PROD_KEYVAULT_ADMIN.jit'],
      ['error', 'jit-max-activation', 'tasks.TASK_PROD_VIEWER.jit.maximumActivation'],
    ]);
    expect(new Set(findings.map((f) => f.rule)).size).toBe(10);
    expect(app.node.children).toHaveLength(0);
    const message = (error as RulePackError).message;
    expect(message.split('\n')[0]).toBe('The access model breaks 10 rules of the rule pack; nothing was synthesized.');
    expect(message).toContain(
      '10. error  tasks.TASK_PROD_VIEWER.jit.maximumActivation  [jit-max-activation]\n    TASK_PROD_VIEWER can be activated for PT8H, longer than the limit PT4H',
    );
  });

  test('runApp prints every finding without a stack trace and exits 1', () => {
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const exit = jest.spyOn(process, 'exit').mockImplementation(((code: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    try {
      expect(() =>
        runApp(() => {
          const app = Testing.app();
          new TaskAccessStacks(app, 'org', { definition: tenMistakes(), rules });
          return app;
        }),
      ).toThrow('exit 1');
      const text = stderr.mock.calls.map((c) => String(c[0])).join('');
      expect(
        text.startsWith('The access model breaks 10 rules of the rule pack; nothing was synthesized.\n1. error  '),
      ).toBe(true);
      expect(text).not.toMatch(/\n\s+at /);
    } finally {
      stderr.mockRestore();
      exit.mockRestore();
    }
  });
});

describe('TaskAccessModel runs the same pack', () => {
  test('fails before the construct exists on errors; reports warnings and keeps the result otherwise', () => {
    const stack = new TerraformStack(Testing.app(), 'stack');
    expect(() => new TaskAccessModel(stack, 'access', { definition: tenMistakes(), rules })).toThrow(RulePackError);
    expect(stack.node.children).toHaveLength(0);
    const seen: string[] = [];
    const model = new TaskAccessModel(stack, 'access', {
      definition: minimal(),
      report: false,
      rules: { onFindings: (_r, text) => seen.push(text) },
    });
    expect(model.rulePack.warnings.map((w) => w.rule)).toEqual(['break-glass-declared']);
    expect(seen).toHaveLength(1);
  });
});
