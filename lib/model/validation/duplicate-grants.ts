/**
 * Rule `duplicate-grant`: a baseline grants each thing once. The same grant twice would be the same resource twice
 * (synthesis fails), and the same Azure role at scopes differing only by letter case is one assignment to Azure
 * (the second apply fails with 409 Conflict, RoleAssignmentExists); two custom-rule Kubernetes grants in one
 * namespace (or both cluster-wide) on one cluster would both be the baseline's one Role (or ClusterRole).
 */
import type { Grant } from '../grants';
import { azureScopeKey } from '../azure-scope';
import { baselineName, kebabName } from '../names';
import { baselinePath, type ValidationContext } from './context';

/** What makes two grants of one baseline the same, and how to name it; undefined for a grant checked elsewhere. */
function identity(g: Grant): { key: string; what: string; scope?: string } | undefined {
  switch (g.kind) {
    case 'azureRole':
      return { key: `azure|${g.role}|${azureScopeKey(g.scope)}`, what: `Azure role "${g.role}"`, scope: g.scope };
    case 'azureCustomRole':
      return {
        key: `custom|${g.customRole.toLowerCase()}|${azureScopeKey(g.scope)}`,
        what: `custom role "${g.customRole}"`,
        scope: g.scope,
      };
    case 'directoryRole':
      return { key: `directory|${g.role}`, what: `directory role "${g.role}"` };
    case 'kubernetes': {
      if ((g.namespace === undefined) === (g.clusterWide !== true)) return undefined;
      if ((g.clusterRole === undefined) === (g.rules === undefined)) return undefined;
      const where =
        g.namespace !== undefined ? `namespace "${g.namespace}" of cluster "${g.cluster}"` : `cluster "${g.cluster}"`;
      const role = g.rules !== undefined ? 'custom rules' : `ClusterRole "${g.clusterRole}"`;
      return {
        key: `k8s|${g.cluster}|${g.namespace?.toLowerCase() ?? '(cluster-wide)'}|${g.clusterRole ?? '(rules)'}`,
        what: g.namespace !== undefined ? `${role} in ${where}` : `${role} cluster-wide on ${where}`,
      };
    }
    case 'vpnPool':
      return undefined;
  }
}

/** Checks every baseline for grants it lists twice, and VPN prefixes it lists twice. */
export function checkDuplicateGrants(ctx: ValidationContext): void {
  for (const b of ctx.definition.baselines) {
    const p = baselinePath(b);
    const name = baselineName(b);
    const seen = new Map<string, { index: number; scope?: string }>();
    b.grants.forEach((g, i) => {
      const id = identity(g);
      if (!id) return;
      const first = seen.get(id.key);
      if (first === undefined) {
        seen.set(id.key, { index: i, scope: id.scope });
        return;
      }
      const firstPath = `${p}.grants[${first.index}]`;
      const customRules = g.kind === 'kubernetes' && g.rules !== undefined;
      const why =
        id.scope !== undefined && first.scope !== undefined && id.scope !== first.scope
          ? `, at "${first.scope}", which differs only by letter case: Azure compares scopes case-insensitively, so it is one role assignment, and the second would fail with 409 Conflict (RoleAssignmentExists)`
          : customRules
            ? `, and both would be the one ${g.namespace !== undefined ? 'Role' : 'ClusterRole'} "${kebabName(name)}"`
            : ', and synthesis would create the same resource twice';
      ctx.report(
        `${p}.grants[${i}]`,
        'duplicate-grant',
        `${id.what}${id.scope !== undefined ? ' at this scope' : ''} is granted twice: also by ${firstPath}${why}`,
        g,
        customRules
          ? `merge the rules of this grant into ${firstPath} (one custom-rule grant per namespace, or cluster-wide, of a cluster), or move it to another baseline`
          : `remove this grant (${firstPath} already grants it)`,
      );
    });
    const prefixes = new Map<string, string>();
    b.grants.forEach((g, i) => {
      if (g.kind !== 'vpnPool') return;
      g.addressPrefixes.forEach((a, j) => {
        const path = `${p}.grants[${i}].addressPrefixes[${j}]`;
        const first = prefixes.get(a);
        if (first === undefined) prefixes.set(a, path);
        else
          ctx.report(
            path,
            'duplicate-grant',
            `VPN address prefix ${a} is granted twice: also by ${first}`,
            a,
            `remove this prefix (${first} already grants it)`,
          );
      });
    });
  }
}
