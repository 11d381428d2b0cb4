/**
 * Rules `unknown-reference`, `role-holds-baseline`, `task-environment-mismatch`, `inheritance-cycle`:
 * every name a definition uses points at something declared, in the right layer and environment.
 */
import { findAzureBuiltInRole, azureBuiltInRoles } from '../../catalog/azure-roles';
import { directoryRoles, findDirectoryRole } from '../../catalog/directory-roles';
import { findKubernetesClusterRole, kubernetesClusterRoleNames } from '../../catalog/kubernetes-roles';
import { baselineName } from '../names';
import { didYouMean } from '../suggest';
import { heldTaskName } from '../time-bounds';
import { baselinePath, rolePath, taskPath, type ValidationContext } from './context';

function unknown(
  ctx: ValidationContext,
  path: string,
  what: string,
  value: string,
  candidates: Iterable<string>,
  fix: string,
): void {
  ctx.report(
    path,
    'unknown-reference',
    `${what} "${value}" is not declared.${didYouMean(value, candidates)}`,
    value,
    fix,
  );
}

/** Checks references between layers, to environments, clusters, custom roles and the catalogs. */
export function checkReferences(ctx: ValidationContext): void {
  const d = ctx.definition;
  const envs = [...ctx.environments.keys()];
  for (const b of d.baselines) {
    const p = baselinePath(b);
    if (!ctx.environments.has(b.environment))
      unknown(
        ctx,
        `${p}.environment`,
        'environment',
        b.environment,
        envs,
        'declare it in environments, or use a declared one',
      );
    b.grants.forEach((g, i) => {
      const gp = `${p}.grants[${i}]`;
      if (g.kind === 'azureRole' && !findAzureBuiltInRole(g.role)) {
        unknown(
          ctx,
          `${gp}.role`,
          'Azure built-in role',
          g.role,
          azureBuiltInRoles().map((r) => r.name),
          'use the exact built-in role name (see lib/catalog/data/azure-built-in-roles.json), or declare a custom role',
        );
      }
      if (g.kind === 'azureCustomRole' && !ctx.customRoles.has(g.customRole)) {
        unknown(
          ctx,
          `${gp}.customRole`,
          'custom role',
          g.customRole,
          ctx.customRoles.keys(),
          'declare it in customRoles',
        );
      }
      if (g.kind === 'directoryRole' && !findDirectoryRole(g.role)) {
        unknown(
          ctx,
          `${gp}.role`,
          'Entra directory role',
          g.role,
          directoryRoles().map((r) => r.name),
          'use the exact directory role name (see lib/catalog/data/entra-directory-roles.json)',
        );
      }
      if (g.kind === 'kubernetes') {
        const cluster = ctx.clusters.get(g.cluster);
        if (!cluster)
          unknown(ctx, `${gp}.cluster`, 'cluster', g.cluster, ctx.clusters.keys(), 'declare it in clusters');
        else if (cluster.environment !== b.environment) {
          ctx.report(
            `${gp}.cluster`,
            'task-environment-mismatch',
            `cluster "${g.cluster}" belongs to environment ${cluster.environment}, but the baseline is in ${b.environment}`,
            g.cluster,
            `grant on a ${b.environment} cluster, or move the grant to a ${cluster.environment} baseline`,
          );
        }
        if (g.clusterRole !== undefined && !findKubernetesClusterRole(g.clusterRole)) {
          unknown(
            ctx,
            `${gp}.clusterRole`,
            'built-in ClusterRole',
            g.clusterRole,
            kubernetesClusterRoleNames(),
            `use one of ${kubernetesClusterRoleNames().join(', ')}, or give custom rules`,
          );
        }
      }
      if (g.kind === 'vpnPool' && !d.vpn) {
        ctx.report(
          `${gp}`,
          'unknown-reference',
          'a VPN pool is granted but the definition has no vpn settings (the default pool)',
          undefined,
          'add vpn: { defaultAddressPrefixes: ["172.16.0.0/24"], defaultGroupObjectId: "<all VPN users group>" } to the definition',
        );
      }
    });
  }
  (d.clusters ?? []).forEach((c, i) => {
    if (!ctx.environments.has(c.environment))
      unknown(ctx, `clusters[${i}].environment`, 'environment', c.environment, envs, 'declare it in environments');
  });
  for (const t of d.tasks) {
    const p = taskPath(t);
    if (!ctx.environments.has(t.environment))
      unknown(
        ctx,
        `${p}.environment`,
        'environment',
        t.environment,
        envs,
        'declare it in environments, or use a declared one',
      );
    t.baselines.forEach((n, i) => {
      const bp = `${p}.baselines[${i}]`;
      if (!String(n).startsWith('BASE_')) {
        ctx.report(
          bp,
          'unknown-reference',
          `a task holds baselines only, and "${n}" is not a BASE_ name`,
          n,
          'list BASE_ groups here; tasks never hold tasks or roles',
        );
        return;
      }
      const b = ctx.baselines.get(n);
      if (!b) unknown(ctx, bp, 'baseline', n, ctx.baselines.keys(), 'declare the baseline, or fix the name');
      else if (b.environment !== t.environment) {
        ctx.report(
          bp,
          'task-environment-mismatch',
          `task ${p.slice(6)} is in environment ${t.environment} but baseline ${baselineName(b)} is in ${b.environment}; a task combines baselines of its own environment only`,
          n,
          `use the ${t.environment} counterpart of the baseline, or move the task to ${b.environment}`,
        );
      }
    });
  }
  const roleNames = [...ctx.roles.keys()];
  for (const t of d.tasks) {
    (t.jit?.approvers ?? []).forEach((a, i) => {
      if (a.kind === 'role' && !ctx.roles.has(a.role))
        unknown(
          ctx,
          `${taskPath(t)}.jit.approvers[${i}].role`,
          'role',
          a.role,
          roleNames,
          'name a declared role, or approve by user/group object ID',
        );
    });
  }
  for (const r of d.roles) {
    const p = rolePath(r);
    for (const field of ['standing', 'eligible'] as const) {
      (r[field] ?? []).forEach((entry, i) => {
        const n = heldTaskName(entry);
        const tp = `${p}.${field}[${i}]${typeof entry === 'string' ? '' : '.task'}`;
        if (String(n).startsWith('BASE_')) {
          ctx.report(
            tp,
            'role-holds-baseline',
            `roles never hold baselines directly; "${n}" is a baseline`,
            n,
            `put ${n} in a task and give the role that task`,
          );
        } else if (!ctx.tasks.has(n))
          unknown(ctx, tp, 'task', n, ctx.tasks.keys(), 'declare the task, or fix the name');
      });
    }
    (r.inherits ?? []).forEach((n, i) => {
      if (!ctx.roles.has(n))
        unknown(ctx, `${p}.inherits[${i}]`, 'role', n, roleNames, 'declare the role, or fix the name');
    });
  }
  checkCycles(ctx);
}

function checkCycles(ctx: ValidationContext): void {
  const state = new Map<string, 'visiting' | 'done'>();
  const reported = new Set<string>();
  const visit = (name: string, stack: string[]): void => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') {
      const cycle = [...stack.slice(stack.indexOf(name)), name];
      const key = [...cycle.slice(0, -1)].sort().join(',');
      if (!reported.has(key)) {
        reported.add(key);
        ctx.report(
          `roles.${name}.inherits`,
          'inheritance-cycle',
          `roles inherit from each other in a cycle: ${cycle.join(' -> ')}`,
          cycle,
          'remove one inherits entry so the chain ends',
        );
      }
      return;
    }
    state.set(name, 'visiting');
    for (const p of [...(ctx.roles.get(name)?.inherits ?? [])].sort()) if (ctx.roles.has(p)) visit(p, [...stack, name]);
    state.set(name, 'done');
  };
  for (const name of [...ctx.roles.keys()].sort()) visit(name, []);
}
