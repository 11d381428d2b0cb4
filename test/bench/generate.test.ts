/** The benchmark's synthetic organisations: exact size, valid, clean under the rule pack, deterministic by seed. */
import {
  generateOrganisation,
  groupCount,
  MAX_ENVIRONMENTS,
  minimumGroups,
  SYNTHETIC_RULE_OPTIONS,
} from '../../bench/generate';
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

  /** The rule pack's findings but the two activations of the directory-role tasks, which are by design. */
  const findings = (d: ReturnType<typeof generateOrganisation>) =>
    runRulePack(resolveDefinition(d), SYNTHETIC_RULE_OPTIONS).findings.filter((f) => f.rule !== 'two-step-activation');

  test(`every number of environments from 1 to ${MAX_ENVIRONMENTS}, at the fewest groups it takes: valid, every task and role link a name`, () => {
    for (let n = 1; n <= MAX_ENVIRONMENTS; n++) {
      const groups = minimumGroups({ environments: n }) ?? Number.NaN;
      if (groups > 30) {
        expect(() => generateOrganisation({ groups: groups - 1, environments: n })).toThrow(
          `generateOrganisation: ${groups - 1} groups are too few for ${n} environments and these shares (each environment needs 2 baselines and 2 tasks, and there are 3 roles at least): give at least ${groups}`,
        );
      }
      const d = generateOrganisation({ groups, environments: n, seed: n });
      const context = `${n} environments, ${groups} groups`;
      expect([context, d.environments.length, groupCount(d)]).toEqual([context, n, groups]);
      const tasks = new Set(d.tasks.map((t) => `TASK_${t.environment}_${t.name}`));
      const links = d.roles.flatMap((r) => [...(r.standing ?? []), ...(r.eligible ?? [])]);
      expect([context, links.filter((t) => typeof t !== 'string' || !tasks.has(t))]).toEqual([context, []]);
      expect([context, validateDefinition(d)]).toEqual([context, []]);
    }
  });

  test.each([1, 2, 6, 7, 40])('%i environments: no rule pack finding', (n) => {
    expect(findings(generateOrganisation({ groups: 600, environments: n, seed: 3 }))).toEqual([]);
  });

  test('one environment: production only, people hold every task just in time', () => {
    const d = generateOrganisation({ groups: 200, environments: 1 });
    expect(d.environments).toEqual([{ name: 'PROD', protected: true }]);
    const people = d.roles.filter((r) => r.members?.every((m) => m.kind === 'user'));
    expect(people.flatMap((r) => r.standing ?? [])).toEqual([]);
    expect(people.flatMap((r) => r.eligible ?? []).length).toBeGreaterThan(100);
  });

  test.each([0, -1, 2.5, MAX_ENVIRONMENTS + 1, Number.NaN])('fails %p environments, saying which it takes', (n) => {
    expect(() => generateOrganisation({ groups: 400, environments: n })).toThrow(
      `generateOrganisation: environments must be a whole number from 1 to 250 (each has its own VPN pool 172.16.<n>.0/24), got ${n}`,
    );
  });

  test('fewest groups: 30 up to 5 environments, then what 2 tasks per environment take; none with a share of 0', () => {
    expect([1, 5, 6, 7, 100, 250].map((environments) => minimumGroups({ environments }))).toEqual([
      30, 30, 33, 39, 570, 1428,
    ]);
    expect(minimumGroups({ taskShare: 0 })).toBeUndefined();
    expect(() => generateOrganisation({ groups: 100, taskShare: 0 })).toThrow(
      'generateOrganisation: 100 groups are too few for 3 environments and these shares (each environment needs 2 baselines and 2 tasks, and there are 3 roles at least): no number of groups up to 1,000,000 is enough',
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
