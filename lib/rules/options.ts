/**
 * Options of the rule pack: the limits and designations the rules check against, and suppressions.
 * Every option has a default taken from the task-based access model (docs/definition.md) or Microsoft's documented
 * limits (each cited below), so `{}` is a complete configuration.
 */
import type { RulePackResult } from './pack';

/**
 * Silences the findings of one rule on one element, with a reason. The reason is listed in every result
 * (`task-access lint` prints it), for audit.
 *
 * @example
 * { rule: 'jit-max-activation', path: 'tasks.TASK_PROD_MIGRATION.jit.maximumActivation',
 *   reason: 'CHG-1234: the yearly data migration runs for 8 hours; reviewed by the security team' }
 */
export interface RuleSuppression {
  /** Id of the rule, e.g. `jit-max-activation`. Rules marked unsuppressible can't be suppressed. */
  readonly rule: string;
  /**
   * Path of the element, as the finding prints it, or of an ancestor: `tasks.TASK_X` also covers
   * `tasks.TASK_X.jit.maximumActivation`. A suppression that matches no finding is an error.
   */
  readonly path: string;
  /** Why the finding is acceptable: at least 10 characters (a ticket number and a sentence). */
  readonly reason: string;
}

/** A Conditional Access policy, as far as the `break-glass-ca-exclusion` rule needs it. */
export interface ConditionalAccessPolicySummary {
  /** Display name of the policy. */
  readonly name: string;
  /** Object IDs of the users the policy excludes (`conditions.users.excluded_users`). @default - none */
  readonly excludedUsers?: readonly string[];
}

/** Platform limits the `limits/` rules check. */
export interface RuleLimits {
  /**
   * Role-assignable groups per tenant (Microsoft Entra service limits,
   * https://learn.microsoft.com/entra/identity/users/directory-service-limits-restrictions). @default 500
   */
  readonly roleAssignableGroups: number;
  /**
   * Groups in a token before the groups claim overflows into an overage claim (200 in a JWT,
   * https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference#groups-overage-claim).
   * Past it `token-group-limit` fails a workload identity (AKS rejects its token) and `token-group-headroom` warns
   * for a user (AKS looks the groups up in Graph). @default 200
   */
  readonly tokenGroups: number;
  /** Group count from which `token-group-headroom` warns. @default 150 */
  readonly tokenGroupsWarning: number;
  /** Groups every principal is in outside this definition (all-staff, licensing...), added to each count. @default 0 */
  readonly groupsOutsideDefinition: number;
  /**
   * Azure role assignments per subscription (Azure RBAC limits,
   * https://learn.microsoft.com/azure/role-based-access-control/troubleshoot-limits). @default 4000
   */
  readonly roleAssignmentsPerSubscription: number;
  /** Azure role assignments per management group (same source). @default 500 */
  readonly roleAssignmentsPerManagementGroup: number;
  /**
   * Point-to-site VPN user groups per gateway (About user groups and IP address pools,
   * https://learn.microsoft.com/azure/vpn-gateway/point-to-site-user-groups-about). @default 90
   */
  readonly vpnGroupsPerGateway: number;
}

/** The platform limits, with their sources in {@link RuleLimits}. */
export const DEFAULT_RULE_LIMITS: RuleLimits = {
  roleAssignableGroups: 500,
  tokenGroups: 200,
  tokenGroupsWarning: 150,
  groupsOutsideDefinition: 0,
  roleAssignmentsPerSubscription: 4000,
  roleAssignmentsPerManagementGroup: 500,
  vpnGroupsPerGateway: 90,
};

/**
 * Default longest activation the task-based access model accepts ("e.g., 4 hours", docs/rules.md
 * `jit-max-activation`).
 */
export const DEFAULT_RULE_MAXIMUM_ACTIVATION = 'PT4H';

/** Two tasks no role (and no principal) may hold together. */
export type SeparationOfDutiesPair = readonly [string, string];

/** Options of the rule pack (`rules` prop of TaskAccessModel / TaskAccessStacks, `task-access lint --rules`). */
export interface RulePackOptions {
  /** Longest maximum activation a just-in-time task may have (ISO 8601). @default 'PT4H' */
  readonly maximumActivation?: string;
  /**
   * The designated senior approvers of high-privilege tasks, as the checker sees them: role names of the definition
   * (`ROLE_SECURITY_LEADS`) or object IDs of Entra users or groups.
   * @default - the definition's `exceptions.approvers`; with neither, a high-privilege task is a finding
   */
  readonly seniorApprovers?: readonly string[];
  /**
   * Security team addresses every high-privilege activation must notify (`jit.notifyOnActivation`).
   * @default - the definition's `exceptions.notify`; with neither, a high-privilege task is a finding
   */
  readonly securityNotifications?: readonly string[];
  /** Task pairs no role or principal may hold together, standing or eligible. @default - none */
  readonly separationOfDuties?: readonly SeparationOfDutiesPair[];
  /** Platform limits. @default - {@link DEFAULT_RULE_LIMITS} */
  readonly limits?: Partial<RuleLimits>;
  /**
   * Conditional Access policies of the tenant, besides the ones the model produces, that the break-glass accounts
   * must be excluded from. @default - none (`break-glass-ca-exclusion` then checks the model's own policies only)
   */
  readonly conditionalAccessPolicies?: readonly ConditionalAccessPolicySummary[];
  /** Reasoned suppressions. @default - none */
  readonly suppressions?: readonly RuleSuppression[];
  /**
   * At synthesis, whether error findings stop it (throw `RulePackError`, nothing is written). `false` reports them
   * with the warnings instead: for adopting the pack on an existing model, or construct tests of random
   * definitions; never in a deployment pipeline. `task-access lint` ignores it. @default true
   */
  readonly failOnErrors?: boolean;
  /**
   * At synthesis, what to do with the findings that don't stop it (warnings; errors too when `failOnErrors` is
   * false). @default - print them to stderr
   */
  readonly onFindings?: (result: RulePackResult, text: string) => void;
}

/** The options with every default applied, as rules read them. */
export interface EffectiveRuleOptions {
  /** Canonical ISO 8601 limit, e.g. `PT4H`. */
  readonly maximumActivation: string;
  /** The same in minutes. */
  readonly maximumActivationMinutes: number;
  /** `seniorApprovers` as given (empty: the definition's `exceptions` decide). */
  readonly seniorApprovers: readonly string[];
  /** `securityNotifications` as given (empty: the definition's `exceptions` decide). */
  readonly securityNotifications: readonly string[];
  /** The separation-of-duties pairs. */
  readonly separationOfDuties: readonly SeparationOfDutiesPair[];
  /** Every limit, defaults filled in. */
  readonly limits: RuleLimits;
  /** Undefined when none were given (the CA rule then does not apply). */
  readonly conditionalAccessPolicies?: readonly ConditionalAccessPolicySummary[];
}
