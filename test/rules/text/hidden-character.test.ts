/**
 * Rule `hidden-character`: every class of the hidden set (C0 and ESC, C1, bidirectional formatting, zero-width and
 * invisible operators, separators, noncharacters, lone surrogates) in the free-text fields of a definition, by its
 * exact finding; the joiners scripts need (ZWNJ, ZWJ) and ordinary non-Latin text are not findings.
 */
import { hiddenCharacter } from '../../../lib/rules/text/hidden-character';
import { runRulePack } from '../../../lib/rules';
import { resolveDefinition, type AccessModelDefinition } from '../../../lib/model';
import { developerRole, IDS, minimal, viewerTask } from '../../fixtures/minimal';
import { violationsOf } from '../helpers';

const fixOf = (field: string, path: string, n = 1): string =>
  `retype the ${field} without ${n === 1 ? 'it' : 'them'} (every output shows ${n === 1 ? 'it' : 'them'} as the marker above); if the text needs one (e.g. a right-to-left mark in mixed-direction text), suppress hidden-character at ${path} with a reason`;

const messageOf = (field: string, element: string, at: string, n = 1): string =>
  `the ${field} of ${element} holds ${n} hidden character${n === 1 ? '' : 's'} (${at}): a reviewer reading the definition does not see ${n === 1 ? 'it' : 'them'}, and ${n === 1 ? 'it' : 'they'} can reorder or hide the text around ${n === 1 ? 'it' : 'them'}`;

/** The only finding of the rule on a definition. */
function only(d: AccessModelDefinition): { path: string; message: string; value?: unknown; fix: string } {
  const v = violationsOf(hiddenCharacter, d);
  expect(v).toHaveLength(1);
  return v[0];
}

