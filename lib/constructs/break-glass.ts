/**
 * Break-glass (emergency access) accounts: existing cloud-only accounts, given an ACTIVE permanent Global
 * Administrator assignment outside PIM (entra-docs security-emergency-access.md). No passwords in state.
 * The assignments are never destroyed by Terraform (`prevent_destroy`), and one the account already holds is
 * imported when the definition gives its ID.
 */
import { DirectoryRoleAssignment } from '@cdktf/provider-azuread/lib/directory-role-assignment';
import { Construct } from 'constructs';
import { GLOBAL_ADMINISTRATOR_TEMPLATE_ID } from '../catalog/directory-roles';
import type { BreakGlassAccount } from '../model/definition';
import { renderAs } from './addresses';
import { planBreakGlassResources } from './plan/directory-plans';
import type { PlannedResource } from './plan/planned-resource';
import type { AccessProviders } from './providers';

/** `azuread_directory_role_assignment.BREAK_GLASS__<object id>` per account. */
export class BreakGlassAccounts extends Construct {
  /** The assignments, by account object ID. */
  public readonly assignments = new Map<string, DirectoryRoleAssignment>();

  /**
   * Built by {@link TaskAccessModel} and {@link TaskAccessStacks} from the resolved model, not on its own.
   * @internal
   * @param accounts - the accounts
   * @param providers - the providers of the scope
   * @param planned - the assignment of each account, from the unit plan (default: planned from `accounts`)
   */
  constructor(
    scope: Construct,
    id: string,
    accounts: readonly BreakGlassAccount[],
    providers: AccessProviders,
    planned: readonly PlannedResource[] = planBreakGlassResources(accounts),
  ) {
    super(scope, id);
    for (const [i, a] of accounts.entries()) {
      const assignment = renderAs(
        new DirectoryRoleAssignment(this, a.objectId, {
          provider: providers.azuread,
          roleId: GLOBAL_ADMINISTRATOR_TEMPLATE_ID,
          principalObjectId: a.objectId,
          directoryScopeId: '/',
          // Removing an account from the definition must never delete Global Administrator from an emergency
          // account: that takes an explicit, reviewed `terraform state rm` (docs/security.md, Break-glass).
          lifecycle: { preventDestroy: true },
        }),
        planned[i],
      );
      // The account already holds the assignment (emergency-access guidance): import it rather than create a
      // second one. azuread 3.7.0's importer takes `/roleManagement/directory/roleAssignments/{id}`
      // (internal/services/directoryroles/directory_role_assignment_resource.go, ImporterValidatingResourceId with
      // stable.ValidateRoleManagementDirectoryRoleAssignmentID), not the bare ID its docs show.
      if (a.globalAdministratorAssignmentId !== undefined)
        assignment.importFrom(
          `/roleManagement/directory/roleAssignments/${a.globalAdministratorAssignmentId}`,
          providers.azuread,
        );
      this.assignments.set(a.objectId, assignment);
    }
  }
}
