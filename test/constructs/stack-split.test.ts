/**
 * Stacks cut to a maximum size (`maxResourcesPerStack`): every resource in exactly one stack at its usual
 * address, no stack over the maximum, references between stacks resolved through remote state and never in a
 * cycle, every stack self-contained, the same stacks on every run, and few moves when an element is added.
 * That each stack holds exactly the planned resources of its units: test/constructs/unit-plan.test.ts.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { Testing } from 'cdktf';
import { generateOrganisation, SYNTHETIC_RULE_OPTIONS } from '../../bench/generate';
import { referenceOrganisation } from '../../examples/reference-org/definition';
import { TaskAccessStacks, type TaskAccessStacksProps } from '../../lib/constructs/task-access-stacks';
import type { AccessModelDefinition } from '../../lib/model/definition';
import { stackJson, synthStacks, type StackJson } from './synth-helper';
import { developerRole, minimal } from '../fixtures/minimal';

/** A synthesized app: stacks by name, the plan, and the stack dependencies cdktf recorded. */
interface SplitSynth {
  readonly stacks: Map<string, StackJson>;
  readonly texts: Map<string, string>;
  readonly planned: Map<string, number>;
  readonly dependencies: Map<string, string[]>;
}

function synthSplit(props: TaskAccessStacksProps, id = 'org'): SplitSynth {
  const app = Testing.app();
  const access = new TaskAccessStacks(app, id, { report: false, ...props });
  app.synth();
  const texts = new Map(
    [...access.stacks.keys()].map((name) => [
      name,
      readFileSync(join(app.outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'),
    ]),
  );
  const manifest = JSON.parse(readFileSync(join(app.outdir, 'manifest.json'), 'utf8')) as {
    stacks: Record<string, { dependencies: string[] }>;
  };
  return {
    stacks: new Map([...texts].map(([name, text]) => [name, stackJson(text)])),
    texts,
    planned: new Map((access.stackPlan?.stacks ?? []).map((s) => [s.name, s.resources])),
    dependencies: new Map(Object.entries(manifest.stacks).map(([name, s]) => [name, s.dependencies])),
  };
}

/**
 * Resources and data sources of a stack, without cdktf's remote state reads and the stack's one read of the
 * deploying identity (group owners), which maxResourcesPerStack leaves out; checks that there is one read at most.
 */
function size(s: StackJson): number {
  expect(Object.keys(s.json.data?.azuread_client_config ?? {})).toEqual(
    s.json.data?.azuread_client_config ? ['DEPLOYING_IDENTITY'] : [],
  );
  const data = Object.entries(s.json.data ?? {}).reduce(
    (n, [type, byName]) =>
      n + (type === 'terraform_remote_state' || type === 'azuread_client_config' ? 0 : Object.keys(byName).length),
    0,
  );
  return s.addresses().length + data;
}

/** Every `type.name` (or `data.type.name`) a stack's expressions, `depends_on` and `replace_triggered_by` name. */
function referencedAddresses(s: StackJson): string[] {
  const out = new Set<string>();
  for (const m of s.text.matchAll(/\$\{([^}]*)\}/g)) {
    for (const r of m[1].matchAll(/(?<![\w.-])(data\.)?([a-z][a-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_-]*)/g)) {
      if (r[2] === 'terraform' && r[3] === 'workspace') continue;
      out.add(`${r[1] ?? ''}${r[2]}.${r[3]}`);
    }
  }
  for (const byName of Object.values(s.json.resource ?? {})) {
    for (const body of Object.values(byName))
      for (const d of [
        ...((body.depends_on as string[] | undefined) ?? []),
        ...((body.lifecycle as { replace_triggered_by?: string[] } | undefined)?.replace_triggered_by ?? []),
      ])
        out.add(d);
  }
  return [...out].sort();
}

function declaredAddresses(s: StackJson): Set<string> {
  const data = Object.entries(s.json.data ?? {}).flatMap(([type, byName]) =>
    Object.keys(byName).map((n) => `data.${type}.${n}`),
  );
  return new Set([...s.addresses(), ...data]);
}

const definition = generateOrganisation({ groups: 150, seed: 3 });
const MAX = 120;
const base: TaskAccessStacksProps = {
  definition,
  rules: SYNTHETIC_RULE_OPTIONS,
  split: 'environment',
  maxResourcesPerStack: MAX,
};

describe('maxResourcesPerStack with split: environment', () => {
  const split = synthSplit(base);
  const single = synthStacks({ definition, rules: SYNTHETIC_RULE_OPTIONS, report: false }, 'org').get(
    'org',
  ) as StackJson;

  test('cuts the directory and each environment into several stacks, the first keeping the bucket name', () => {
    const names = [...split.stacks.keys()];
    expect(names.length).toBeGreaterThan(4);
    for (const bucket of ['org-directory', 'org-prod', 'org-test', 'org-dev']) expect(names).toContain(bucket);
    for (const n of names) expect(n).toMatch(/^org-(directory|prod|test|dev)(-[a-z0-9-]+)?$/);
  });

  test('puts every resource of the single stack in exactly one stack, at the same address and with the same body', () => {
    const all = [...split.stacks.values()].flatMap((s) => s.addresses());
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual(single.addresses());
    const strip = (r: Record<string, unknown>) => {
      const { '//': _meta, depends_on: _deps, ...rest } = r;
      void _meta;
      void _deps;
      return rest;
    };
    // Same attributes apart from references, which may now read remote state.
    const sameValues = (a: unknown, b: unknown): boolean =>
      JSON.stringify(a).replace(/\$\{[^}]*\}/g, 'REF') === JSON.stringify(b).replace(/\$\{[^}]*\}/g, 'REF');
    for (const s of split.stacks.values()) {
      for (const [type, byName] of Object.entries(s.json.resource ?? {})) {
        for (const [name, body] of Object.entries(byName))
          expect(sameValues(strip(body), strip(single.resource(type, name)))).toBe(true);
      }
    }
  });

  test('keeps every stack within the maximum, with exactly the resources the plan counted', () => {
    for (const [name, s] of split.stacks) {
      expect(size(s)).toBeLessThanOrEqual(MAX);
      expect(size(s)).toBe(split.planned.get(name));
    }
  });

  test('resolves references to other stacks through remote state: no token left, every name declared in its own stack', () => {
    let remote = 0;
    for (const [name, s] of split.stacks) {
      expect(split.texts.get(name)).not.toContain('TfToken');
      const declared = declaredAddresses(s);
      expect(referencedAddresses(s).filter((a) => !declared.has(a))).toEqual([]);
      remote += Object.keys(s.json.data?.terraform_remote_state ?? {}).length;
    }
    expect(remote).toBeGreaterThan(0);
    // An eligibility in an environment stack reads its role group from a directory stack.
    const schedules = [...split.stacks.values()].flatMap((s) =>
      Object.values(s.resources('azuread_privileged_access_group_eligibility_schedule')),
    );
    expect(schedules.length).toBeGreaterThan(0);
    for (const sch of schedules)
      expect(sch.principal_id).toMatch(
        /^\$\{data\.terraform_remote_state\.cross-stack-reference-input-org-directory[a-z0-9-]*\.outputs\./,
      );
  });

  test('declares in each stack the providers its resources use, and its own backend', () => {
    for (const s of split.stacks.values()) {
      const providers = new Set(
        Object.entries(s.json.provider ?? {}).flatMap(([p, blocks]) =>
          (blocks as { alias?: string }[]).map((b) => (b.alias ? `${p}.${b.alias}` : p)),
        ),
      );
      for (const byName of Object.values(s.json.resource ?? {})) {
        for (const body of Object.values(byName))
          if (body.provider !== undefined) expect(providers).toContain(body.provider);
      }
      expect(JSON.parse(s.text).terraform.backend).toBeDefined();
    }
  });

  test('references between stacks point one way: the dependency graph has no cycle and the directory depends on nothing', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (n: string): void => {
      expect(state.get(n)).not.toBe('visiting');
      if (state.get(n) === 'done') return;
      state.set(n, 'visiting');
      (split.dependencies.get(n) ?? []).forEach(visit);
      state.set(n, 'done');
    };
    [...split.dependencies.keys()].forEach(visit);
    for (const [name, deps] of split.dependencies)
      if (name.startsWith('org-directory')) expect(deps.every((d) => d.startsWith('org-directory'))).toBe(true);
  });

  test('is the same on every run: stack names and files byte for byte', () => {
    const again = synthSplit(base);
    expect([...again.texts.keys()]).toEqual([...split.texts.keys()]);
    for (const [name, text] of split.texts) expect(again.texts.get(name)).toBe(text);
  });

  test('adding an element keeps every address and moves few resources to another stack', () => {
    const prodBaseline = definition.baselines.find(
      (b) => b.environment === 'PROD' && b.service !== 'VPN' && b.service !== 'ENTRA',
    );
    const added: AccessModelDefinition = {
      ...definition,
      tasks: [
        ...definition.tasks,
        {
          environment: 'PROD',
          name: 'KV1_NEWTASK',
          baselines: [
            `BASE_PROD_${prodBaseline?.service}${prodBaseline?.scope ? `_${prodBaseline.scope}` : ''}_${prodBaseline?.action}` as `BASE_${string}`,
          ],
        },
      ],
    };
    const after = synthSplit({ ...base, definition: added });
    const stackOf = (s: SplitSynth) =>
      new Map([...s.stacks].flatMap(([name, j]) => j.addresses().map((a) => [a, name] as const)));
    const before = stackOf(split);
    const now = stackOf(after);
    expect([...before.keys()].filter((a) => !now.has(a))).toEqual([]);
    expect(now.get('azuread_group_without_members.TASK_PROD_KV1_NEWTASK')).toBeDefined();
    const moved = [...before].filter(([a, name]) => now.get(a) !== name).length;
    // The cut moves at most twice the maximum (test/constructs/stack-chunks.test.ts); a greedy fill would shift every later stack.
    expect(moved).toBeLessThanOrEqual(2 * MAX);
    expect(moved).toBeLessThan(before.size / 4);
  });
});

