/**
 * Rule `email-address`: every address PIM or an action group mails is one plain address, so none can add a mail
 * header (`\nBcc:`), a second recipient or a display name.
 */
import { emailAddressProblem, validateDefinition } from '../../lib/model';
import { viewerTask, withTasks } from '../fixtures/minimal';
import { problem } from '../fixtures/problems';
import { exceptions, monitoring, securityDefinition } from '../fixtures/security';

const FIX = ['write one plain address, name@domain', 'no display name, space, line break or second address'];

describe('emailAddressProblem', () => {
  test.each([
    'security@contoso.com',
    'Security.Team@Contoso.Example',
    "o'brien+pim@sub.contoso.co.uk",
    'soc_24-7@xn--mnchen-3ya.de',
  ])('accepts %s', (a) => {
    expect(emailAddressProblem(a)).toBeUndefined();
  });

  test.each([
    ['', 'it is empty'],
    ['security@contoso.com\nBcc: attacker@evil.example', 'it contains a line break, which starts a new mail header'],
    ['security@contoso.com\r\nBcc: attacker@evil.example', 'it contains a line break'],
    ['security team@contoso.com', 'it contains a space'],
    ['security@contoso.com\t', 'the whitespace or control character U+0009'],
    ['security@contoso.com\u0000', 'the whitespace or control character U+0000'],
    ['a@contoso.com, b@evil.example', 'it lists more than one address'],
    ['a@contoso.com,b@evil.example', 'it lists more than one address'],
    ['a@contoso.com;b@evil.example', 'it lists more than one address'],
    ['Security <security@contoso.com>', 'display-name form'],
    ['<security@contoso.com>', 'display-name form'],
    ['"sec"@contoso.com', 'display-name form'],
    ['security@cоntoso.com', 'the non-ASCII character "о" (U+043E)'],
    ['security', 'it has no "@"'],
    ['a@b@contoso.com', 'it has more than one "@"'],
    ['@contoso.com', 'the part before the @ is empty'],
    [`${'a'.repeat(65)}@contoso.com`, 'over 64 characters'],
    ['${file("x")}@contoso.com', 'display-name form'],
    ['${x}@contoso.com', 'has a character other than letters, digits'],
    ['%{x}@contoso.com', 'has a character other than letters, digits'],
    ['.security@contoso.com', 'starts or ends with ".", or has ".."'],
    ['sec..team@contoso.com', 'starts or ends with ".", or has ".."'],
    ['security@contoso', 'the domain "contoso" has no "."'],
    ['security@contoso..com', 'has an empty label'],
    ['security@-contoso.com', 'the domain label "-contoso" is not'],
    ['security@10.0.0.1', 'ends with a number'],
    [`security@${'a'.repeat(64)}.com`, 'the domain label'],
  ])('refuses %j: %s', (a, reason) => {
    expect(emailAddressProblem(a)).toContain(reason);
  });
});

describe('email-address in a definition', () => {
  test("fails a task's notifyOnActivation with a Bcc: header (it would become additional_recipients)", () => {
    const bad = 'security@contoso.com\nBcc: attacker@evil.example';
    const d = withTasks(
      viewerTask('PROD', {
        name: 'NOTIFIED',
        jit: { notifyOnActivation: ['oncall@contoso.com', bad] },
      }),
    );
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'tasks.TASK_PROD_NOTIFIED.jit.notifyOnActivation[1]',
        rule: 'email-address',
        value: bad,
        message: [
          'not an e-mail address PIM can notify',
          'it contains a line break, which starts a new mail header (e.g. "Bcc:")',
          'mail would go to someone not listed',
        ],
        fix: FIX,
      }),
    ]);
  });

  test('fails exceptions.notify and monitoring.actionGroup.emails the same way', () => {
    const d = {
      ...securityDefinition(),
      exceptions: exceptions({ notify: ['security@contoso.example', 'Security <soc@contoso.example>'] }),
      monitoring: monitoring({ actionGroup: { emails: ['soc@contoso.example; ceo@contoso.example'] } }),
    };
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'exceptions.notify[1]',
        rule: 'email-address',
        value: 'Security <soc@contoso.example>',
        message: ['not an e-mail address PIM can notify', 'it is in display-name form ("Name <address>")'],
        fix: FIX,
      }),
      problem({
        path: 'monitoring.actionGroup.emails[0]',
        rule: 'email-address',
        value: 'soc@contoso.example; ceo@contoso.example',
        message: ['not an e-mail address an action group can mail', 'it lists more than one address'],
        fix: FIX,
      }),
    ]);
  });
});
