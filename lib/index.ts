/**
 * cdktf-task-access: one typed definition of an organisation's task-based access model, synthesized into
 * Terraform for Entra ID (groups, PIM for Groups), Azure RBAC and Kubernetes RBAC.
 *
 * This file is the package's whole API (package.json `exports` has no other module): each name below is exported
 * on purpose, and etc/cdktf-task-access.api.md records the surface (`npm run api:check`). The folders' index.ts
 * files are the layers' barrels for the library's own code and tests, not the API. What a user needs:
 * - to write a definition: its types, `Grants`, `FederatedCredentials`, and validation or resolution to check it;
 * - to synthesize: `TaskAccessStacks` (stacks of its own) or `TaskAccessModel` (in a stack of yours), their props,
 *   `runApp`, and the types of what they expose (`built`: the per-concern constructs, as types only, since they
 *   are built from a resolved model and can't be used alone);
 * - to read a model: the inspector (explain, who-can, effective access), the access diff, the reports, drift and
 *   review, the rule pack with its options and suppressions, the destroyed-address check;
 * - to catch what they throw: the errors.
 * Internals (naming and address helpers, stack planning steps, each rule's constant, the model's indexes) stay out.
 * @packageDocumentation
 */

// ---- The definition ------------------------------------------------------------------------------------------
export type {
  AccessModelDefinition,
  ApplicationMember,
  Approver,
  BaselineDefinition,
  BreakGlassAccount,
  CustomAzureRoleDefinition,
  DirectoryApprover,
  EligibilityExpiry,
  EnvironmentDefinition,
  ExistingObjects,
  HeldTask,
  JitPolicy,
  KubernetesClusterDefinition,
  Member,
  ModelSettings,
  ObjectMember,
  RoleApprover,
  RoleDefinition,
  TaskDefinition,
  TimeBounds,
  TimeBoundTask,
  UserMember,
  VpnSettings,
  WorkloadApplicationDefinition,
} from './model/definition';
export type { BaselineName, RoleName, TaskName } from './model/names';
export {
  Grants,
  type AzureCustomRoleGrant,
  type AzureRoleGrant,
  type DirectoryRoleGrant,
  type Grant,
  type KubernetesGrant,
  type KubernetesRule,
  type VpnPoolGrant,
} from './model/grants';
export {
  FederatedCredentials,
  type AzureDevOpsCredential,
  type FederatedCredential,
  type FederatedCredentialOptions,
  type GitHubActionsCredential,
  type GitHubBranchCredential,
  type GitHubEnvironmentCredential,
  type GitHubPullRequestCredential,
  type KubernetesServiceAccountCredential,
} from './model/federated-credentials';
export type {
  ActionGroupSettings,
  AlertFrequency,
  ExceptionConditionalAccess,
  ExceptionPolicyUsers,
  ExceptionSettings,
  MonitoringSettings,
} from './model/security-settings';

export type { AzurePermission } from './catalog/azure-roles';

// ---- Checking and resolving a definition ---------------------------------------------------------------------
export { validateDefinition, assertValidDefinition } from './model/validation';
export { resolveDefinition } from './model/resolve';
export { AccessModelError, formatProblems, type Problem } from './model/problem';
export { AccessUsageError, errorText, isLibraryError, LIBRARY_ERROR_KINDS } from './model/errors';
export type {
  PrincipalTaskAccess,
  ResolvedApplication,
  ResolvedAzureRoleGrant,
  ResolvedBaseline,
  ResolvedCustomRoleGrant,
  ResolvedDirectoryRoleGrant,
  ResolvedFederatedCredential,
  ResolvedGrant,
  ResolvedJitPolicy,
  ResolvedKubernetesGrant,
  ResolvedMember,
  ResolvedModel,
  ResolvedPrincipal,
  ResolvedRole,
  ResolvedTask,
  ResolvedVpnPoolGrant,
  TaskAccess,
} from './model/resolved';
export type {
  ConditionalAccessMfaGrant,
  ConditionalAccessStrengthGrant,
  ExistingActionGroup,
  NewActionGroup,
  ResolvedActionGroup,
  ResolvedConditionalAccessPolicy,
  ResolvedExceptions,
  ResolvedMonitoring,
} from './model/resolved-security';
export type { AccessWindow } from './model/time-bounds';
export type { ResolvedGroupOwners } from './model/group-owners';
export type { DeclaredId, DefinitionPaths, RoleDefinitionPaths, TaskDefinitionPaths } from './model/definition-paths';

// ---- Synthesis -----------------------------------------------------------------------------------------------
export { TaskAccessStacks, type TaskAccessStacksProps } from './constructs/task-access-stacks';
export { TaskAccessModel, type TaskAccessModelProps } from './constructs/task-access-model';
export { runApp, type RunAppOptions } from './constructs/run-app';
export type { AccessProvidersProps, KubernetesClusterAccess } from './constructs/providers';
export type { AccessReportOptions } from './constructs/access-report-synthesis';
export type { BuildOptions, BuiltAccessModel } from './constructs/build';
export type { ExpiryWarningOptions } from './constructs/expiry-warning';
export type { PlannedStack, StackPlan } from './constructs/stack-plan';
export type { PlacementUnit, PlacementUnitKind, PlacementUnitRef } from './constructs/stack-units';
export type { SizedUnit } from './constructs/stack-chunks';
export type { GroupJitPolicy } from './constructs/jit-policy';
export { UnitTooLargeError } from './constructs/stack-chunks';
// What `built` holds: types only, each built from the resolved model by the two entry points above.
export type { BaselineGroup } from './constructs/baseline-group';
export type { BreakGlassAccounts } from './constructs/break-glass';
export type { ConditionalAccessPolicies } from './constructs/conditional-access-policies';
export type { CustomRole } from './constructs/custom-roles';
export type { RoleGroup } from './constructs/role-group';
export type { SecurityMonitoring } from './constructs/security-monitoring';
export type { TaskGroup } from './constructs/task-group';
export type { VpnUserGroups } from './constructs/vpn-user-groups';
export type { WorkloadApplication } from './constructs/workload-application';

