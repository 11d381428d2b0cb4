/**
 * Rules `empty`, `azure-scope`, `kubernetes-grant`, `vpn-prefix`, `object-id`: the values of grants, tasks,
 * members and accounts are ones Azure, Entra and Kubernetes accept.
 */
import { parseAzureScope } from '../azure-scope';
import { isUuid, isCidr } from '../formats';
import { baselinePath, rolePath, taskPath, type ValidationContext } from './context';
import { isDnsLabel } from './naming';

const SCOPE_FIX =
  'copy the resource ID as Azure shows it (JSON view in the portal): no "." or ".." segment, "//", trailing "/", space or encoded character';

/** Checks grant values, empty baselines and tasks, and every object ID. */
export function checkValues(ctx: ValidationContext): void {
  const d = ctx.definition;
  for (const b of d.baselines) {
    const p = baselinePath(b);
    if (b.grants.length === 0)
      ctx.report(
        `${p}.grants`,
        'empty',
        'a baseline must grant something',
        [],
        'add at least one grant (Azure role, directory role, Kubernetes or VPN pool)',
      );
    b.grants.forEach((g, i) => {
      const gp = `${p}.grants[${i}]`;
      if (g.kind === 'azureRole' || g.kind === 'azureCustomRole') {
        const parsed = parseAzureScope(g.scope);
        if (!parsed.ok)
          ctx.report(
            `${gp}.scope`,
            'azure-scope',
            `the scope is not an Azure resource ID of a management group, subscription, resource group or resource: ${parsed.reason}`,
            g.scope,
            `${SCOPE_FIX}, e.g. /subscriptions/<uuid>/resourceGroups/<rg>/providers/Microsoft.KeyVault/vaults/<name>`,
          );
      }
      if (g.kind === 'azureCustomRole') {
        const cr = ctx.customRoles.get(g.customRole);
        if (cr && !cr.assignableScopes.some((s) => isWithinScope(g.scope, s))) {
          ctx.report(
            `${gp}.scope`,
            'azure-scope',
            `the scope is outside the assignable scopes of custom role "${g.customRole}"`,
            g.scope,
            `add a parent of the scope to the role's assignableScopes (${cr.assignableScopes.join(', ')})`,
          );
        }
      }
      if (g.kind === 'kubernetes') {
        if ((g.namespace === undefined) === (g.clusterWide !== true)) {
          ctx.report(
            gp,
            'kubernetes-grant',
            'a Kubernetes grant needs exactly one of namespace and clusterWide: true',
            { namespace: g.namespace, clusterWide: g.clusterWide },
            'set namespace for a RoleBinding in that namespace, or clusterWide: true for a ClusterRoleBinding',
          );
        }
        if (g.namespace !== undefined && !isDnsLabel(g.namespace)) {
          ctx.report(
            `${gp}.namespace`,
            'kubernetes-grant',
            'a namespace must be a DNS label (lower-case letters, digits and "-", at most 63 characters)',
            g.namespace,
            `use e.g. "${g.namespace
              .toLowerCase()
              .replace(/[^a-z0-9-]/g, '-')
              .slice(0, 63)}"`,
          );
        }
        if ((g.clusterRole === undefined) === (g.rules === undefined)) {
          ctx.report(
            gp,
            'kubernetes-grant',
            'a Kubernetes grant needs exactly one of clusterRole and rules',
            { clusterRole: g.clusterRole, rules: g.rules },
            'bind a built-in ClusterRole (view, edit, admin, cluster-admin) or give custom rules',
          );
        }
        (g.rules ?? []).forEach((r, j) => {
          if (r.verbs.length === 0 || (r.resources.length === 0 && (r.nonResourceUrls ?? []).length === 0)) {
            ctx.report(
              `${gp}.rules[${j}]`,
              'kubernetes-grant',
              'a rule needs at least one verb and one resource (or non-resource URL)',
              r,
              'list the verbs and resources the rule allows',
            );
          }
        });
      }
      if (g.kind === 'vpnPool') {
        if (g.addressPrefixes.length === 0)
          ctx.report(
            `${gp}.addressPrefixes`,
            'vpn-prefix',
            'a VPN pool needs at least one address prefix',
            [],
            'add a prefix such as 172.16.1.0/24',
          );
        g.addressPrefixes.forEach((a, j) => {
          if (!isCidr(a))
            ctx.report(
              `${gp}.addressPrefixes[${j}]`,
              'vpn-prefix',
              'not an IPv4 CIDR prefix',
              a,
              `write it as address/length, e.g. "${a.includes('/') ? '172.16.1.0/24' : `${a}/24`}"`,
            );
        });
      }
    });
  }
  (d.vpn?.defaultAddressPrefixes ?? []).forEach((a, j) => {
    if (!isCidr(a))
      ctx.report(
        `vpn.defaultAddressPrefixes[${j}]`,
        'vpn-prefix',
        'not an IPv4 CIDR prefix',
        a,
        'write it as address/length, e.g. "172.16.0.0/24"',
      );
  });
  if (d.vpn) checkUuid(ctx, 'vpn.defaultGroupObjectId', d.vpn.defaultGroupObjectId);
  (d.customRoles ?? []).forEach((c, i) => {
    if (c.actions.length + (c.dataActions?.length ?? 0) === 0)
      ctx.report(
        `customRoles[${i}].actions`,
        'empty',
        `custom role "${c.name}" allows nothing`,
        [],
        'list its actions or data actions',
      );
    if (c.assignableScopes.length === 0)
      ctx.report(
        `customRoles[${i}].assignableScopes`,
        'empty',
        `custom role "${c.name}" has no assignable scope`,
        [],
        'list at least one scope; the first is where it is defined',
      );
    c.assignableScopes.forEach((s, j) => {
      const parsed = parseAzureScope(s);
      if (!parsed.ok)
        ctx.report(
          `customRoles[${i}].assignableScopes[${j}]`,
          'azure-scope',
          `not an Azure management group, subscription, resource group or resource ID: ${parsed.reason}`,
          s,
          `${SCOPE_FIX}, e.g. /subscriptions/<uuid>`,
        );
    });
  });
  for (const t of d.tasks) {
    if (t.baselines.length === 0)
      ctx.report(
        `${taskPath(t)}.baselines`,
        'empty',
        'a task must combine at least one baseline',
        [],
        'list the baselines the task needs',
      );
    (t.jit?.approvers ?? []).forEach((a, i) => {
      if (a.kind !== 'role') checkUuid(ctx, `${taskPath(t)}.jit.approvers[${i}].objectId`, a.objectId);
    });
  }
  for (const r of d.roles) {
    (r.members ?? []).forEach((m, i) => {
      const mp = `${rolePath(r)}.members[${i}]`;
      if (m.kind === 'user') {
        if ((m.objectId === undefined) === (m.userPrincipalName === undefined)) {
          ctx.report(
            mp,
            'object-id',
            'a user member needs exactly one of objectId and userPrincipalName',
            m,
            'give the object ID, or the UPN (looked up at plan time)',
          );
        }
      }
      if (m.objectId !== undefined) checkUuid(ctx, `${mp}.objectId`, m.objectId);
    });
  }
  (d.breakGlass ?? []).forEach((b, i) => checkUuid(ctx, `breakGlass[${i}].objectId`, b.objectId));
}

/** Whether `scope` is `parent` or lies below it (whole path segments, case-insensitively). */
function isWithinScope(scope: string, parent: string): boolean {
  const s = scope.toLowerCase();
  const p = parent.toLowerCase().replace(/\/+$/, '');
  return s === p || s.startsWith(`${p}/`);
}

function checkUuid(ctx: ValidationContext, path: string, value: string): void {
  if (!isUuid(value))
    ctx.report(
      path,
      'object-id',
      'an Entra object ID must be a UUID',
      value,
      'copy the object ID (not the display name or application ID) from Entra, e.g. 00000000-0000-0000-0000-000000000000',
    );
}
