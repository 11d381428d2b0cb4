/**
 * The generated definitions the Terraform check runs on: random small definitions from the property tests'
 * arbitrary (fast-check, fixed seed) and the benchmark's synthetic organisations at small sizes, some of them
 * given time-bound access, monitoring and authentication contexts (which neither generator makes) or split
 * into several stacks.
 */
import fc from 'fast-check';
import { generateOrganisation, SYNTHETIC_RULE_OPTIONS, type GenerateOptions } from '../../bench/generate';
import type { AccessModelDefinition, HeldTask, RoleDefinition } from '../../lib/model/definition';
import type { TaskAccessStacksProps } from '../../lib/constructs/task-access-stacks';
import { roleName } from '../../lib/model/names';
import { definitionArb } from '../reliability/arbitraries';

/** The property tests' seed (test/reliability/properties.test.ts). */
export const GENERATED_SEED = 20261123;

/** One generated definition and how it is split into stacks. */
export interface GeneratedCase {
  /** Unique, used as the app id (`<name>`, or `<name>-<part>` for split stacks). */
  readonly name: string;
  readonly definition: AccessModelDefinition;
  readonly split?: Pick<TaskAccessStacksProps, 'split' | 'maxResourcesPerStack'>;
}

const WORKSPACE =
  '/subscriptions/00000002-0000-4000-8000-000000000001/resourceGroups/rg-secops/providers/Microsoft.OperationalInsights/workspaces/law-secops';

/**
 * Makes the first role with standing tasks hold its first one time-bound, the first role with eligible tasks
 * hold its first one time-bound, and the first user member of a role a time-bound member. Only roles outside
 * inheritance (inheriting nothing, inherited by none) get a time-bound task: elsewhere the same task could reach a
 * role both permanently and time-bound, which validation rejects (`time-bound`).
 */
export function withTimeBounds(d: AccessModelDefinition): AccessModelDefinition {
  const inherited = new Set(d.roles.flatMap((r) => r.inherits ?? []));
  const alone = (r: RoleDefinition): boolean => (r.inherits?.length ?? 0) === 0 && !inherited.has(roleName(r));
  const bound = (e: HeldTask, from?: string): HeldTask =>
    typeof e === 'string' ? { task: e, ...(from ? { from } : {}), until: '2030-03-31' } : e;
  let standingDone = false;
  let eligibleDone = false;
  let memberDone = false;
  const roles = d.roles.map((r): RoleDefinition => {
    let out = r;
    if (!standingDone && alone(r) && (r.standing?.length ?? 0) > 0) {
      standingDone = true;
      out = { ...out, standing: (out.standing ?? []).map((e, i) => (i === 0 ? bound(e, '2030-01-01') : e)) };
    }
    if (!eligibleDone && alone(r) && (r.eligible?.length ?? 0) > 0) {
      eligibleDone = true;
      out = { ...out, eligible: (out.eligible ?? []).map((e, i) => (i === 0 ? bound(e) : e)) };
    }
    const m = (out.members ?? []).findIndex((x) => x.kind === 'user');
    if (!memberDone && m >= 0) {
      memberDone = true;
      out = { ...out, members: (out.members ?? []).map((x, i) => (i === m ? { ...x, until: '2030-06-30' } : x)) };
    }
    return out;
  });
  return { ...d, roles };
}

/** Turns on monitoring: alerts, saved searches, the Entra diagnostic setting, an action group (or an existing one). */
export function withMonitoring(d: AccessModelDefinition, existingActionGroup = false): AccessModelDefinition {
  return {
    ...d,
    monitoring: {
      workspaceId: WORKSPACE,
      location: 'westeurope',
      actionGroup: existingActionGroup
        ? {
            existingId:
              '/subscriptions/00000002-0000-4000-8000-000000000001/resourceGroups/rg-secops/providers/Microsoft.Insights/actionGroups/ag-secops',
          }
        : { emails: ['security@contoso.example'] },
      diagnosticSetting: true,
    },
  };
}

/** Every just-in-time task asks for authentication context `c1` on activation instead of MFA. */
export function withAuthenticationContext(d: AccessModelDefinition): AccessModelDefinition {
  return {
    ...d,
    tasks: d.tasks.map((t) => (t.jit ? { ...t, jit: { ...t.jit, authenticationContext: 'c1' } } : t)),
  };
}

const org = (options: GenerateOptions) => generateOrganisation(options);

/**
 * Rule pack options for synthesizing the batch: findings don't stop synthesis (random definitions break rules at
 * random, e.g. a production task activated for longer than the limit; this check is about what Terraform accepts).
 */
export const GENERATED_RULES: TaskAccessStacksProps['rules'] = {
  ...SYNTHETIC_RULE_OPTIONS,
  failOnErrors: false,
  onFindings: () => undefined,
};

/**
 * 12 random definitions (fast-check, seed {@link GENERATED_SEED}) and 11 synthetic organisations of 30 to 60
 * groups: plain, with directory roles, custom roles (60 groups, 60% baselines: each environment reaches the VM
 * services), time-bound access,
 * monitoring, authentication contexts, and split by environment or by size.
 */
export function generatedCases(): GeneratedCase[] {
  const random = fc
    .sample(definitionArb, { seed: GENERATED_SEED, numRuns: 12 })
    .map((definition, i): GeneratedCase => ({ name: `arb-${i + 1}`, definition }));
  const synthetic: GeneratedCase[] = [
    { name: 'org-30', definition: org({ groups: 30, seed: 1 }) },
    {
      name: 'org-40-directory-roles',
      definition: org({ groups: 40, seed: 2, environments: 2, directoryRoleShare: 0.3 }),
    },
    {
      name: 'org-60-custom-roles',
      definition: org({ groups: 60, seed: 3, environments: 2, baselineShare: 0.6, taskShare: 0.25 }),
    },
    { name: 'org-40-time-bound', definition: withTimeBounds(org({ groups: 40, seed: 4, environments: 2 })) },
    { name: 'org-40-monitoring', definition: withMonitoring(org({ groups: 40, seed: 5, environments: 2 })) },
    {
      name: 'org-40-monitoring-existing-action-group',
      definition: withMonitoring(withTimeBounds(org({ groups: 40, seed: 6, environments: 2 })), true),
    },
    {
      name: 'org-40-authentication-context',
      definition: withAuthenticationContext(org({ groups: 40, seed: 7, environments: 2, directoryRoleShare: 0.3 })),
    },
    {
      name: 'org-50-split-environment',
      definition: withTimeBounds(org({ groups: 50, seed: 8, environments: 2 })),
      split: { split: 'environment' },
    },
    {
      name: 'org-60-split-size',
      definition: withMonitoring(org({ groups: 60, seed: 9, environments: 2 })),
      split: { maxResourcesPerStack: 80 },
    },
    { name: 'org-30-seed-10', definition: org({ groups: 30, seed: 10, environments: 2 }) },
    { name: 'org-45-seed-11', definition: org({ groups: 45, seed: 11, environments: 3 }) },
  ];
  return [...random, ...synthetic];
}
