/**
 * What an export holds that the definition does not take as it is: each finding names the object (display name and
 * ID) and says which change of the definition would express it. Nothing in an export is dropped without one.
 */
import type { ExportObjectRef } from './existing-object';

/** The kinds of finding. */
export type AdoptionFindingKind =
  /** A group that follows none of the BASE_/TASK_/ROLE_ conventions and no mapping names. */
  | 'non-conforming-group'
  /** A user, service principal or other group made a member of a BASE_ group directly. */
  | 'direct-baseline-grant'
  /** A user or service principal made a member of (or eligible for) a TASK_ group directly, not through a role. */
  | 'direct-task-grant'
  /** A ROLE_ group holding a BASE_ group (a member of it or eligible for it). */
  | 'role-holds-baseline'
  /** A task holding a baseline of another environment. */
  | 'task-environment-mismatch'
  /** A ROLE_ group that is a member of another ROLE_ group (roles are never nested; use `inherits`). */
  | 'nested-role'
  /** A group nested where the model has no such link (a TASK_ in a TASK_, a BASE_ in anything). */
  | 'unexpected-nesting'
  /** A PIM policy the definition cannot express (a duration PIM takes but the definition doesn't, multi-stage approval, ...). */
  | 'inexpressible-policy'
  /** A schedule that has ended. */
  | 'expired-schedule'
  /** An activation in progress: the member is there because of PIM, not standing. */
  | 'activation-in-progress'
  /** An assignment, schedule or binding whose principal or group is no group of the export. */
  | 'outside-export'
  /** A baseline group with no grant the export shows (a VPN pool lives on the gateway). */
  | 'baseline-without-grants'
  /** An owner of some groups only (`settings.groupOwners` owns every group). */
  | 'extra-owner'
  /** A Kubernetes binding the definition's grants cannot express (a Role of its own rules, several subjects, ...). */
  | 'inexpressible-binding'
  /** A directory role assigned to a user directly, taken as a break-glass account (Global Administrator) or not taken. */
  | 'direct-directory-role'
  /** An object the definition expresses, but not at an address the library synthesizes, so it isn't imported. */
  | 'not-synthesized'
  /** An export file whose last page has an `@odata.nextLink`: the export of that kind is incomplete. */
  | 'incomplete-export'
  /** Something the importer assumed: check it (an environment marked protected, a break-glass account). */
  | 'assumption'
  /**
   * Text the definition keeps as the tenant has it (a description, a display name, a custom role's name or
   * description) holding a control, bidirectional formatting or invisible character, which the rule
   * `hidden-character` refuses until it is retyped or suppressed.
   */
  | 'hidden-character';

/** One finding. */
export interface AdoptionFinding {
  /** What kind of finding. */
  readonly kind: AdoptionFindingKind;
  /** The object in the export. */
  readonly object: ExportObjectRef;
  /** What is wrong or assumed, in words. */
  readonly message: string;
  /** The definition change that would express it, or what to do. */
  readonly suggestion: string;
}

/** Findings in a stable order: by kind, then object name, then ID. */
export function sortFindings(findings: readonly AdoptionFinding[]): AdoptionFinding[] {
  const key = (f: AdoptionFinding) => [f.kind, f.object.what, f.object.name, f.object.id, f.message];
  return [...findings].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return (ka[i] as string) < (kb[i] as string) ? -1 : 1;
    return 0;
  });
}
