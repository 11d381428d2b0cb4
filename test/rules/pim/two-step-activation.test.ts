import type { RoleDefinition } from '../../../lib/model';
import { twoStepActivation } from '../../../lib/rules/pim/two-step-activation';
import { minimal } from '../../fixtures/minimal';
import { roleAssignableDefinition } from '../../fixtures/role-assignable';
import { outcomeOf, violationsOf } from '../helpers';

const directoryFix = (task: string) =>
  `BASE_PROD_ENTRA_READER holds an Entra directory role, which only a role-assignable group can: tell the holders (task-access explain ROLE_DEVELOPER and the access report list the activations), then suppress this warning at tasks.${task} with that reason`;

describe('two-step-activation', () => {
  test('does not apply when no just-in-time task reaches a role-assignable baseline', () => {
    expect(twoStepActivation.level).toBe('warning');
    expect(outcomeOf(twoStepActivation, minimal())).toEqual({
      notApplicable: 'no just-in-time task reaches a role-assignable baseline',
    });
  });

  test('warns for each held task with role-assignable baselines, naming every activation and the fix that applies', () => {
    expect(violationsOf(twoStepActivation, roleAssignableDefinition())).toEqual([
      {
        path: 'tasks.TASK_PROD_ENTRA_AUDIT',
        message:
          "TASK_PROD_ENTRA_AUDIT reaches role-assignable BASE_PROD_ENTRA_READER, which its task group can't nest (Entra allows no group as an active member of a role-assignable group): ROLE_DEVELOPER activates 2 groups for all of its access, TASK_PROD_ENTRA_AUDIT and BASE_PROD_ENTRA_READER, each its own PIM request",
        value: ['BASE_PROD_ENTRA_READER'],
        fix: directoryFix('TASK_PROD_ENTRA_AUDIT'),
      },
      {
        path: 'tasks.TASK_PROD_ENTRA_READ',
        message:
          "TASK_PROD_ENTRA_READ reaches role-assignable BASE_PROD_ENTRA_READER and BASE_PROD_KV_SECRETS_LIST, which its task group can't nest (Entra allows no group as an active member of a role-assignable group): ROLE_DEVELOPER activates 3 groups for all of its access, TASK_PROD_ENTRA_READ, BASE_PROD_ENTRA_READER and BASE_PROD_KV_SECRETS_LIST, each its own PIM request",
        value: ['BASE_PROD_ENTRA_READER', 'BASE_PROD_KV_SECRETS_LIST'],
        fix: `drop roleAssignable from BASE_PROD_KV_SECRETS_LIST (no Entra directory role needs it), so TASK_PROD_ENTRA_READ nests it and one activation gives its grants; ${directoryFix('TASK_PROD_ENTRA_READ')}`,
      },
    ]);
  });

  test('names every holder, and skips a task nobody holds eligible', () => {
    const d = roleAssignableDefinition();
    const lead: RoleDefinition = { name: 'LEAD', eligible: ['TASK_PROD_ENTRA_AUDIT'], members: d.roles[0].members };
    // TASK_PROD_ENTRA_READ is held by nobody now
    const developer: RoleDefinition = { ...d.roles[0], eligible: ['TASK_PROD_VIEWER', 'TASK_PROD_ENTRA_AUDIT'] };
    const v = violationsOf(twoStepActivation, { ...d, roles: [developer, lead] });
    expect(v.map((x) => x.path)).toEqual(['tasks.TASK_PROD_ENTRA_AUDIT']);
    expect(v[0].message).toContain(': ROLE_DEVELOPER and ROLE_LEAD activate 2 groups for all of its access,');
  });
});
