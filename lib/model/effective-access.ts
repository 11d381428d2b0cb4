/**
 * Effective access, the one derivation: the paths of a role to its tasks, and of a member through the role (each
 * path's window the member's window in the role intersected with the role's window on the task). Resolution builds
 * the principals from it and the access matrix (lib/report/access-matrix.ts) the views of roles and principals.
 */
import type { ResolvedRole } from './resolved';
import { intersectWindows, type AccessWindow } from './time-bounds';

/** How a task is held: permanently (`standing`) or activated just in time through PIM (`eligible`). */
export type AccessMode = 'standing' | 'eligible';

/** One way a role reaches a task: the role, its inheritance chain and the mode. */
export interface AccessPath {
  /** The role the access belongs to (for a principal: one of the principal's roles). */
  readonly role: string;
  /** Inheritance chain from `role` to the role that declares the task, e.g. `[ROLE_SNR_DEVELOPER, ROLE_DEVELOPER]`. */
  readonly via: readonly string[];
  /** The task. */
  readonly task: string;
  /** Standing or eligible. */
  readonly mode: AccessMode;
  /**
   * When the access starts and ends, for time-bound access (the role's window on the task; for a principal,
   * intersected with the member's window in the role). Absent when permanent.
   */
  readonly window?: AccessWindow;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const windowKey = (w?: AccessWindow): string => `${w?.from ?? ''}..${w?.until ?? ''}`;

/** The order of paths: by role, task, mode, inheritance chain, then window. */
export function compareAccessPaths(a: AccessPath, b: AccessPath): number {
  return (
    cmp(a.role, b.role) ||
    cmp(a.task, b.task) ||
    cmp(a.mode, b.mode) ||
    cmp(a.via.join('>'), b.via.join('>')) ||
    cmp(windowKey(a.window), windowKey(b.window))
  );
}

/** A key equal for equal paths (role, task, mode, chain and window). */
export function accessPathKey(p: AccessPath): string {
  return `${p.role}\u0000${p.task}\u0000${p.mode}\u0000${p.via.join('>')}\u0000${windowKey(p.window)}`;
}

/**
 * The paths of a role to its tasks: standing ones, then eligible ones, each in the role's order (by task). For a
 * member of the role, pass the member's window: each path's window is then the intersection of the member's and
 * the task's. `rolePaths` sorts them.
 */
export function roleTaskPaths(role: ResolvedRole, memberWindow?: AccessWindow): AccessPath[] {
  const path = (a: ResolvedRole['standing'][number], mode: AccessMode): AccessPath => {
    const window = intersectWindows(memberWindow, a.window);
    return { role: role.name, via: [...a.via], task: a.task, mode, ...(window ? { window } : {}) };
  };
  return [...role.standing.map((a) => path(a, 'standing')), ...role.eligible.map((a) => path(a, 'eligible'))];
}

/** The paths of a role to its tasks (`roleTaskPaths`), sorted by role, task, mode, chain and window. */
export function rolePaths(role: ResolvedRole, memberWindow?: AccessWindow): AccessPath[] {
  return roleTaskPaths(role, memberWindow).sort(compareAccessPaths);
}
