/**
 * Custom Azure role definitions of the model (e.g. a VM start/stop role with only the power actions),
 * created at the first assignable scope.
 */
import { RoleDefinition } from '@cdktf/provider-azurerm/lib/role-definition';
import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import type { CustomAzureRoleDefinition } from '../model/definition';
import { renderAs } from './addresses';
import { planCustomRoleDefinition } from './plan/directory-plans';
import type { PlannedResource } from './plan/planned-resource';
import { canonicalList } from './canonical-order';
import { scopedRoleDefinitionId } from './role-definition-id';

/** `azurerm_role_definition.<role name>` for one custom role. */
export class CustomRole extends Construct {
  /** The role definition resource. */
  public readonly resource: RoleDefinition;

  /**
   * Built by {@link TaskAccessModel} and {@link TaskAccessStacks} from the resolved model, not on its own.
   * @internal
   * @param role - the custom role
   * @param provider - the azurerm provider
   * @param planned - its definition, from the unit plan (default: planned from `role`)
   */
  constructor(
    scope: Construct,
    id: string,
    role: CustomAzureRoleDefinition,
    provider: TerraformProvider,
    planned: PlannedResource = planCustomRoleDefinition(role),
  ) {
    super(scope, id);
    this.resource = renderAs(
      new RoleDefinition(this, 'definition', {
        provider,
        name: role.name,
        scope: role.assignableScopes[0],
        description: role.description ?? `Managed by cdktf-task-access: ${role.name}`,
        permissions: [
          {
            // In a canonical order (canonical-order.ts): reordering them in the definition changes nothing.
            actions: canonicalList(role.actions),
            notActions: canonicalList(role.notActions),
            dataActions: canonicalList(role.dataActions),
            notDataActions: canonicalList(role.notDataActions),
          },
        ],
        assignableScopes: [...role.assignableScopes],
      }),
      planned,
    );
  }

  /**
   * The ID to assign the role by at `scope`: in the assignment's own subscription (or tenant-level for a
   * management group scope). `role_definition_resource_id` carries the subscription of the first assignable
   * scope, but Azure returns an assignment's role definition ID in the assignment's subscription, and
   * `role_definition_id` forces replacement in azurerm 4.55.0 (internal/services/authorization/
   * role_assignment_resource.go: ForceNew), so an assignment in another subscription would be destroyed and
   * created again on every apply (azurerm #4847).
   */
  public roleDefinitionIdAt(scope: string): string {
    return scopedRoleDefinitionId(scope, this.resource.roleDefinitionId);
  }
}
