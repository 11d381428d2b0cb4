/**
 * Checks the rule pack's own options (shape, durations, names, limits) and applies their defaults. Problems
 * are findings of the unsuppressible rule `rule-options`, at paths under `rules.` (the prop name).
 */
import { z } from 'zod';
import { canonicalActivation, durationMinutes } from '../model/duration';
import { isUuid } from '../model/formats';
import type { ResolvedModel } from '../model/resolved';
import { didYouMean } from '../model/suggest';
import {
  DEFAULT_RULE_LIMITS,
  DEFAULT_RULE_MAXIMUM_ACTIVATION,
  type EffectiveRuleOptions,
  type RuleLimits,
  type RulePackOptions,
} from './options';
import type { Finding } from './rule';

/** Id of the findings about the options themselves. */
export const RULE_OPTIONS_RULE = 'rule-options';

const name = z.string().max(1024);
const limit = z.number().int().positive();
const optionsSchema = z.strictObject({
  maximumActivation: name.optional(),
  seniorApprovers: z.array(name).optional(),
  securityNotifications: z.array(name).optional(),
  separationOfDuties: z.array(z.tuple([name, name])).optional(),
  limits: z
    .strictObject({
      roleAssignableGroups: limit.optional(),
      tokenGroups: limit.optional(),
      tokenGroupsWarning: limit.optional(),
      groupsOutsideDefinition: z.number().int().nonnegative().optional(),
      roleAssignmentsPerSubscription: limit.optional(),
      roleAssignmentsPerManagementGroup: limit.optional(),
      vpnGroupsPerGateway: limit.optional(),
    })
    .optional(),
  conditionalAccessPolicies: z.array(z.strictObject({ name, excludedUsers: z.array(name).optional() })).optional(),
  suppressions: z.array(z.strictObject({ rule: name, path: name, reason: z.string().max(4096) })).optional(),
  failOnErrors: z.boolean().optional(),
  onFindings: z.custom<(...args: unknown[]) => void>((v) => typeof v === 'function', 'expected a function').optional(),
});

const finding = (path: string, message: string, value: unknown, fix: string): Finding => ({
  path,
  rule: RULE_OPTIONS_RULE,
  level: 'error',
  message,
  ...(value !== undefined ? { value } : {}),
  fix,
});

/** Problems of the options, and the options with defaults applied (invalid values fall back to the default). */
export function checkRuleOptions(
  options: RulePackOptions | undefined,
  model: ResolvedModel,
): {
  /** Problems of the options, one finding each. */
  findings: Finding[];
  /** The options with defaults applied; an invalid value falls back to its default. */
  effective: EffectiveRuleOptions;
  /** False when the options don't have the shape of RulePackOptions (then `effective` is all defaults). */
  wellFormed: boolean;
} {
  const input = options ?? {};
  const parsed = optionsSchema.safeParse(input);
  if (!parsed.success) {
    const findings = parsed.error.issues.map((issue) => {
      const keys = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : undefined;
      const path = ['rules', ...issue.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`))]
        .join('')
        .replace(/\.\[/g, '[');
      return keys
        ? finding(
            path,
            `unknown rule pack option${keys.length === 1 ? '' : 's'} ${keys.map((k) => `"${k}"`).join(', ')}`,
            undefined,
            'remove it, or check its spelling against RulePackOptions',
          )
        : finding(path, issue.message, undefined, 'give the option the type RulePackOptions requires');
    });
    return { findings, effective: defaults({}), wellFormed: false };
  }
  const findings: Finding[] = [];
  let maximumActivation = DEFAULT_RULE_MAXIMUM_ACTIVATION;
  if (input.maximumActivation !== undefined) {
    const minutes = durationMinutes(input.maximumActivation);
    if (minutes === undefined || minutes <= 0) {
      findings.push(
        finding(
          'rules.maximumActivation',
          'the activation limit is not an ISO 8601 duration of hours and minutes',
          input.maximumActivation,
          'write it like PT4H or PT1H30M',
        ),
      );
    } else maximumActivation = input.maximumActivation;
  }
  const tasks = new Set(model.tasks.map((t) => t.name));
  (input.separationOfDuties ?? []).forEach((pair, i) => {
    pair.forEach((t, j) => {
      if (!tasks.has(t))
        findings.push(
          finding(
            `rules.separationOfDuties[${i}][${j}]`,
            `task "${t}" is not declared.${didYouMean(t, tasks)}`,
            t,
            'name a task of the definition (TASK_<ENV>_<NAME>)',
          ),
        );
    });
    if (pair[0] === pair[1])
      findings.push(
        finding(`rules.separationOfDuties[${i}]`, 'a task is paired with itself', pair, 'pair two different tasks'),
      );
  });
  const roles = new Set(model.roles.map((r) => r.name));
  (input.seniorApprovers ?? []).forEach((a, i) => {
    if (!roles.has(a) && !isUuid(a)) {
      findings.push(
        finding(
          `rules.seniorApprovers[${i}]`,
          `"${a}" is neither a role of the definition nor an object ID.${didYouMean(a, roles)}`,
          a,
          'name a declared role (ROLE_...) or give the object ID of an Entra user or group',
        ),
      );
    }
  });
  (input.securityNotifications ?? []).forEach((a, i) => {
    if (!/^[^@\s]+@[^@\s]+$/.test(a))
      findings.push(
        finding(
          `rules.securityNotifications[${i}]`,
          'not an e-mail address (PIM notifies addresses)',
          a,
          'give the security team mailbox, e.g. security@contoso.com',
        ),
      );
  });
  const effective = defaults(input);
  if (effective.limits.tokenGroupsWarning > effective.limits.tokenGroups) {
    findings.push(
      finding(
        'rules.limits.tokenGroupsWarning',
        `the warning threshold ${effective.limits.tokenGroupsWarning} is above the limit ${effective.limits.tokenGroups}`,
        effective.limits.tokenGroupsWarning,
        'set it below limits.tokenGroups',
      ),
    );
  }
  return {
    findings,
    wellFormed: true,
    effective: {
      ...effective,
      maximumActivation: canonicalActivation(maximumActivation),
      maximumActivationMinutes: durationMinutes(maximumActivation) as number,
    },
  };
}

function defaults(input: RulePackOptions): EffectiveRuleOptions {
  const limits: RuleLimits = {
    ...DEFAULT_RULE_LIMITS,
    ...Object.fromEntries(Object.entries(input.limits ?? {}).filter(([, v]) => v !== undefined)),
  };
  return {
    maximumActivation: DEFAULT_RULE_MAXIMUM_ACTIVATION,
    maximumActivationMinutes: durationMinutes(DEFAULT_RULE_MAXIMUM_ACTIVATION) as number,
    seniorApprovers: [...(input.seniorApprovers ?? [])],
    securityNotifications: [...(input.securityNotifications ?? [])],
    separationOfDuties: [...(input.separationOfDuties ?? [])],
    limits,
    ...(input.conditionalAccessPolicies !== undefined
      ? { conditionalAccessPolicies: input.conditionalAccessPolicies }
      : {}),
  };
}
