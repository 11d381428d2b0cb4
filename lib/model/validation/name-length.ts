/**
 * Rule `name-length`: the names the definition builds fit where they go. A group's display name (`BASE_`, `TASK_`,
 * `ROLE_` built from its parts) is at most 256 characters, Entra's limit for a group's `displayName`
 * (https://learn.microsoft.com/en-us/graph/api/resources/group#properties); a Kubernetes Role, ClusterRole or binding
 * name is at most 253 characters, a DNS subdomain
 * (https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-subdomain-names).
 */
import { baselineName, kebabName, roleName, taskName } from '../names';
import { baselinePath, rolePath, taskPath, type ValidationContext } from './context';

const characters = (n: number): string => `${n} character${n === 1 ? '' : 's'}`;

/** Entra's limit on a group's display name. */
export const MAX_GROUP_DISPLAY_NAME = 256;
/** Kubernetes' limit on an object name that is a DNS subdomain (RBAC roles and bindings). */
export const MAX_KUBERNETES_OBJECT_NAME = 253;

function checkDisplayName(ctx: ValidationContext, path: string, name: string, parts: string): boolean {
  if (name.length <= MAX_GROUP_DISPLAY_NAME) return true;
  ctx.report(
    path,
    'name-length',
    `the group name built from the ${parts} is ${name.length} characters, over Entra's limit of ${MAX_GROUP_DISPLAY_NAME} for a group display name`,
    name,
    `shorten the ${parts} by ${characters(name.length - MAX_GROUP_DISPLAY_NAME)} or more`,
  );
  return false;
}

/** Checks the built names of baselines, tasks and roles, and the Kubernetes object names of baselines. */
export function checkNameLengths(ctx: ValidationContext): void {
  for (const b of ctx.definition.baselines) {
    const name = baselineName(b);
    if (!checkDisplayName(ctx, baselinePath(b), name, 'environment, service, scope and action parts')) continue;
    b.grants.forEach((g, i) => {
      if (g.kind !== 'kubernetes') return;
      const object = g.rules !== undefined ? kebabName(name) : `${kebabName(name)}-${g.clusterRole ?? ''}`;
      if (object.length <= MAX_KUBERNETES_OBJECT_NAME) return;
      ctx.report(
        `${baselinePath(b)}.grants[${i}]`,
        'name-length',
        `the Kubernetes object name "${object.slice(0, 40)}..." of this grant is ${object.length} characters, over Kubernetes' limit of ${MAX_KUBERNETES_OBJECT_NAME}`,
        object,
        `shorten the baseline's name parts by ${characters(object.length - MAX_KUBERNETES_OBJECT_NAME)} or more`,
      );
    });
  }
  for (const t of ctx.definition.tasks) checkDisplayName(ctx, taskPath(t), taskName(t), 'environment and name parts');
  for (const r of ctx.definition.roles) checkDisplayName(ctx, rolePath(r), roleName(r), 'name part');
}
