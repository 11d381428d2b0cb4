/** The benchmark's synthetic organisations: exact size, valid, clean under the rule pack, deterministic by seed. */
import { generateOrganisation, groupCount, SYNTHETIC_RULE_OPTIONS } from '../../bench/generate';
import { Prng } from '../../bench/prng';
import { resolveDefinition } from '../../lib/model/resolve';
import { validateDefinition } from '../../lib/model/validation';
import { runRulePack } from '../../lib/rules/pack';

describe('generateOrganisation', () => {
  test.each([30, 97, 400, 1500])(
    '%i groups: exactly that many, valid, and no rule pack finding but the two activations of directory-role tasks',
    (groups) => {
      const d = generateOrganisation({ groups, seed: 11 });
      expect(groupCount(d)).toBe(groups);
      expect(validateDefinition(d)).toEqual([]);
      const pack = runRulePack(resolveDefinition(d), SYNTHETIC_RULE_OPTIONS);
      // A directory role needs a role-assignable baseline, which a task group can't nest: holders of the
      // just-in-time ENTRA_ tasks activate twice, and the rule says so (a warning, by design).
      const twoStep = pack.findings.filter((f) => f.rule === 'two-step-activation');
      expect(pack.findings.filter((f) => f.rule !== 'two-step-activation')).toEqual([]);
      expect(twoStep.every((f) => f.level === 'warning' && /^tasks\.TASK_[A-Z]+_ENTRA_D\d+_READ$/.test(f.path))).toBe(
        true,
      );
    },
  );

  test('has every part the benchmark needs: environments, clusters, Azure, custom, directory and Kubernetes grants, both kinds of access, people and pipelines', () => {
    const d = generateOrganisation({ groups: 1500, seed: 1 });
    expect(d.environments.map((e) => e.name)).toEqual(['PROD', 'TEST', 'DEV']);
    const kinds = new Set(
      d.baselines.flatMap((b) =>
        b.grants.map((g) =>
          g.kind === 'kubernetes'
            ? `kubernetes:${g.rules ? 'rules' : g.clusterWide ? 'cluster' : 'namespace'}`
            : g.kind,
        ),
      ),
    );
    expect([...kinds].sort()).toEqual([
      'azureCustomRole',
      'azureRole',
      'directoryRole',
      'kubernetes:cluster',
      'kubernetes:namespace',
      'kubernetes:rules',
      'vpnPool',
    ]);
    const standing = d.roles.reduce((n, r) => n + (r.standing?.length ?? 0), 0);
    const eligible = d.roles.reduce((n, r) => n + (r.eligible?.length ?? 0), 0);
    expect(eligible / (standing + eligible)).toBeGreaterThan(0.4);
    expect(eligible / (standing + eligible)).toBeLessThan(0.8);
    const members = d.roles.flatMap((r) => r.members ?? []);
    expect(members.some((m) => m.kind === 'user' && m.userPrincipalName !== undefined)).toBe(true);
    expect(members.some((m) => m.kind === 'servicePrincipal')).toBe(true);
    expect(d.roles.some((r) => (r.inherits ?? []).length > 0)).toBe(true);
  });

  test('is a pure function of size and seed', () => {
    expect(JSON.stringify(generateOrganisation({ groups: 300, seed: 5 }))).toBe(
      JSON.stringify(generateOrganisation({ groups: 300, seed: 5 })),
    );
    expect(JSON.stringify(generateOrganisation({ groups: 300, seed: 5 }))).not.toBe(
      JSON.stringify(generateOrganisation({ groups: 300, seed: 6 })),
    );
  });

  test('fails below 30 groups', () => {
    expect(() => generateOrganisation({ groups: 29 })).toThrow('groups must be at least 30, got 29');
  });
});

describe('Prng', () => {
  test('repeats its sequence for a seed, and draws within bounds', () => {
    const a = new Prng(42);
    const b = new Prng(42);
    const xs = Array.from({ length: 1000 }, () => a.int(3, 7));
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b.int(3, 7)));
    expect(Math.min(...xs)).toBe(3);
    expect(Math.max(...xs)).toBe(7);
    expect(new Prng(1).uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(new Prng(9).sample([1, 2, 3, 4, 5], 5)).size).toBe(5);
  });
});
