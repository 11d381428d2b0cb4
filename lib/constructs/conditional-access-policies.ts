/**
 * The Conditional Access policies the model needs, with every break-glass account excluded.
 *
 * The pinned azuread provider (3.7.0) can't target an authentication context in `azuread_conditional_access_policy`
 * (its `applications` block has no `included_authentication_context_class_references`: azuread issue #882 open,
 * PR #1534 closed unmerged), so the policy is emitted as its Microsoft Graph body in the Terraform output
 * `conditional_access_policies`, to create once with Graph (see docs/security.md). Role group object
 * IDs are filled in by Terraform.
 */
import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { conditionalAccessGraphBody } from '../model/conditional-access';
import type { ResolvedConditionalAccessPolicy } from '../model/resolved-security';

/** Props of {@link ConditionalAccessPolicies}. */
export interface ConditionalAccessPoliciesProps {
  /** The policies of the resolved model. */
  readonly policies: readonly ResolvedConditionalAccessPolicy[];
  /** The object ID (a Terraform reference) of a role group, by role name. */
  readonly roleGroupObjectId: (role: string) => string;
}

/** Name of the Terraform output holding the Graph bodies, by policy name. */
export const CONDITIONAL_ACCESS_OUTPUT = 'conditional_access_policies';

/** Output `conditional_access_policies`: `{ <policy name>: <Graph conditionalAccessPolicy body> }`. */
export class ConditionalAccessPolicies extends Construct {
  /** The Graph bodies, by policy name (role group IDs as Terraform references). */
  public readonly bodies: Readonly<Record<string, Record<string, unknown>>>;

  /** Built by {@link TaskAccessModel} and {@link TaskAccessStacks} from the resolved model, not on its own. @internal */
  constructor(scope: Construct, id: string, props: ConditionalAccessPoliciesProps) {
    super(scope, id);
    this.bodies = Object.fromEntries(
      props.policies.map((p) => [p.name, conditionalAccessGraphBody(p, props.roleGroupObjectId)]),
    );
    new TerraformOutput(this, 'output', {
      value: this.bodies,
      description:
        'Conditional Access policies to create with Microsoft Graph (POST /v1.0/identity/conditionalAccess/policies); break-glass accounts are excluded from each',
    }).overrideLogicalId(CONDITIONAL_ACCESS_OUTPUT);
  }
}
