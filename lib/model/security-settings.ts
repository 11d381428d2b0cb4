/**
 * Security settings of a definition: how exception (high-privilege) tasks are approved and announced, and where
 * activations and break-glass sign-ins are watched. Plain data, no cdktf.
 */
import type { Approver } from './definition';

/** Who a Conditional Access policy for the exception authentication context applies to. */
export type ExceptionPolicyUsers = 'all' | 'eligible-roles';

/**
 * The Conditional Access policy the exception authentication context needs: without a policy targeting the
 * context, requiring it on activation enforces nothing.
 */
export interface ExceptionConditionalAccess {
  /**
   * `all`: every user (the context is only requested at activation, so this is the usual choice); `eligible-roles`:
   * the role groups eligible for an exception task. Never the task group itself: during activation the user is not
   * yet its member
   * (https://learn.microsoft.com/entra/id-governance/privileged-identity-management/groups-role-settings). Break-glass
   * accounts are always excluded.
   * @default 'all'
   */
  readonly users?: ExceptionPolicyUsers;
  /**
   * Authentication strength policy ID required (e.g. the built-in phishing-resistant MFA strength
   * `00000000-0000-0000-0000-000000000004`).
   * @default - the built-in control `mfa`
   */
  readonly authenticationStrengthPolicyId?: string;
  /** State of the policy. @default 'enabled' */
  readonly state?: 'enabled' | 'enabledForReportingButNotEnforced' | 'disabled';
}

/**
 * Exception tasks (`highPrivilege: true`), as the task-based access model has them (docs/security.md): approved
 * only by the designated senior approvers, every activation announced to the security team, optionally behind a
 * Conditional Access authentication context. The resolution applies these to each exception task's just-in-time
 * policy, so the emitted PIM policy states them.
 */
export interface ExceptionSettings {
  /**
   * The designated senior approvers: the only approvers of an exception task (they replace the task's own).
   * At least one.
   */
  readonly approvers: readonly Approver[];
  /** Security team addresses notified of every activation of an exception task (added to the task's own). At least one. */
  readonly notify: readonly string[];
  /**
   * Conditional Access authentication context ID (`c1`..`c99`) required on activation of an exception task,
   * instead of plain MFA. @default - none: MFA as the task's policy says
   */
  readonly authenticationContext?: string;
  /** The Conditional Access policy of the context. @default - every user, MFA, enabled */
  readonly conditionalAccess?: ExceptionConditionalAccess;
}

/** Who an alert notifies: a new action group with e-mail receivers, or an existing action group. */
export interface ActionGroupSettings {
  /** Addresses of a new action group (`azurerm_monitor_action_group`). Exactly one of `emails` and `existingId`. */
  readonly emails?: readonly string[];
  /** Resource ID of an existing action group. */
  readonly existingId?: string;
  /** Short name of a new action group, 1-12 characters (shown in SMS and e-mail). @default 'taskaccess' */
  readonly shortName?: string;
}

/** How often alert rules run (ISO 8601); the window is the same length. */
export type AlertFrequency = 'PT5M' | 'PT10M' | 'PT15M' | 'PT30M' | 'PT1H';

/**
 * Monitoring of the access model in a Log Analytics workspace that receives Entra sign-in and audit logs:
 * a severity-0 alert on any break-glass sign-in, an alert on any activation of an exception task, saved queries of
 * PIM activations per task and per role, and (optionally) the diagnostic setting that sends the logs there.
 */
export interface MonitoringSettings {
  /** Resource ID of the Log Analytics workspace, `/subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.OperationalInsights/workspaces/<name>`. */
  readonly workspaceId: string;
  /** Azure region of the alert rules, normally the workspace's, e.g. `westeurope`. */
  readonly location: string;
  /**
   * Resource group of the alert rules and action group. It must be in the workspace's subscription: they are
   * created there. @default - the workspace's resource group
   */
  readonly resourceGroupName?: string;
  /** Who the alerts notify. */
  readonly actionGroup: ActionGroupSettings;
  /**
   * Create the Entra diagnostic setting (`azurerm_monitor_aad_diagnostic_setting`) sending AuditLogs and
   * SignInLogs to the workspace. Leave it off when the tenant already sends them (only one setting per
   * destination is useful, and the resource needs a user identity: it can't be created with a service principal).
   * @default false
   */
  readonly diagnosticSetting?: boolean;
  /** Saved searches of PIM activations per task and per role in the workspace. @default true */
  readonly savedSearches?: boolean;
  /** How often the alert rules run, and the window they look at. @default 'PT5M' */
  readonly alertFrequency?: AlertFrequency;
  /** Prefix of every Azure resource name created for monitoring (lower-case letters, digits, `-`). @default 'task-access' */
  readonly namePrefix?: string;
}
