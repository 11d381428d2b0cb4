/**
 * Exception (high-privilege) tasks, as the task-based access model has them (docs/security.md): the definition's
 * `exceptions` settings applied to each such task's just-in-time policy, so the emitted PIM policy states the senior
 * approvers, the security team's addresses and the authentication context explicitly.
 */
import { compareApprovers } from './approvers';
import type { ResolvedJitPolicy } from './resolved';
import type { ResolvedExceptions } from './resolved-security';
import type { ExceptionSettings } from './security-settings';

/** Sorted, de-duplicated (case-insensitively, first spelling kept) addresses. */
export function mergeAddresses(...lists: readonly (readonly string[])[]): string[] {
  const seen = new Map<string, string>();
  for (const list of lists) for (const a of list) if (!seen.has(a.toLowerCase())) seen.set(a.toLowerCase(), a);
  return [...seen.values()].sort();
}

/** The exception settings with defaults applied, for the given high-privilege tasks. */
export function resolveExceptions(settings: ExceptionSettings, tasks: readonly string[]): ResolvedExceptions {
  return {
    approvers: [...settings.approvers].sort(compareApprovers),
    notify: mergeAddresses(settings.notify),
    ...(settings.authenticationContext !== undefined ? { authenticationContext: settings.authenticationContext } : {}),
    tasks: [...tasks].sort(),
  };
}

/**
 * The policy of an exception task: approval by the senior approvers only (they replace the task's approvers),
 * the security team added to the activation notifications, and the exception authentication context (which
 * replaces MFA on activation) when one is set.
 */
export function applyExceptionPolicy(policy: ResolvedJitPolicy, exceptions: ResolvedExceptions): ResolvedJitPolicy {
  const context = exceptions.authenticationContext ?? policy.authenticationContext;
  const { authenticationContext: _ignored, ...rest } = policy;
  void _ignored;
  return {
    ...rest,
    requireApproval: exceptions.approvers.length > 0,
    approvers: exceptions.approvers,
    requireMfa: context !== undefined ? false : policy.requireMfa,
    ...(context !== undefined ? { authenticationContext: context } : {}),
    notifyOnActivation: mergeAddresses(policy.notifyOnActivation, exceptions.notify),
  };
}
