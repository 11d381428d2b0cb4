/** `task-access explain`, run in-process. */

import { runExplain } from '../../lib/cli/commands/explain';
import { EXIT } from '../../lib/cli/program';
import { referenceOrganisation } from '../../examples/reference-org/definition';
import { INSPECTOR, inspectorDefinition } from '../fixtures/inspector';
import { capture, workspace } from './io';

const dir = workspace(inspectorDefinition());

test('explains a role as text from ./cdktf.out/access-model.json', () => {
  const c = capture(dir);
  expect(runExplain('ROLE_LEAD', {}, c.io)).toBe(EXIT.OK);
  expect(c.stdout().split('\n').slice(0, 12)).toEqual([
    'ROLE_LEAD',
    '  inherits: ROLE_OPERATOR',
    `  members: Carol (user ${INSPECTOR.carol})`,
    '',
    'Tasks (1 standing, 3 just-in-time)',
    '  just-in-time  TASK_PROD_CLUSTER_ADMIN   via ROLE_LEAD (inherits from ROLE_OPERATOR)  [high privilege]',
    '                                          policy: max PT1H, approval by ROLE_LEAD, MFA, justification, ticket',
    '  just-in-time  TASK_PROD_DIRECTORY_READ  via ROLE_LEAD (inherits from ROLE_OPERATOR)',
    // BASE_PROD_ENTRA_READER holds an Entra directory role, so it is role-assignable: the task group can't nest it.
    '                                          2 PIM activations, each its own request (a role-assignable baseline is not reached through the task group):',
    '                                            1. TASK_PROD_DIRECTORY_READ (gives no grant by itself): max PT8H, no approval, MFA, justification',
    '                                            2. BASE_PROD_ENTRA_READER (role-assignable): max PT8H, no approval, MFA, justification',
    '  standing      TASK_PROD_OPERATE         via ROLE_LEAD (inherits from ROLE_OPERATOR)',
  ]);
  expect(c.stderr()).toBe('');
});

test('--json prints the principal view, the union over its roles', () => {
  const c = capture(dir);
  expect(runExplain('alice', { json: true, definition: 'definition.json' }, c.io)).toBe(EXIT.OK);
  const json = JSON.parse(c.stdout());
  expect(json).toMatchObject({
    kind: 'principal',
    key: INSPECTOR.alice,
    label: 'Alice',
    roles: ['ROLE_OPERATOR', 'ROLE_READER'],
  });
  expect(json.tasks.map((t: { task: string; mode: string }) => `${t.task} ${t.mode}`)).toEqual([
    'TASK_PROD_CLUSTER_ADMIN eligible',
    'TASK_PROD_DIRECTORY_READ eligible',
    'TASK_PROD_OPERATE standing',
    'TASK_PROD_READ standing',
  ]);
});

test('fails an unknown name with exit 2 and the nearest name, without a stack trace', () => {
  const c = capture(dir);
  expect(runExplain('ROLE_OPERATR', {}, c.io)).toBe(EXIT.USAGE);
  expect(c.stdout()).toBe('');
  expect(c.stderr()).toBe(
    'task-access: explain: no role or principal is named "ROLE_OPERATR". Did you mean "ROLE_OPERATOR"? Give a role (ROLE_LEAD, ROLE_OPERATOR, ROLE_READER) or a member\'s object ID, user principal name or display name.\n',
  );
});

test('fails an invalid definition with exit 1 and every problem', () => {
  const bad = workspace(
    { ...referenceOrganisation, roles: [{ name: 'DEVELOPER', eligible: ['TASK_PROD_VIEWR'] }] },
    false,
  );
  const c = capture(bad);
  expect(runExplain('ROLE_DEVELOPER', { definition: 'definition.json' }, c.io)).toBe(EXIT.FAILED);
  expect(c.stderr()).toMatch(/^The access model definition has \d+ problems?; nothing was synthesized\.\n1\. /);
  expect(c.stderr()).toContain('task "TASK_PROD_VIEWR" is not declared. Did you mean "TASK_PROD_VIEWER"?');
  expect(c.stderr()).not.toMatch(/\n\s+at /);
});