describe('maxResourcesPerStack without a split by environment', () => {
  test('cuts one bucket in kind order (roles, then baselines, then tasks), every stack named after the id', () => {
    const s = synthSplit({ definition, rules: SYNTHETIC_RULE_OPTIONS, maxResourcesPerStack: 400 }, 'one');
    const names = [...s.stacks.keys()];
    expect(names[0]).toBe('one');
    expect(names.length).toBeGreaterThan(1);
    const rank = { ROLE: 0, BASE: 1, TASK: 2 } as Record<string, number>;
    let highest = 0;
    for (const [name, j] of s.stacks) {
      expect(name).toMatch(/^one(-[a-z0-9-]+)?$/);
      expect(size(j)).toBeLessThanOrEqual(400);
      expect(s.texts.get(name)).not.toContain('TfToken');
      const ranks = Object.keys(j.resources('azuread_group_without_members')).map((n) => rank[n.slice(0, 4)]);
      if (ranks.length === 0) continue;
      expect(Math.min(...ranks)).toBeGreaterThanOrEqual(highest);
      highest = Math.max(...ranks);
    }
    expect(highest).toBe(2);
  });

  test('is one stack named after the id when everything fits', () => {
    const s = synthSplit({ definition: referenceOrganisation, maxResourcesPerStack: 10_000 }, 'ref');
    expect([...s.stacks.keys()]).toEqual(['ref']);
  });
});

