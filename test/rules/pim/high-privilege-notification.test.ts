import { highPrivilegeNotification } from '../../../lib/rules/pim/high-privilege-notification';
import { IDS } from '../../fixtures/minimal';
import { PROD_WRITE_POLICY, withKvAdmin } from '../fixtures';
import { violationsOf } from '../helpers';

const exception = (notifyOnActivation?: string[]) =>
  withKvAdmin({ ...PROD_WRITE_POLICY, ...(notifyOnActivation ? { notifyOnActivation } : {}) }, { highPrivilege: true });

describe('high-privilege-notification', () => {
  test('notifying the designated address (compared case-insensitively) complies', () => {
    expect(
      violationsOf(highPrivilegeNotification, exception(['Security@Contoso.example']), {
        securityNotifications: ['security@contoso.example'],
      }),
    ).toEqual([]);
  });

  test("the definition's exceptions.notify is added to the task's notifications by resolution: complies", () => {
    const d = {
      ...withKvAdmin({ maximumActivation: 'PT2H', requireTicket: true }, { highPrivilege: true }),
      exceptions: { approvers: [{ kind: 'user' as const, objectId: IDS.bob }], notify: ['soc@contoso.example'] },
    };
    expect(violationsOf(highPrivilegeNotification, d)).toEqual([]);
  });

  test('fails when a designated address is not notified', () => {
    expect(
      violationsOf(highPrivilegeNotification, exception(['ops@contoso.example']), {
        securityNotifications: ['security@contoso.example', 'ops@contoso.example'],
      }),
    ).toEqual([
      {
        path: 'tasks.TASK_PROD_KEYVAULT_ADMIN.jit.notifyOnActivation',
        message:
          'activations of high-privilege TASK_PROD_KEYVAULT_ADMIN do not notify security@contoso.example (rules.securityNotifications)',
        value: ['ops@contoso.example'],
        fix: "add 'security@contoso.example' to TASK_PROD_KEYVAULT_ADMIN.jit.notifyOnActivation",
      },
    ]);
  });

  test('fails when no security address is designated', () => {
    expect(violationsOf(highPrivilegeNotification, exception()).map((v) => v.message)).toEqual([
      'high-privilege TASK_PROD_KEYVAULT_ADMIN must alert the security team on activation, but no security team address is designated',
    ]);
  });
});
