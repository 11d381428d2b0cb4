/**
 * Custom Azure role definitions of the model (e.g. a VM start/stop role with only the power actions),
 * created at the first assignable scope.
 */
import { RoleDefinition } from '@cdktf/provider-azurerm/lib/role-definition';
import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import type { CustomAzureRoleDefinition } from '../model/definition';
import { named } from './addresses';

/** `azurerm_role_definition.<role name>` for one custom role. */
export class CustomRole extends Construct {
  /** The role definition resource. */
  public readonly resource: RoleDefinition;

  constructor(scope: Construct, id: string, role: CustomAzureRoleDefinition, provider: TerraformProvider) {
    super(scope, id);
    this.resource = named(
      new RoleDefinition(this, 'definition', {
        provider,
        name: role.name,
        scope: role.assignableScopes[0],
        description: role.description ?? `Managed by cdktf-task-access: ${role.name}`,
        permissions: [
          {
            actions: [...role.actions],
            notActions: [...(role.notActions ?? [])],
            dataActions: [...(role.dataActions ?? [])],
            notDataActions: [...(role.notDataActions ?? [])],
          },
        ],
        assignableScopes: [...role.assignableScopes],
      }),
      'CUSTOM_ROLE',
      role.name,
    );
  }

  /** The ID to assign the role by. */
  public get roleDefinitionId(): string {
    return this.resource.roleDefinitionResourceId;
  }
}
