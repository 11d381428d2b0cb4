/**
 * The resolved security settings: exception approval and notification, Conditional Access policies the model
 * needs, and monitoring, with every default applied. Plain, sorted data (part of {@link ResolvedModel}).
 */
import type { Approver } from './definition';
import type { AlertFrequency } from './security-settings';

/** The exception settings applied to every high-privilege task's just-in-time policy. */
export interface ResolvedExceptions {
  /** The designated senior approvers, sorted. */
  readonly approvers: readonly Approver[];
  /** Security team addresses, sorted. */
  readonly notify: readonly string[];
  /** Authentication context required on activation, when set. */
  readonly authenticationContext?: string;
  /** High-privilege tasks the settings apply to, sorted. */
  readonly tasks: readonly string[];
}

/** A Conditional Access policy requiring multifactor authentication (built-in control `mfa`). */
export interface ConditionalAccessMfaGrant {
  /** The built-in controls required: `mfa`. */
  readonly builtInControls: readonly ['mfa'];
}

/** A Conditional Access policy requiring an authentication strength. */
export interface ConditionalAccessStrengthGrant {
  /** ID of the authentication strength policy. */
  readonly authenticationStrengthPolicyId: string;
}

/**
 * A Conditional Access policy the model needs, in a simple shape (the rule pack checks `excludedUsers`; the
 * constructs render it). Break-glass accounts are in `excludedUsers` of every policy, by construction.
 */
export interface ResolvedConditionalAccessPolicy {
  /** Stable identifier, used for Terraform names, e.g. `CA_EXCEPTION_ACTIVATION_C1`. */
  readonly name: string;
  /** Display name in Entra, e.g. `task-access: exception activation (authentication context c1)`. */
  readonly displayName: string;
  /** Why the policy exists. */
  readonly purpose: 'exception-activation';
  /** Policy state. */
  readonly state: 'enabled' | 'enabledForReportingButNotEnforced' | 'disabled';
  /** The authentication context the policy targets (`applications.includeAuthenticationContextClassReferences`). */
  readonly authenticationContext: string;
  /** `['All']`, or empty when the policy targets role groups. */
  readonly includedUsers: readonly string[];
  /** Role groups (names of the definition) the policy targets, sorted; empty when it targets all users. */
  readonly includedRoles: readonly string[];
  /** Object IDs excluded: every break-glass account, sorted. */
  readonly excludedUsers: readonly string[];
  /** What the policy requires: MFA, or an authentication strength. */
  readonly grant: ConditionalAccessMfaGrant | ConditionalAccessStrengthGrant;
  /** Tasks whose activation requests the context, sorted. */
  readonly tasks: readonly string[];
}

/** A new action group that e-mails the security team. */
export interface NewActionGroup {
  /** Discriminant. */
  readonly kind: 'new';
  /** E-mail receivers, sorted. */
  readonly emails: readonly string[];
  /** Short name (1-12 characters). */
  readonly shortName: string;
}

/** An existing action group, by resource ID. */
export interface ExistingActionGroup {
  /** Discriminant. */
  readonly kind: 'existing';
  /** Resource ID of the action group. */
  readonly id: string;
}

/** Who monitoring alerts notify. */
export type ResolvedActionGroup = NewActionGroup | ExistingActionGroup;

/** Monitoring settings with defaults applied. */
export interface ResolvedMonitoring {
  /** Log Analytics workspace resource ID. */
  readonly workspaceId: string;
  /**
   * Subscription of the workspace (from its resource ID): every monitoring resource's azurerm provider targets
   * it, so the action group and alert rules are created there.
   */
  readonly subscriptionId: string;
  /** Region of the alert rules. */
  readonly location: string;
  /** Resource group of the alert rules and the action group, in the workspace's subscription. */
  readonly resourceGroupName: string;
  /** Who the alerts notify. */
  readonly actionGroup: ResolvedActionGroup;
  /** Whether the Entra diagnostic setting is created. */
  readonly diagnosticSetting: boolean;
  /** Whether saved searches are created. */
  readonly savedSearches: boolean;
  /** Alert frequency and window. */
  readonly alertFrequency: AlertFrequency;
  /** Prefix of every monitoring resource name. */
  readonly namePrefix: string;
}