// ---- The rule pack -------------------------------------------------------------------------------------------
export {
  DEFAULT_RULE_LIMITS,
  type ConditionalAccessPolicySummary,
  type EffectiveRuleOptions,
  type RuleLimits,
  type RulePackOptions,
  type RuleSuppression,
  type SeparationOfDutiesPair,
} from './rules/options';
export type { SuppressedFinding, SuppressionUse } from './rules/suppressions';
export { runRulePack, type RulePackResult, type RuleStatus } from './rules/pack';
export type { Finding, NotApplicable, Rule, RuleInfo, RuleLevel, RuleOutcome, Violation } from './rules/rule';
export type { RuleContext } from './rules/context';
export { RulePackError } from './rules/error';
export { formatRulePackResult } from './rules/format';

// ---- Effective access: inspector, reports, diff --------------------------------------------------------------
export { explain, type Explanation } from './report/explain';
export { formatExplanation, formatWhoCan, type ExplainTextOptions } from './report/text';
export {
  whoCan,
  type AzureActionQuestion,
  type AzureRoleQuestion,
  type DirectoryRoleQuestion,
  type KubernetesQuestion,
  type WhoCanAnswer,
  type WhoCanHolder,
  type WhoCanPath,
  type WhoCanQuestion,
} from './report/who-can';
export {
  accessMatrix,
  roleAccess,
  type AccessMatrix,
  type AccessMode,
  type AccessPath,
  type SubjectAccess,
  type ActivationStep,
  type TaskBaseline,
  type BaselineEntry,
  type BaselineReach,
  type GrantEntry,
  type PrincipalAccessView,
  type RoleAccessView,
  type TaskEntry,
} from './report/access-matrix';
export { AccessQueryError } from './report/query-error';
export type { AzurePermissionBlock, AzurePlane, PlaneDecision } from './report/azure-actions';
export type { KubernetesRequest } from './report/kubernetes-rules';
export {
  REPORT_FILE_NAMES,
  REPORT_FORMATS,
  renderReport,
  renderReportFiles,
  type ReportFormat,
} from './report/report-files';
export {
  readAccessModelDocument,
  renderModelJson,
  toAccessModelDocument,
  type AccessModelCatalogs,
  type AccessModelDocument,
  type AzureRoleDefinitionEntry,
  type PrincipalAccessDocument,
  type RoleAccessDocument,
  type SlimGrantEntry,
} from './report/model-json';
export { ACCESS_MODEL_SCHEMA_VERSION, accessModelJsonSchema } from './report/access-model-schema';
export { DEFINITION_SCHEMA_ID, definitionJsonSchema } from './model/definition-json-schema';
export { diffAccessModels, diffDefinitions, type AccessDiffOptions } from './report/diff/access-diff';
export type {
  AccessChange,
  AccessChangeKind,
  AccessChangeSubject,
  AccessDiff,
  AccessDiffCounts,
  PrincipalDiff,
  PrincipalTaskChange,
} from './report/diff/access-change';
export type { AccessRisk } from './report/diff/risk';
export { renderDiffMarkdown, diffSummaryLine } from './report/diff/diff-markdown';

// ---- Audit logs, drift and review ----------------------------------------------------------------------------
export { readAuditExports, type AuditExport } from './audit-log/audit-export';
export type { PimActivation } from './audit-log/activation';
export { AuditExportError, type AuditActor, type AuditEvent, type AuditTarget } from './audit-log/audit-event';
export {
  analyzeDrift,
  type DriftOptions,
  type DriftPeriod,
  type Activator,
  type DriftRecommendation,
  type DriftRecommendationKind,
  type DriftRecordCounts,
  type DriftReport,
  type OutsideFinding,
  type TaskUsage,
  type UnattributedActivation,
} from './drift/drift';
export { gitLastChange, type LastChangeReader } from './review/last-change';
export { driftMarkdown } from './drift/drift-markdown';
export {
  buildReview,
  type HighRiskItem,
  type HighRiskKind,
  type LastChange,
  type ReviewChecklist,
  type ReviewOptions,
  type RoleReviewRow,
  type TaskReviewRow,
} from './review/review';
export { reviewMarkdown } from './review/review-markdown';

// ---- Destroy safety: two synth outputs compared --------------------------------------------------------------
export {
  assertNothingDestroyed,
  findDestroyedAddresses,
  formatDestroyed,
  readSynthOutput,
  type DestroyedAddress,
  type SynthOutput,
  type TfJson,
} from './report/destroyed-addresses';
