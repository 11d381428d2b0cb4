/** Every rule of the pack, in documentation order, and the pack's own finding ids. */
import { customRoleWildcard } from './azure/custom-role-wildcard';
import { standingAzureOwner } from './azure/standing-azure-owner';
import { breakGlassCaExclusion } from './break-glass/break-glass-ca-exclusion';
import { breakGlassCount } from './break-glass/break-glass-count';
import { breakGlassDeclared } from './break-glass/break-glass-declared';
import { breakGlassIsolated } from './break-glass/break-glass-isolated';
import { separationOfDuties } from './duties/separation-of-duties';
import { crossEnvironmentScope } from './environments/cross-environment-scope';
import { environmentScope } from './environments/environment-scope';
import { tenantWidePrivilege } from './environments/tenant-wide-privilege';
import { federatedCredentialPinned } from './identities/federated-credential-pinned';
import { k8sEscalationRule } from './kubernetes/k8s-escalation-rule';
import { k8sWildcardRule } from './kubernetes/k8s-wildcard-rule';
import { standingClusterAdmin } from './kubernetes/standing-cluster-admin';
import { emptyRole } from './layers/empty-role';
import { unusedTask } from './layers/unused-task';
import { azureRoleAssignmentLimit } from './limits/azure-role-assignment-limit';
import { roleAssignableGroupLimit } from './limits/role-assignable-group-limit';
import { roleAssignableGroupOwner } from './pim/role-assignable-group-owner';
import { tokenGroupHeadroom } from './limits/token-group-headroom';
import { tokenGroupLimit } from './limits/token-group-limit';
import { vpnGroupLimit } from './limits/vpn-group-limit';
import { approverExists } from './pim/approver-exists';
import { approverIndependent } from './pim/approver-independent';
import { highPrivilegeApproval } from './pim/high-privilege-approval';
import { highPrivilegeNotification } from './pim/high-privilege-notification';
import { jitMaxActivation } from './pim/jit-max-activation';
import { jitMfa } from './pim/jit-mfa';
import { protectedWriteApproval } from './pim/protected-write-approval';
import { routineTaskEligible } from './pim/routine-task-eligible';
import { sensitiveTaskStanding } from './pim/sensitive-task-standing';
import { standingProtectedWrite } from './pim/standing-protected-write';
import { twoStepActivation } from './pim/two-step-activation';
import { eligibleGroupMember } from './pim/eligible-group-member';
import { hiddenCharacter } from './text/hidden-character';
import type { Rule, RuleInfo } from './rule';

/** Every rule the pack runs by default. */
export const ALL_RULES: readonly Rule[] = [
  jitMaxActivation,
  protectedWriteApproval,
  approverExists,
  approverIndependent,
  highPrivilegeApproval,
  highPrivilegeNotification,
  jitMfa,
  routineTaskEligible,
  sensitiveTaskStanding,
  standingProtectedWrite,
  twoStepActivation,
  eligibleGroupMember,
  unusedTask,
  emptyRole,
  breakGlassCount,
  breakGlassDeclared,
  breakGlassIsolated,
  breakGlassCaExclusion,
  federatedCredentialPinned,
  roleAssignableGroupLimit,
  roleAssignableGroupOwner,
  tokenGroupLimit,
  tokenGroupHeadroom,
  azureRoleAssignmentLimit,
  vpnGroupLimit,
  standingClusterAdmin,
  k8sWildcardRule,
  k8sEscalationRule,
  standingAzureOwner,
  customRoleWildcard,
  tenantWidePrivilege,
  crossEnvironmentScope,
  environmentScope,
  separationOfDuties,
  hiddenCharacter,
];

/** Findings about the rule options (an unknown option, a bad duration or task name). */
export const RULE_OPTIONS_INFO: RuleInfo = {
  id: 'rule-options',
  level: 'error',
  suppressible: false,
  summary: 'the rule pack options are well formed and name declared tasks and roles',
  source: 'cdk-nag practice: configuration mistakes fail loudly',
};

/** Findings about suppressions: unknown or unsuppressible rule, reason under 10 characters, matching nothing. */
export const SUPPRESSION_INFO: RuleInfo = {
  id: 'suppression',
  level: 'error',
  suppressible: false,
  summary: 'every suppression names a suppressible rule, gives a reason of 10+ characters and matches a finding',
  source: 'cdk-nag #800 (unused suppressions are errors), #1010 (unsuppressible rules), reasons of 10+ characters',
};

/** A rule that threw: reported as a finding at `rules.<id>` instead of crashing synthesis. */
export const RULE_FAILURE_INFO: RuleInfo = {
  id: 'rule-failure',
  level: 'error',
  suppressible: true,
  summary: 'a rule failed to run (a bug): reported instead of crashing; suppress at rules.<rule id> to go on',
  source: 'cdk-nag: a rule that throws is reported as a finding, not a crash',
};

/** The pack's own finding ids. */
export const PACK_RULES: readonly RuleInfo[] = [RULE_OPTIONS_INFO, SUPPRESSION_INFO, RULE_FAILURE_INFO];
