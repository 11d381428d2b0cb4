export * from './definition';
export * from './duration';
export * from './formats';
export { parseAzureScope, azureScopeKey } from './azure-scope';
export type {
  AzureScopeAccepted,
  AzureScopeKind,
  AzureScopeRefused,
  AzureScopeResult,
  ParsedAzureScope,
} from './azure-scope';
export { emailAddressProblem } from './email-address';
export * from './errors';
export { userPrincipalNameProblem } from './user-principal-name';
export * from './snapshot';
export * from './grants';
export * from './names';
export * from './environment-scopes';
export * from './problem';
export * from './resolve';
export * from './resolved';
export * from './schema';
export { validateDefinition, assertValidDefinition } from './validation';
export * from './jit-policy';
export * from './expiry';
export * from './eligibility-lapse';
export * from './federated-credentials';
export * from './time-bounds';
export * from './workload-identity';
export * from './security-settings';
export * from './resolved-security';
export * from './high-privilege-policy';
export * from './conditional-access';
export * from './monitoring';
export * from './group-owners';
export * from './approvers';
export * from './privilege';
export * from './definition-paths';
export type { RoleAssignableEligibility } from './role-assignable';
