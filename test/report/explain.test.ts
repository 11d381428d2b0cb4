/** `explain`: finding the role or principal, and the text it prints. */
import { resolveDefinition } from '../../lib/model/resolve';
import { explain } from '../../lib/report/explain';
import { formatExplanation } from '../../lib/report/text';
import { referenceOrganisation } from '../../examples/reference-org/definition';
import { INSPECTOR, inspectorModel } from '../fixtures/inspector';

const reference = resolveDefinition(referenceOrganisation);

describe('explain', () => {
  test('finds a role by full name, without the prefix, and in any case', () => {
    expect(explain(reference, 'ROLE_SNR_DEVELOPER')).toMatchObject({ kind: 'role', name: 'ROLE_SNR_DEVELOPER' });
    expect(explain(reference, 'snr_developer')).toMatchObject({ kind: 'role', name: 'ROLE_SNR_DEVELOPER' });
  });

  test('finds a principal by object ID, display name or user principal name', () => {
    const model = inspectorModel();
    expect(explain(model, INSPECTOR.alice.toUpperCase())).toMatchObject({ kind: 'principal', key: INSPECTOR.alice });
    expect(explain(model, 'alice')).toMatchObject({ kind: 'principal', key: INSPECTOR.alice });
    expect(explain(model, 'BOB@contoso.example')).toMatchObject({ kind: 'principal', key: 'bob@contoso.example' });
  });

  test('fails an unknown name with the nearest one and what to give', () => {
    expect(() => explain(reference, 'ROLE_SNR_DEVELOPR')).toThrow(
      'explain: no role or principal is named "ROLE_SNR_DEVELOPR". Did you mean "ROLE_SNR_DEVELOPER"? Give a role (ROLE_CI_PROD_DEPLOY, ROLE_DEVELOPER, ROLE_SNR_DEVELOPER) or a member\'s object ID, user principal name or display name.',
    );
  });

  test('a part of a display name is suggested as that display name, the principal found by its object ID too', () => {
    expect(() => explain(reference, 'carol@contoso.example')).toThrow(
      'explain: no role or principal is named "carol@contoso.example". Did you mean "carol@contoso.example (PLACEHOLDER)"?',
    );
    expect(explain(reference, 'Carol@Contoso.example (placeholder)')).toMatchObject({
      kind: 'principal',
      key: '0000ca01-0000-4000-8000-000000000003',
    });
    expect(explain(reference, '0000CA01-0000-4000-8000-000000000003')).toMatchObject({ kind: 'principal' });
  });

  test('fails a display name two principals share, asking for the object ID', () => {
    const d = resolveDefinition({
      ...referenceOrganisation,
      roles: referenceOrganisation.roles.map((r) =>
        r.name === 'DEVELOPER' ? { ...r, members: (r.members ?? []).map((m) => ({ ...m, displayName: 'dev' })) } : r,
      ),
    });
    expect(() => explain(d, 'dev')).toThrow(
      'explain: "dev" names 2 principals (dev 00000b0b-0000-4000-8000-000000000002; dev 0000a11c-0000-4000-8000-000000000001); give the object ID instead',
    );
  });

  test('fails an empty name', () => {
    expect(() => explain(reference, '  ')).toThrow('explain: the name is empty');
  });
});

describe('formatExplanation', () => {
  test('ROLE_SNR_DEVELOPER lists every inherited task with its standing or just-in-time mark', () => {
    const text = formatExplanation(explain(reference, 'ROLE_SNR_DEVELOPER'));
    const tasks = text
      .slice(text.indexOf('Tasks'), text.indexOf('Baselines'))
      .split('\n')
      .filter((l) => l.includes('TASK_'));
    expect(tasks).toEqual([
      '  just-in-time  TASK_DEV_DEPLOYMENT       via ROLE_SNR_DEVELOPER (inherits from ROLE_DEVELOPER)',
      '  just-in-time  TASK_DEV_KEYVAULT_ADMIN   via ROLE_SNR_DEVELOPER (inherits from ROLE_DEVELOPER)',
      '  standing      TASK_DEV_VIEWER           via ROLE_SNR_DEVELOPER (inherits from ROLE_DEVELOPER)',
      '  just-in-time  TASK_PROD_DEPLOYMENT      via ROLE_SNR_DEVELOPER',
      '  just-in-time  TASK_PROD_KEYVAULT_ADMIN  via ROLE_SNR_DEVELOPER',
      '  just-in-time  TASK_PROD_VIEWER          via ROLE_SNR_DEVELOPER (inherits from ROLE_DEVELOPER)',
    ]);
    expect(text).toContain('Tasks (1 standing, 5 just-in-time)');
    expect(text).toMatch(
      /TASK_PROD_KEYVAULT_ADMIN .*\n +policy: max PT4H, approval by (.* or )?ROLE_SNR_DEVELOPER, MFA, justification, ticket\n/,
    );
    expect(text).toContain(
      '  just-in-time  Azure role Key Vault Secrets Officer (b86a8fe4-44ce-4948-aee5-eccb2c155cd7) at /subscriptions/00000001-0000-4000-8000-000000000001/resourceGroups/rg-app-prod/providers/Microsoft.KeyVault/vaults/kv-app-prod\n' +
        '                through ROLE_SNR_DEVELOPER -> TASK_PROD_KEYVAULT_ADMIN -> BASE_PROD_KV_SECRETS_ADMIN\n',
    );
    expect(text).toContain('  just-in-time  VPN pool 172.16.1.0/24\n');
    expect(text).toContain('  just-in-time  Kubernetes ClusterRole edit, namespace a on aks-prod\n');
  });

  test('a principal in two roles shows the union, marking each path when the modes differ', () => {
    const text = formatExplanation(explain(inspectorModel(), 'Alice'));
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Alice',
      `  user, object ID ${INSPECTOR.alice}`,
      '  roles: ROLE_OPERATOR, ROLE_READER (access is the union over them)',
    ]);
    expect(text).toContain(
      '  standing      TASK_PROD_READ            via ROLE_OPERATOR (just-in-time); ROLE_READER (standing)\n',
    );
    expect(text).toContain('                  get on pods/log\n');
  });

  test('--rules lists the rules of built-in ClusterRoles, otherwise they are counted', () => {
    const model = inspectorModel();
    expect(formatExplanation(explain(model, 'ROLE_OPERATOR'))).toContain('2 rules (--rules lists them)');
    const rules = formatExplanation(explain(model, 'ROLE_OPERATOR'), { rules: true });
    expect(rules).toContain('                  * on * (API groups: *)\n');
    // A non-resource rule says so: `*` on every URL is not `*` on every resource.
    expect(rules).toContain('                  * on non-resource URL *\n');
  });
});
