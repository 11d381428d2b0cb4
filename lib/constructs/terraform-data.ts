/**
 * `terraform_data` that checks the Terraform version once per stack instead of once per resource.
 *
 * cdktf's `DataResource` gives every instance a `ValidateTerraformVersion(">=1.4")` validation, and each one
 * runs `terraform version` in a child process when the app synthesizes: an organisation with 5,000 PIM
 * schedules (each has its terms in a `terraform_data`) started 5,000 processes, minutes of synthesis. This
 * class synthesizes the same JSON (`input` only) and adds that validation once to its stack
 * (private/cdktf-internals.ts).
 */
import { TerraformResource, TerraformStack, anyToHclTerraform, anyToTerraform, hashMapper, hashMapperHcl } from 'cdktf';
import type { Construct } from 'constructs';
import { checkTerraformVersionOnce } from './private/cdktf-internals';

/** Props of {@link TerraformData}. */
export interface TerraformDataConfig {
  /** Stored in state and reflected in the `output` attribute; a change replaces dependents that use `replace_triggered_by`. */
  readonly input: Record<string, unknown>;
}

/** A `terraform_data` resource (built in to Terraform >= 1.4, no provider) holding `input`. */
export class TerraformData extends TerraformResource {
  /** The Terraform resource type. */
  public static readonly tfResourceType = 'terraform_data';
  private readonly inputValue: Record<string, unknown>;

  constructor(scope: Construct, id: string, config: TerraformDataConfig) {
    super(scope, id, {
      terraformResourceType: 'terraform_data',
      terraformGeneratorMetadata: { providerName: 'terraform' },
    });
    this.inputValue = config.input;
    checkTerraformVersionOnce(
      TerraformStack.of(this),
      '>=1.4',
      'The built-in Terraform data resource is only supported for Terraform >=1.4. Please upgrade your Terraform version.',
    );
  }

  /** The resource's arguments in Terraform JSON: `input` only. */
  protected synthesizeAttributes(): { [name: string]: unknown } {
    return { input: hashMapper(anyToTerraform)(this.inputValue) };
  }

  /** The resource's arguments for HCL output: `input` only. */
  protected synthesizeHclAttributes(): { [name: string]: unknown } {
    return { input: hashMapperHcl(anyToHclTerraform)(this.inputValue) };
  }
}
