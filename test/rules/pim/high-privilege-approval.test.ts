import { highPrivilegeApproval } from '../../../lib/rules/pim/high-privilege-approval';
import { IDS } from '../../fixtures/minimal';
import { PROD_WRITE_POLICY, withKvAdmin } from '../fixtures';
import { outcomeOf, violationsOf } from '../helpers';

const exception = (jit = PROD_WRITE_POLICY) => withKvAdmin(jit, { highPrivilege: true });

describe('high-privilege-approval', () => {
  test('approved only by the senior approvers designated in the rule options: complies', () => {
    expect(violationsOf(highPrivilegeApproval, exception(), { seniorApprovers: ['ROLE_LEAD'] })).toEqual([]);
  });

  test("the definition's exceptions designate the seniors, and resolution makes them the only approvers: complies", () => {
    const d = {
      ...exception({ maximumActivation: 'PT2H', requireTicket: true }),
      exceptions: { approvers: [{ kind: 'user' as const, objectId: IDS.bob }], notify: ['security@contoso.example'] },
    };
    expect(violationsOf(highPrivilegeApproval, d)).toEqual([]);
  });

  test('fails when an approver is not a designated senior approver', () => {
    expect(
      violationsOf(highPrivilegeApproval, exception(), { seniorApprovers: [IDS.bob.toUpperCase(), 'ROLE_DEVELOPER'] }),
    ).toEqual([
      {
        path: 'tasks.TASK_PROD_KEYVAULT_ADMIN.jit.approvers',
        message: `high-privilege TASK_PROD_KEYVAULT_ADMIN is approved by ROLE_LEAD, who is not designated senior approvers (rules.seniorApprovers: ${IDS.bob.toUpperCase()}, ROLE_DEVELOPER)`,
        value: ['ROLE_LEAD'],
        fix: `approve TASK_PROD_KEYVAULT_ADMIN only by ${IDS.bob.toUpperCase()}, ROLE_DEVELOPER, or add the approver to rules.seniorApprovers`,
      },
    ]);
  });

  test('fails when nobody is designated, saying where to designate them', () => {
    const [v] = violationsOf(highPrivilegeApproval, exception());
    expect(v).toMatchObject({
      path: 'tasks.TASK_PROD_KEYVAULT_ADMIN.jit.approvers',
      message: 'high-privilege TASK_PROD_KEYVAULT_ADMIN needs senior approval, but no senior approver is designated',
      value: ['ROLE_LEAD'],
    });
    expect(v.fix).toContain('exceptions: {');
  });

  test('fails for a high-privilege task without approval, and one without a jit policy', () => {
    expect(
      violationsOf(highPrivilegeApproval, exception({ maximumActivation: 'PT1H' }), {
        seniorApprovers: ['ROLE_LEAD'],
      }).map((v) => v.message),
    ).toEqual(['high-privilege TASK_PROD_KEYVAULT_ADMIN is activated without approval']);
    const standing = withKvAdmin(undefined, { highPrivilege: true }, [
      { name: 'LEAD', members: [{ kind: 'user', objectId: IDS.bob }], standing: ['TASK_PROD_KEYVAULT_ADMIN'] },
    ]);
    expect(violationsOf(highPrivilegeApproval, standing, { seniorApprovers: ['ROLE_LEAD'] })).toEqual([
      {
        path: 'tasks.TASK_PROD_KEYVAULT_ADMIN',
        message: 'high-privilege TASK_PROD_KEYVAULT_ADMIN has no just-in-time policy',
        fix: "add jit: { maximumActivation: 'PT4H', requireTicket: true } to TASK_PROD_KEYVAULT_ADMIN and hold it eligible only",
      },
    ]);
  });

  test('does not apply without high-privilege tasks', () => {
    expect(outcomeOf(highPrivilegeApproval, withKvAdmin(PROD_WRITE_POLICY))).toEqual({
      notApplicable: 'no task is highPrivilege',
    });
  });
});
