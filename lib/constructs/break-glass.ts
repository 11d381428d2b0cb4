/**
 * Break-glass (emergency access) accounts: existing cloud-only accounts, given an ACTIVE permanent Global
 * Administrator assignment outside PIM (entra-docs security-emergency-access.md). No passwords in state.
 */
import { DirectoryRoleAssignment } from '@cdktf/provider-azuread/lib/directory-role-assignment';
import { Construct } from 'constructs';
import { GLOBAL_ADMINISTRATOR_TEMPLATE_ID } from '../catalog/directory-roles';
import type { BreakGlassAccount } from '../model/definition';
import { named } from './addresses';
import type { AccessProviders } from './providers';

/** `azuread_directory_role_assignment.BREAK_GLASS__<object id>` per account. */
export class BreakGlassAccounts extends Construct {
  /** The assignments, by account object ID. */
  public readonly assignments = new Map<string, DirectoryRoleAssignment>();

  constructor(scope: Construct, id: string, accounts: readonly BreakGlassAccount[], providers: AccessProviders) {
    super(scope, id);
    for (const a of accounts) {
      this.assignments.set(
        a.objectId,
        named(
          new DirectoryRoleAssignment(this, a.objectId, {
            provider: providers.azuread,
            roleId: GLOBAL_ADMINISTRATOR_TEMPLATE_ID,
            principalObjectId: a.objectId,
            directoryScopeId: '/',
          }),
          'BREAK_GLASS',
          a.objectId,
        ),
      );
    }
  }
}