describe('hidden-character', () => {
  test('an error, suppressible, citing Trojan Source', () => {
    expect(hiddenCharacter.level).toBe('error');
    expect(hiddenCharacter.suppressible).toBe(true);
    expect(hiddenCharacter.source).toContain('https://trojansource.codes/');
    expect(hiddenCharacter.source).toContain('CVE-2021-42574');
  });

  test('the minimal definition and ordinary text in every script comply: accents, Persian and Devanagari with their joiners, emoji sequences', () => {
    expect(violationsOf(hiddenCharacter, minimal())).toEqual([]);
    const d = minimal();
    const clean: AccessModelDefinition = {
      ...d,
      tasks: [
        viewerTask('PROD', { description: 'Zoë’s viewer: می\u200Cخواهم, क्\u200Dष 👩\u200D💻', owner: 'Ops\ttab' }),
      ],
      roles: [developerRole({ description: 'Line one\nline two', standing: [], eligible: ['TASK_PROD_VIEWER'] })],
    };
    expect(violationsOf(hiddenCharacter, { ...clean, tasks: [...clean.tasks, viewerTask('DEV')] })).toEqual([]);
  });

  test('a bidirectional override in a task description: the marker, its position, the path and the fix', () => {
    const d = minimal();
    const description = 'Reads secrets \u202Enimda\u202C only';
    expect(only({ ...d, tasks: [viewerTask('PROD', { description }), viewerTask('DEV')] })).toEqual({
      path: 'tasks.TASK_PROD_VIEWER.description',
      message: messageOf('description', 'task TASK_PROD_VIEWER', '\\u202E at character 15, \\u202C at character 21', 2),
      value: description,
      fix: fixOf('description', 'tasks.TASK_PROD_VIEWER.description', 2),
    });
  });

  test('ESC (a terminal escape sequence) in a role owner, an isolate in a role description', () => {
    const d = minimal();
    const v = violationsOf(hiddenCharacter, {
      ...d,
      roles: [developerRole({ owner: 'ops\u001B[2J', description: 'dev \u2067team\u2069' })],
    });
    expect(v.map((x) => [x.path, x.message])).toEqual([
      [
        'roles.ROLE_DEVELOPER.description',
        messageOf('description', 'role ROLE_DEVELOPER', '\\u2067 at character 5, \\u2069 at character 10', 2),
      ],
      ['roles.ROLE_DEVELOPER.owner', messageOf('owner', 'role ROLE_DEVELOPER', '\\u001B at character 4')],
    ]);
  });

  test('zero-width space in a member display name, at the member entry by its index', () => {
    const d = minimal();
    const role = developerRole({
      members: [
        { kind: 'user', objectId: IDS.bob, displayName: 'bob' },
        { kind: 'user', objectId: IDS.alice, displayName: 'al\u200Bice' },
      ],
    });
    expect(only({ ...d, roles: [role] })).toEqual({
      path: 'roles.ROLE_DEVELOPER.members[1].displayName',
      message: messageOf('displayName', 'a member of role ROLE_DEVELOPER', '\\u200B at character 3'),
      value: 'al\u200Bice',
      fix: fixOf('displayName', 'roles.ROLE_DEVELOPER.members[1].displayName'),
    });
  });

  test('C1 (NEL), an invisible operator, a line separator, a BOM, a noncharacter and a lone surrogate in other fields', () => {
    const d = minimal();
    const def: AccessModelDefinition = {
      ...d,
      environments: [{ name: 'PROD', protected: true, description: 'prod\u0085' }, { name: 'DEV' }],
      clusters: [
        { name: 'aks-prod', environment: 'PROD', description: 'a\u2062b' },
        { name: 'aks-dev', environment: 'DEV' },
      ],
      baselines: d.baselines.map((b) => (b.environment === 'DEV' ? { ...b, description: 'x\u2028y' } : b)),
      breakGlass: [
        { objectId: IDS.breakGlass, displayName: '\uFEFFbg' },
        { objectId: IDS.sp, displayName: 'bg\uFFFF' },
      ],
      customRoles: [
        {
          name: 'VM Operator \uD800',
          actions: ['Microsoft.Compute/virtualMachines/start/action'],
          assignableScopes: [`/subscriptions/${IDS.subscription}`],
        },
      ],
    };
    expect(violationsOf(hiddenCharacter, def).map((x) => [x.path, x.message])).toEqual([
      ['environments[0].description', messageOf('description', 'environment PROD', '\\u0085 at character 5')],
      ['clusters[0].description', messageOf('description', 'cluster aks-prod', '\\u2062 at character 2')],
      ['customRoles[0].name', messageOf('name', 'custom role VM Operator \uD800', '\\uD800 at character 13')],
      [
        'baselines.BASE_DEV_KV_SECRETS_GET.description',
        messageOf('description', 'baseline BASE_DEV_KV_SECRETS_GET', '\\u2028 at character 2'),
      ],
      // In model order: break-glass accounts by object ID (the pack sorts findings by path).
      [
        'breakGlass[1].displayName',
        messageOf('displayName', `break-glass account ${IDS.sp}`, '\\uFFFF at character 3'),
      ],
      [
        'breakGlass[0].displayName',
        messageOf('displayName', `break-glass account ${IDS.breakGlass}`, '\\uFEFF at character 1'),
      ],
    ]);
  });

  test('approvers, applications and federated credentials', () => {
    const d = minimal();
    const def: AccessModelDefinition = {
      ...d,
      tasks: [
        viewerTask('PROD', {
          jit: {
            approvers: [
              { kind: 'role', role: 'ROLE_DEVELOPER' },
              { kind: 'user', objectId: IDS.bob, displayName: 'Bob\u200F' },
            ],
          },
        }),
        viewerTask('DEV'),
      ],
      applications: [
        {
          name: 'gh-deploy',
          description: 'deploys\u0007',
          federatedCredentials: [
            {
              kind: 'githubActions',
              repository: 'contoso/app',
              environment: 'prod',
              description: 'prod\u2060env',
            },
          ],
        },
      ],
    };
    expect(violationsOf(hiddenCharacter, def).map((x) => [x.path, x.message])).toEqual([
      [
        'tasks.TASK_PROD_VIEWER.jit.approvers[1].displayName',
        messageOf('displayName', 'an approver of task TASK_PROD_VIEWER', '\\u200F at character 4'),
      ],
      [
        'applications.gh-deploy.description',
        messageOf('description', 'application gh-deploy', '\\u0007 at character 8'),
      ],
      [
        'applications.gh-deploy.federatedCredentials[0].description',
        messageOf(
          'description',
          'federated credential github-contoso-app-env-prod of application gh-deploy',
          '\\u2060 at character 5',
        ),
      ],
    ]);
  });

  test('a suppression with a reason silences a finding; the pack reports it as an error otherwise', () => {
    const d = minimal();
    const def = { ...d, tasks: [viewerTask('PROD', { description: 'שלום\u200F prod' }), viewerTask('DEV')] };
    const model = resolveDefinition(def);
    const raw = runRulePack(model);
    expect(raw.errors.filter((f) => f.rule === 'hidden-character').map((f) => f.path)).toEqual([
      'tasks.TASK_PROD_VIEWER.description',
    ]);
    const ok = runRulePack(model, {
      suppressions: [
        {
          rule: 'hidden-character',
          path: 'tasks.TASK_PROD_VIEWER.description',
          reason: 'the RLM keeps the Hebrew word before the Latin one in order',
        },
      ],
    });
    expect(ok.findings.filter((f) => f.rule === 'hidden-character')).toEqual([]);
    expect(ok.suppressed.map((f) => f.rule)).toEqual(['hidden-character']);
  });
});
