/**
 * Words for the values of a change: how a task is held, a policy's authentication, approvers. Built on
 * ../describe.ts so the diff says things as `explain` and the report do.
 */
import type { ResolvedJitPolicy } from '../../model/resolved';
import type { AccessWindow } from '../../model/time-bounds';
import type { AccessMode } from '../access-matrix';
import { approverLabel } from '../../model/approvers';
import { describeMode, describePolicy, describeWindow } from '../describe';
import type { ModelView } from './model-view';

/** ` [until 2026-12-31T23:59:59Z]` for time-bound access, `` when permanent. */
export function windowSuffix(w: AccessWindow | undefined): string {
  return w ? ` [${describeWindow(w)}]` : '';
}

/**
 * How a task is held, in words: `standing`, or `just-in-time (max PT4H, approval by ..., MFA, ...)` with the
 * task's policy on that side, and the window when time-bound.
 */
export function holdingText(view: ModelView, task: string, mode: AccessMode, window?: AccessWindow): string {
  const policy = mode === 'eligible' ? view.tasks.get(task)?.jit : undefined;
  return `${describeMode(mode)}${policy ? ` (${describePolicy(policy)})` : ''}${windowSuffix(window)}`;
}

/** The authentication a policy requires on activation: `MFA`, `authentication context c1`, or `none`. */
export function authenticationText(p: ResolvedJitPolicy): string {
  if (p.authenticationContext !== undefined) return `authentication context ${p.authenticationContext}`;
  return p.requireMfa ? 'MFA' : 'none';
}

/** Approvers in words, `ROLE_SNR_DEVELOPER or group engineering managers`; `none` without approval. */
export function approversText(p: ResolvedJitPolicy): string {
  return p.requireApproval && p.approvers.length > 0 ? p.approvers.map(approverLabel).join(' or ') : 'none';
}

/** `required` or `not required`. */
export function requiredText(required: boolean): string {
  return required ? 'required' : 'not required';
}

/** `ROLE_A`, `ROLE_A and ROLE_B`, `ROLE_A, ROLE_B and ROLE_C`. */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
