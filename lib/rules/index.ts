/**
 * The rule pack: the task-based access model's rules and the platform's limits (docs/rules.md) as pure functions
 * over the resolved model, run at synthesis (errors stop it) and by `task-access lint`.
 */
export * from './rule';
export * from './options';
export * from './context';
export * from './pack';
export * from './suppressions';
export * from './format';
export * from './error';
export * from './enforce';
export * from './all-rules';
export { checkRuleOptions, RULE_OPTIONS_RULE } from './options-check';
export { jitMaxActivation } from './pim/jit-max-activation';
export { protectedWriteApproval } from './pim/protected-write-approval';
export { approverExists } from './pim/approver-exists';
export { approverIndependent } from './pim/approver-independent';
export { highPrivilegeApproval } from './pim/high-privilege-approval';
export { highPrivilegeNotification } from './pim/high-privilege-notification';
export { jitMfa } from './pim/jit-mfa';
export { routineTaskEligible } from './pim/routine-task-eligible';
export { sensitiveTaskStanding } from './pim/sensitive-task-standing';
export { standingProtectedWrite } from './pim/standing-protected-write';
export { twoStepActivation } from './pim/two-step-activation';
export { eligibleGroupMember } from './pim/eligible-group-member';
export { breakGlassCount } from './break-glass/break-glass-count';
export { breakGlassDeclared } from './break-glass/break-glass-declared';
export { breakGlassIsolated } from './break-glass/break-glass-isolated';
export { breakGlassCaExclusion } from './break-glass/break-glass-ca-exclusion';
export { federatedCredentialPinned } from './identities/federated-credential-pinned';
export { roleAssignableGroupLimit } from './limits/role-assignable-group-limit';
export { roleAssignableGroupOwner } from './pim/role-assignable-group-owner';
export { tokenGroupLimit } from './limits/token-group-limit';
export { tokenGroupHeadroom } from './limits/token-group-headroom';
export { azureRoleAssignmentLimit } from './limits/azure-role-assignment-limit';
export { vpnGroupLimit } from './limits/vpn-group-limit';
export { standingClusterAdmin, AKS_CLUSTER_ADMIN_AZURE_ROLES } from './kubernetes/standing-cluster-admin';
export { k8sWildcardRule } from './kubernetes/k8s-wildcard-rule';
export { k8sEscalationRule } from './kubernetes/k8s-escalation-rule';
export { standingAzureOwner, AZURE_ACCESS_ADMIN_ROLES } from './azure/standing-azure-owner';
export { customRoleWildcard } from './azure/custom-role-wildcard';
export { tenantWidePrivilege } from './environments/tenant-wide-privilege';
export { crossEnvironmentScope } from './environments/cross-environment-scope';
export { environmentScope } from './environments/environment-scope';
export { PRIVILEGED_AZURE_ROLES } from './support/tenant-wide';
export { separationOfDuties } from './duties/separation-of-duties';
