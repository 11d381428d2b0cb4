/**
 * The free text of a definition, as the resolved model keeps it: every string a person writes and no pattern
 * checks (descriptions, owners, display names, custom role names), with the definition path of the element
 * declaring it. Names that validation checks against a pattern (environments, name parts of baselines, tasks and
 * roles, clusters, applications, credential names, namespaces) can hold no control or invisible character, so they
 * are not listed here (the `naming` and `federated-credential` problems report them).
 */
import type { Approver } from '../../model/definition';
import type { DeclaredId } from '../../model/definition-paths';
import type { RuleContext } from '../context';
import { baselinePath, memberPath, rolePath, taskPath } from '../paths';

/** One free-text field of the definition. */
export interface DefinitionText {
  /** Path of the element declaring it, e.g. `tasks.TASK_PROD_DEPLOYMENT` or `roles.ROLE_DEVELOPER.members[0]`. */
  readonly path: string;
  /** The field, e.g. `description`. */
  readonly field: string;
  /** The element, for people, e.g. `task TASK_PROD_DEPLOYMENT`. */
  readonly element: string;
  /** The text, as written. */
  readonly text: string;
}

/** The path of an approver by its role name or object ID, in a declared list, else the list's path. */
function approverPath(declared: readonly DeclaredId[] | undefined, a: Approver, list: string): string | undefined {
  const id = a.kind === 'role' ? a.role : a.objectId;
  if (declared === undefined) return list;
  return declared.find((d) => d.id === id)?.path;
}

/** Every free-text field of the model's definition that holds text, in definition-path order. */
export function definitionTexts(ctx: RuleContext): DefinitionText[] {
  const m = ctx.model;
  const paths = m.paths;
  const out: DefinitionText[] = [];
  const add = (path: string, element: string, field: string, text: string | undefined): void => {
    if (text !== undefined && text !== '') out.push({ path, field, element, text });
  };
  for (const e of m.environments)
    add(paths?.environments[e.name] ?? 'environments', `environment ${e.name}`, 'description', e.description);
  for (const c of m.clusters)
    add(paths?.clusters[c.name] ?? 'clusters', `cluster ${c.name}`, 'description', c.description);
  for (const c of m.customRoles) {
    const p = paths?.customRoles[c.name] ?? 'customRoles';
    add(p, `custom role ${c.name}`, 'name', c.name);
    add(p, `custom role ${c.name}`, 'description', c.description);
  }
  for (const b of m.baselines) add(baselinePath(b.name), `baseline ${b.name}`, 'description', b.description);
  for (const t of m.tasks) {
    add(taskPath(t.name), `task ${t.name}`, 'description', t.description);
    add(taskPath(t.name), `task ${t.name}`, 'owner', t.owner);
    // A high-privilege task's approvers are exceptions.approvers (they replace its own): reported there, once.
    const own = t.highPrivilege && m.exceptions ? [] : (t.jit?.approvers ?? []);
    for (const a of own) {
      const p =
        a.kind === 'role'
          ? undefined
          : approverPath(paths?.tasks[t.name]?.approvers, a, `${taskPath(t.name)}.jit.approvers`);
      if (p !== undefined && a.kind !== 'role') add(p, `an approver of task ${t.name}`, 'displayName', a.displayName);
    }
  }
  for (const r of m.roles) {
    add(rolePath(r.name), `role ${r.name}`, 'description', r.description);
    add(rolePath(r.name), `role ${r.name}`, 'owner', r.owner);
    for (const member of r.members)
      add(memberPath(ctx, r.name, member.key), `a member of role ${r.name}`, 'displayName', member.displayName);
  }
  for (const b of m.breakGlass)
    add(
      paths?.breakGlass[b.objectId] ?? 'breakGlass',
      `break-glass account ${b.objectId}`,
      'displayName',
      b.displayName,
    );
  for (const a of m.applications ?? []) {
    add(`applications.${a.name}`, `application ${a.name}`, 'description', a.description);
    for (const c of a.federatedCredentials)
      add(
        paths?.federatedCredentials[a.name]?.[c.name] ?? `applications.${a.name}.federatedCredentials`,
        `federated credential ${c.name} of application ${a.name}`,
        'description',
        c.description,
      );
  }
  for (const a of m.exceptions?.approvers ?? []) {
    if (a.kind === 'role') continue;
    const p = approverPath(paths?.exceptionApprovers, a, 'exceptions.approvers');
    if (p !== undefined) add(p, 'a senior approver (exceptions.approvers)', 'displayName', a.displayName);
  }
  return out;
}
