/**
 * Effective access computed two independent ways, as `principal|mode|grant` lines: from a raw export (walking
 * members, eligibilities, role assignments and bindings, the way Entra, Azure and Kubernetes evaluate them), and
 * from a resolved model (principals -> tasks -> baselines -> grants). Principals are users and service principals.
 */
import type { ResolvedModel } from '../../lib/model/resolved';
import type { TenantExport } from '../../lib/adopt/tenant-export';

const guid = (id: string) => id.slice(id.lastIndexOf('/') + 1).toLowerCase();

/** What each user or service principal of the export can do, standing or eligible, through groups. */
export function exportAccess(t: TenantExport, only: ReadonlySet<string> = new Set()): string[] {
  const groups = new Map(t.groups.map((g) => [g.id, g]));
  const grantsOf = new Map<string, string[]>();
  const add = (id: string, g: string) => grantsOf.set(id, [...(grantsOf.get(id) ?? []), g]);
  for (const a of t.azureRoleAssignments)
    add(a.principalId ?? '', `azure ${guid(a.roleDefinitionId ?? '')} at ${(a.scope ?? '').toLowerCase()}`);
  for (const a of t.directoryRoleAssignments) add(a.principalId, `directory ${a.roleDefinitionId}`);
  for (const c of t.clusters)
    for (const b of c.bindings)
      for (const s of b.subjects ?? [])
        add(s.name, `k8s ${c.cluster} ${b.kind === 'RoleBinding' ? b.metadata.namespace : '*'} ${b.roleRef.name}`);
  // Everything a group grants to its (transitive) members.
  const reach = (groupId: string, seen = new Set<string>()): string[] => {
    if (seen.has(groupId)) return [];
    seen.add(groupId);
    const out = [...(grantsOf.get(groupId) ?? [])];
    for (const parent of t.groups)
      if ((parent.members ?? []).some((m) => m.id === groupId)) out.push(...reach(parent.id, seen));
    return out;
  };
  const lines = new Set<string>();
  for (const g of t.groups)
    for (const m of g.members ?? []) {
      if (groups.has(m.id) || (only.size > 0 && !only.has(m.id))) continue;
      for (const grant of reach(g.id)) lines.add(`${m.id}|standing|${grant}`);
      // Eligibilities of the groups the principal is in: activating adds it to the target group.
      for (const s of t.eligibilitySchedules)
        if ([g.id, ...ancestors(t, g.id)].includes(s.principalId))
          for (const grant of reach(s.groupId)) lines.add(`${m.id}|eligible|${grant}`);
    }
  return dropEligibleWhereStanding([...lines]);
}

function ancestors(t: TenantExport, groupId: string): string[] {
  return t.groups.filter((p) => (p.members ?? []).some((m) => m.id === groupId)).map((p) => p.id);
}

function dropEligibleWhereStanding(lines: string[]): string[] {
  const standing = new Set(lines.filter((l) => l.includes('|standing|')).map((l) => l.replace('|standing|', '|')));
  return lines.filter((l) => !l.includes('|eligible|') || !standing.has(l.replace('|eligible|', '|'))).sort();
}

/** The same lines from a resolved model. */
export function modelAccess(model: ResolvedModel): string[] {
  const baselines = new Map(model.baselines.map((b) => [b.name, b]));
  const tasks = new Map(model.tasks.map((x) => [x.name, x]));
  const customIds = new Map<string, string>();
  const lines = new Set<string>();
  for (const p of model.principals)
    for (const ta of p.tasks)
      for (const bn of tasks.get(ta.task)?.baselines ?? [])
        for (const g of baselines.get(bn)?.grants ?? []) {
          const grant =
            g.kind === 'azureRole'
              ? `azure ${g.roleDefinitionId.toLowerCase()} at ${g.scope.toLowerCase()}`
              : g.kind === 'azureCustomRole'
                ? `azure custom:${customIds.get(g.roleName) ?? g.roleName} at ${g.scope.toLowerCase()}`
                : g.kind === 'directoryRole'
                  ? `directory ${g.templateId}`
                  : g.kind === 'kubernetes'
                    ? `k8s ${g.cluster} ${g.namespace ?? '*'} ${g.clusterRole ?? 'rules'}`
                    : `vpn ${g.addressPrefixes.join(',')}`;
          lines.add(`${p.key}|${ta.mode}|${grant}`);
        }
  return dropEligibleWhereStanding([...lines]);
}
