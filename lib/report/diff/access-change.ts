/**
 * One access change between two resolved models, and the whole diff: what `task-access diff` prints. Plain data,
 * sorted highest risk first.
 */
import type { AccessRisk } from './risk';
import { compareRisk } from './risk';

/**
 * What changed. Role-level kinds (`task-*`, `*-to-*`, windows) name a role and a task; member kinds a role and a
 * member; policy kinds a task; grant kinds a baseline.
 */
export type AccessChangeKind =
  // roles and their members
  | 'role-added'
  | 'role-removed'
  | 'role-renamed'
  | 'member-added'
  | 'member-removed'
  // how a role holds a task
  | 'task-gained'
  | 'task-lost'
  | 'eligible-to-standing'
  | 'standing-to-eligible'
  // time-bound holdings and memberships (`from`/`until`)
  | 'expiry-removed'
  | 'expiry-extended'
  | 'expiry-added'
  | 'expiry-shortened'
  | 'start-earlier'
  | 'start-later'
  // tasks and their just-in-time policy
  | 'task-renamed'
  | 'exception-removed'
  | 'exception-added'
  | 'activation-maximum-raised'
  | 'activation-maximum-lowered'
  | 'approval-removed'
  | 'approval-added'
  | 'approvers-changed'
  | 'mfa-removed'
  | 'mfa-added'
  | 'activation-authentication-changed'
  | 'justification-removed'
  | 'justification-added'
  | 'ticket-removed'
  | 'ticket-added'
  | 'activation-notification-removed'
  | 'activation-notification-added'
  | 'eligibility-expiry-removed'
  | 'eligibility-expiry-extended'
  | 'eligibility-expiry-added'
  | 'eligibility-expiry-shortened'
  | 'task-baseline-added'
  | 'task-baseline-removed'
  // baselines and what they grant
  | 'baseline-renamed'
  | 'grant-added'
  | 'grant-removed'
  | 'grant-role-changed'
  | 'grant-scope-changed'
  | 'grant-pool-changed'
  | 'custom-role-permissions-changed'
  // the directory
  | 'break-glass-added'
  | 'break-glass-removed'
  | 'federated-credential-added'
  | 'federated-credential-removed'
  | 'environment-unprotected'
  | 'environment-protected'
  // the owners of every group
  | 'group-owner-added'
  | 'group-owner-removed'
  | 'deploying-identity-changed';

/** What kind of element a change is about. */
export type AccessChangeSubject =
  'role' | 'task' | 'baseline' | 'custom-role' | 'break-glass' | 'application' | 'environment' | 'group-owners';

/** One access change, with its risk and who it affects. */
export interface AccessChange {
  /** What changed. */
  readonly kind: AccessChangeKind;
  /** How risky the change is; see {@link AccessRisk} and the classification table in docs/diff.md. */
  readonly risk: AccessRisk;
  /** What kind of element {@link AccessChange.subject} is. */
  readonly subjectType: AccessChangeSubject;
  /**
   * The element changed: a role, task or baseline name, a custom role name, a break-glass account's object ID, an
   * application name, an environment, or a group owner's object ID (`deploying identity` when the deploying
   * identity changed). For a rename, the new name.
   */
  readonly subject: string;
  /** For a change in how a role holds a task: the task. */
  readonly task?: string;
  /** For a member change: the member's key (object ID, user principal name, or `app:<name>`). */
  readonly member?: string;
  /** The value before, in words (`just-in-time (max PT4H, ...)`, `PT4H`, an Azure grant); absent when it did not exist. */
  readonly before?: string;
  /** The value after, in words; absent when it no longer exists. */
  readonly after?: string;
  /** The change in one sentence. */
  readonly summary: string;
  /** Why the change has its risk. */
  readonly reason: string;
  /** Roles whose access changes, or that hold the task or baseline changed, sorted. */
  readonly roles: readonly string[];
  /** Keys of the principals whose access changes, sorted (details in {@link AccessDiff.principals}). */
  readonly principals: readonly string[];
}

/** A principal's part of the diff: its effective tasks before and after, and the changes that affect it. */
export interface PrincipalDiff {
  /** Object ID, user principal name, or `app:<name>` (as in access-model.json); a break-glass account's object ID. */
  readonly key: string;
  /** Display name. */
  readonly label: string;
  /** What the principal is: a role member's kind, `break-glass`, or `group-owner`. */
  readonly kind: string;
  /** The highest risk of the changes that affect it. */
  readonly risk: AccessRisk;
  /** Tasks whose effective access changed (the union over the principal's roles), sorted by task. */
  readonly tasks: readonly PrincipalTaskChange[];
  /** Positions in {@link AccessDiff.changes} of the changes that affect the principal. */
  readonly changes: readonly number[];
}

/** How a principal's effective access to one task changed. */
export interface PrincipalTaskChange {
  /** The task. */
  readonly task: string;
  /** `standing` or `just-in-time`, with its window when time-bound; absent when the principal did not reach it. */
  readonly before?: string;
  /** The same after the change; absent when the principal no longer reaches it. */
  readonly after?: string;
}

/** How many changes there are at each risk. */
export interface AccessDiffCounts {
  /** Every change. */
  readonly total: number;
  /** High-risk changes. */
  readonly high: number;
  /** Medium-risk changes. */
  readonly medium: number;
  /** Low-risk changes. */
  readonly low: number;
}

/** The access meaning of a change to the model: every access change, highest risk first, and per principal. */
export interface AccessDiff {
  /** Counts per risk. */
  readonly counts: AccessDiffCounts;
  /** Every change: highest risk first, then by subject, task or member, kind and values. */
  readonly changes: readonly AccessChange[];
  /** Principals affected: highest risk first, then by label and key. */
  readonly principals: readonly PrincipalDiff[];
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The order of {@link AccessDiff.changes}: highest risk first, then subject, task or member, kind, values. */
export function compareChanges(a: AccessChange, b: AccessChange): number {
  return (
    compareRisk(a.risk, b.risk) ||
    cmp(a.subject, b.subject) ||
    cmp(a.task ?? a.member ?? '', b.task ?? b.member ?? '') ||
    cmp(a.kind, b.kind) ||
    cmp(a.before ?? '', b.before ?? '') ||
    cmp(a.after ?? '', b.after ?? '')
  );
}