describe('what maxResourcesPerStack counts', () => {
  /** The minimal model with ROLE_DEVELOPER's five members by UPN: each is a membership and a lookup (data.azuread_user). */
  const upn = (i: number) => `dev${i}@contoso.example`;
  const byUpn = (settings?: AccessModelDefinition['settings']): AccessModelDefinition => ({
    ...minimal(),
    roles: [developerRole({ members: [1, 2, 3, 4, 5].map((i) => ({ kind: 'user', userPrincipalName: upn(i) })) })],
    breakGlass: [
      { objectId: '0000b6a1-0000-4000-8000-000000000001' },
      { objectId: '0000b6a2-0000-4000-8000-000000000002' },
    ],
    ...(settings ? { settings } : {}),
  });
  /** Every `type.name` and `data.type.name` of a stack. */
  const elements = (s: StackJson): string[] => [...declaredAddresses(s)].sort();
  const roleUnit = (definition: AccessModelDefinition): number => {
    const access = new TaskAccessStacks(Testing.app(), 'u', { definition, report: false, maxResourcesPerStack: 1000 });
    const stack = access.stackPlan?.stacks.find((st) => st.units.some((u) => u.key === 'ROLE_DEVELOPER'));
    return stack?.units.find((u) => u.key === 'ROLE_DEVELOPER')?.resources ?? 0;
  };

  test("counts a unit's data sources (a member's lookup by UPN) with its resources: the role group, 5 memberships, 5 lookups", () => {
    expect(roleUnit(byUpn())).toBe(11);
    expect(
      () => new TaskAccessStacks(Testing.app(), 'x', { definition: byUpn(), report: false, maxResourcesPerStack: 10 }),
    ).toThrow(
      'ROLE_DEVELOPER creates 11 Terraform resources and data sources, more than maxResourcesPerStack (10), and a unit is never split between stacks (its resources depend on each other); raise maxResourcesPerStack to at least 11.',
    );
  });

  test("leaves out the stack's read of the deploying identity: a stack filled to the maximum holds it as one more", () => {
    const s = synthSplit({ definition: byUpn(), maxResourcesPerStack: 11 }, 'c');
    const full = [...s.stacks.values()].find((j) => Object.keys(j.resources('azuread_group_member')).length === 5);
    expect(full).toBeDefined();
    const all = elements(full as StackJson);
    expect(all.filter((a) => a.startsWith('data.azuread_user.')).length).toBe(5);
    expect(all).toContain('data.azuread_client_config.DEPLOYING_IDENTITY');
    expect(all.filter((a) => !a.startsWith('data.terraform_remote_state.')).length).toBe(12);
    expect(size(full as StackJson)).toBe(11);
    for (const [name, j] of s.stacks) expect([name, size(j)]).toEqual([name, s.planned.get(name)]);
  });

  test('with settings.deployingIdentityObjectId no stack reads it, and the same cut', () => {
    const given = synthSplit(
      {
        definition: byUpn({ deployingIdentityObjectId: '0000de91-0000-4000-8000-000000000001' }),
        maxResourcesPerStack: 11,
      },
      'c',
    );
    const read = synthSplit({ definition: byUpn(), maxResourcesPerStack: 11 }, 'c');
    expect([...given.planned]).toEqual([...read.planned]);
    for (const j of given.stacks.values()) expect(j.json.data?.azuread_client_config).toBeUndefined();
  });
});

describe('maxResourcesPerStack errors', () => {
  test('fails naming the unit when one unit alone is larger than the maximum', () => {
    expect(
      () =>
        new TaskAccessStacks(Testing.app(), 'x', {
          definition: referenceOrganisation,
          maxResourcesPerStack: 3,
          report: false,
        }),
    ).toThrow(
      /^\S+ creates \d+ Terraform resources and data sources, more than maxResourcesPerStack \(3\), and a unit is never split between stacks/,
    );
  });

  test('fails when providers are given for several stacks', () => {
    expect(
      () =>
        new TaskAccessStacks(Testing.app(), 'x', {
          definition: referenceOrganisation,
          maxResourcesPerStack: 100,
          providers: {},
          report: false,
        }),
    ).toThrow('providers can only be given for a single stack');
  });
});
