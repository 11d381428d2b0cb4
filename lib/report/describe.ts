/**
 * Words for people: grants, policies, modes and paths in one line each, shared by the text, Markdown and CSV
 * outputs so they say the same thing the same way.
 */
import { approverLabel } from '../model/approvers';
import type { ResolvedGrant, ResolvedJitPolicy } from '../model/resolved';
import type { AccessWindow } from '../model/time-bounds';
import type { AccessMode, AccessPath, ActivationStep } from './access-matrix';

/** `standing` or `just-in-time`. */
export function describeMode(mode: AccessMode): string {
  return mode === 'standing' ? 'standing' : 'just-in-time';
}

/** `max PT4H, approval by ROLE_SNR_DEVELOPER, MFA, justification, ticket`. */
export function describePolicy(p: ResolvedJitPolicy): string {
  const parts = [`max ${p.maximumActivation}`];
  parts.push(p.requireApproval ? `approval by ${p.approvers.map(approverLabel).join(' or ')}` : 'no approval');
  if (p.requireMfa) parts.push('MFA');
  if (p.authenticationContext !== undefined) parts.push(`authentication context ${p.authenticationContext}`);
  if (p.requireJustification) parts.push('justification');
  if (p.requireTicket) parts.push('ticket');
  if (p.notifyOnActivation.length > 0) parts.push(`notifies ${p.notifyOnActivation.join(', ')}`);
  if (p.eligibilityExpiry !== 'never') parts.push(`eligibility expires after ${p.eligibilityExpiry}`);
  return parts.join(', ');
}

/**
 * What a task with role-assignable baselines takes, before its steps: `2 PIM activations, each its own request (a
 * role-assignable baseline is not reached through the task group):`.
 */
export function describeActivationHeader(steps: readonly ActivationStep[]): string {
  return `${steps.length} PIM activations, each its own request (a role-assignable baseline is not reached through the task group):`;
}

/**
 * One activation step: `1. TASK_PROD_ENTRA_ADMIN (gives BASE_PROD_LOGS_READ): max PT4H, no approval, MFA` (`(gives
 * no grant by itself)` when the task group nests no baseline) or `2. BASE_PROD_ENTRA_READER (role-assignable): max
 * PT4H, ... [until 2027-04-30T23:59:59Z]`.
 */
export function describeActivationStep(step: ActivationStep, position: number): string {
  const what =
    step.kind === 'task'
      ? step.gives.length > 0
        ? ` (gives ${step.gives.join(', ')})`
        : ' (gives no grant by itself)'
      : ' (role-assignable)';
  const window = step.window ? ` [${describeWindow(step.window)}]` : '';
  return `${position}. ${step.group}${what}: ${describePolicy(step.policy)}${window}`;
}

/** The kind of a grant as a short label: `Azure role`, `Kubernetes`, `VPN pool`, ... */
export function grantKindLabel(g: ResolvedGrant): string {
  switch (g.kind) {
    case 'azureRole':
      return 'Azure role';
    case 'azureCustomRole':
      return 'Azure custom role';
    case 'directoryRole':
      return 'Entra directory role';
    case 'kubernetes':
      return 'Kubernetes';
    case 'vpnPool':
      return 'VPN pool';
  }
}

/** What a grant gives, without where: `Key Vault Secrets Officer (b86a8fe4-...)`, `ClusterRole edit`. */
export function describeGrantWhat(g: ResolvedGrant): string {
  switch (g.kind) {
    case 'azureRole':
      return `${g.roleName} (${g.roleDefinitionId})`;
    case 'azureCustomRole':
      return g.roleName;
    case 'directoryRole':
      return `${g.roleName} (${g.templateId})`;
    case 'kubernetes':
      return g.clusterRole !== undefined ? `ClusterRole ${g.clusterRole}` : `custom rules (${g.rules.length})`;
    case 'vpnPool':
      return g.addressPrefixes.join(', ');
  }
}

/** Where a grant applies: the Azure scope, `namespace a on aks-prod`, `cluster-wide on aks-prod`, `tenant`. */
export function describeGrantWhere(g: ResolvedGrant): string {
  switch (g.kind) {
    case 'azureRole':
    case 'azureCustomRole':
      return g.scope;
    case 'directoryRole':
      return 'tenant (directory)';
    case 'kubernetes':
      return g.namespace === null ? `cluster-wide on ${g.cluster}` : `namespace ${g.namespace} on ${g.cluster}`;
    case 'vpnPool':
      return 'point-to-site VPN';
  }
}

/** A grant in one line: `Azure role Key Vault Secrets Officer (b86a...) at /subscriptions/...`. */
export function describeGrant(g: ResolvedGrant): string {
  if (g.kind === 'vpnPool' || g.kind === 'directoryRole') return `${grantKindLabel(g)} ${describeGrantWhat(g)}`;
  const at = g.kind === 'kubernetes' ? ', ' : ' at ';
  return `${grantKindLabel(g)} ${describeGrantWhat(g)}${at}${describeGrantWhere(g)}`;
}

/** A time window: `from 2026-01-01T00:00:00Z until 2026-12-31T23:59:59Z`, `until ...`, or `` when permanent. */
export function describeWindow(w: AccessWindow | undefined): string {
  if (!w) return '';
  return [w.from !== undefined ? `from ${w.from}` : '', w.until !== undefined ? `until ${w.until}` : '']
    .filter(Boolean)
    .join(' ');
}

/**
 * The role part of a path: `ROLE_SNR_DEVELOPER (inherits from ROLE_DEVELOPER)` or just the role, and the time
 * window of time-bound access: `ROLE_AUDITOR [until 2026-12-31T23:59:59Z]`.
 */
export function describeRoleVia(p: Pick<AccessPath, 'role' | 'via' | 'window'>): string {
  const declaring = p.via[p.via.length - 1];
  const window = p.window ? ` [${describeWindow(p.window)}]` : '';
  if (p.via.length <= 1 || declaring === p.role) return `${p.role}${window}`;
  return `${p.role} (inherits from ${p.via.slice(1).join(' -> ')})${window}`;
}

/** A whole path: `ROLE_SNR_DEVELOPER -> TASK_PROD_KEYVAULT_ADMIN -> BASE_PROD_KV_SECRETS_ADMIN`. */
export function describePath(p: AccessPath, baseline?: string): string {
  return [describeRoleVia(p), p.task, ...(baseline !== undefined ? [baseline] : [])].join(' -> ');
}
