/** Just-in-time policy defaults. */
import { compareApprovers } from './approvers';
import type { JitPolicy, ModelSettings } from './definition';
import { canonicalActivation } from './duration';
import type { ResolvedJitPolicy } from './resolved';

/**
 * Default maximum activation when neither the task nor the settings give one: the task-based access model's "e.g., 4
 * hours" (docs/definition.md).
 */
export const DEFAULT_MAXIMUM_ACTIVATION = 'PT4H';

/** Applies the defaults of a JIT policy. */
export function resolveJitPolicy(jit: JitPolicy, settings?: ModelSettings): ResolvedJitPolicy {
  const approvers = [...(jit.approvers ?? [])].sort(compareApprovers);
  return {
    maximumActivation: canonicalActivation(
      jit.maximumActivation ?? settings?.defaultMaximumActivation ?? DEFAULT_MAXIMUM_ACTIVATION,
    ),
    requireJustification: jit.requireJustification ?? true,
    requireTicket: jit.requireTicket ?? false,
    requireApproval: approvers.length > 0,
    approvers,
    requireMfa: jit.authenticationContext !== undefined ? false : (jit.requireMfa ?? true),
    ...(jit.authenticationContext !== undefined ? { authenticationContext: jit.authenticationContext } : {}),
    notifyOnActivation: [...(jit.notifyOnActivation ?? [])].sort(),
    eligibilityExpiry: jit.eligibilityExpiry ?? 'never',
  };
}
