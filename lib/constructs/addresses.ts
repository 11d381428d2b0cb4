/**
 * Terraform addresses derived from names, never positions (plan/address.ts): a resource's logical ID is overridden
 * with a readable name built from the model's names, e.g.
 * `azuread_group_member.TASK_PROD_VIEWER__in__BASE_PROD_ACR_IMAGE_LIST`. {@link renderAs} gives an element the name
 * its unit plan (plan/unit-plan.ts) planned for it and refuses an element of another type than planned, so what the
 * constructs build is what the plan, and stack sizing, says.
 *
 * Addresses are unique by construction (plan/address.ts); cdktf merges elements with the same logical ID silently,
 * so should two elements still get one address, the second is refused with a problem naming both.
 */
import { TerraformDataSource, TerraformStack, type TerraformElement } from 'cdktf';
import { AccessModelError } from '../model/problem';
import { rawLiteral } from './literal-text';
import { address } from './plan/address';
import { plannedAddress, type PlannedResource } from './plan/planned-resource';

export { address, addressPart, safeId, shortHash } from './plan/address';

/** Which element took each address, per stack. */
const taken = new WeakMap<TerraformStack, Map<string, TerraformElement>>();

/** A resource or data source: a Terraform element with a type. */
export interface TypedTerraformElement extends TerraformElement {
  /** The Terraform type, e.g. `azuread_group_without_members`. */
  readonly terraformResourceType: string;
}

/**
 * Gives an element its name-derived logical ID (the parts joined by {@link address}) and returns it. Refuses (an
 * {@link AccessModelError}) an address another element of the stack already has, naming both, instead of letting
 * cdktf merge them.
 * @typeParam T - the resource or data source type, returned as given
 */
export function named<T extends TypedTerraformElement>(element: T, ...parts: string[]): T {
  return withLogicalId(element, TerraformDataSource.isTerraformDataSource(element), address(...parts));
}

/**
 * Gives an element the name its plan planned for it and returns it, as {@link named} does. Throws when the element
 * is not of the planned type (or a data source where a resource was planned, or the other way round): the plan and
 * the construct disagree, which is a bug of the library.
 * @typeParam T - the resource or data source type, returned as given
 */
export function renderAs<T extends TypedTerraformElement>(element: T, planned: PlannedResource): T {
  const data = TerraformDataSource.isTerraformDataSource(element);
  if (element.terraformResourceType !== planned.type || data !== (planned.data === true))
    throw new Error(
      `${rawLiteral(element.node.path)} is a ${data ? 'data source ' : ''}${element.terraformResourceType}, but its unit plan has ${plannedAddress(planned)} there: ` +
        'this is a bug of cdktf-task-access (lib/constructs/plan and the construct disagree), please report it.',
    );
  return withLogicalId(element, data, planned.name);
}

function withLogicalId<T extends TypedTerraformElement>(element: T, data: boolean, id: string): T {
  const stack = TerraformStack.of(element);
  const byAddress = taken.get(stack) ?? new Map<string, TerraformElement>();
  taken.set(stack, byAddress);
  const full = `${data ? 'data.' : ''}${element.terraformResourceType}.${id}`;
  const first = byAddress.get(full);
  if (first !== undefined && first !== element) {
    const path = rawLiteral(element.node.path);
    throw new AccessModelError([
      {
        path,
        rule: 'address-collision',
        message: `two elements of the definition would become one Terraform resource ${full}: ${rawLiteral(first.node.path)} and ${path}`,
        value: full,
        fix: 'rename one of them; names that differ only in characters Terraform addresses cannot hold must differ otherwise',
      },
    ]);
  }
  byAddress.set(full, element);
  element.overrideLogicalId(id);
  return element;
}
