import { protectedWriteApproval } from '../../../lib/rules/pim/protected-write-approval';
import { PROD_WRITE_POLICY, withKvAdmin } from '../fixtures';
import { violationsOf } from '../helpers';

describe('protected-write-approval', () => {
  test('a production write task with approval, justification and ticket complies; a read-only production task needs none', () => {
    expect(violationsOf(protectedWriteApproval, withKvAdmin(PROD_WRITE_POLICY))).toEqual([]);
  });

  test('fails for a production write task without approval, justification or ticket, listing all three', () => {
    expect(
      violationsOf(protectedWriteApproval, withKvAdmin({ maximumActivation: 'PT2H', requireJustification: false })),
    ).toEqual([
      {
        path: 'tasks.TASK_PROD_KEYVAULT_ADMIN.jit',
        message:
          'TASK_PROD_KEYVAULT_ADMIN writes in protected environment PROD (BASE_PROD_KV_SECRETS_ADMIN: action part ADMIN) but its activation does not require approval (approvers), a justification (requireJustification), a ticket (requireTicket)',
        value: { requireApproval: false, requireJustification: false, requireTicket: false },
        fix: 'in TASK_PROD_KEYVAULT_ADMIN.jit set approvers: [...], requireJustification: true, requireTicket: true; if the task only reads, set writes: false on it',
      },
    ]);
  });

  test('fails when only the ticket is missing', () => {
    const [v] = violationsOf(protectedWriteApproval, withKvAdmin({ ...PROD_WRITE_POLICY, requireTicket: false }));
    expect(v.message).toMatch(/does not require a ticket \(requireTicket\)$/);
  });

  test('writes: false on the task overrides the derivation', () => {
    expect(violationsOf(protectedWriteApproval, withKvAdmin({ maximumActivation: 'PT2H' }, { writes: false }))).toEqual(
      [],
    );
  });
});
