/**
 * Terraform addresses derived from names, never positions: the same element keeps its address when others
 * are added, removed or reordered. A resource's logical ID is overridden with a readable name built from the
 * model's names, e.g. `azuread_group_member.TASK_PROD_VIEWER__in__BASE_PROD_ACR_IMAGE_LIST`.
 *
 * Addresses are unique by construction: a part that sanitizing changes (`VM Operator (DEV)`, `john.smith@x`)
 * carries a short hash of its exact text, so `VM Operator (DEV)` and `VM Operator [DEV]`, or `john.smith@` and
 * `john_smith@`, never become one resource (cdktf merges elements with the same logical ID silently). Should two
 * elements still get one address, {@link named} refuses the second with a problem naming both.
 */
import { createHash } from 'crypto';
import { TerraformDataSource, TerraformStack, type TerraformElement } from 'cdktf';
import { AccessModelError } from '../model/problem';
import { rawLiteral } from './literal-text';

/** A Terraform-safe identifier from free text: letters, digits, `_` and `-`, starting with a letter or `_`. */
export function safeId(text: string): string {
  const s = text.replace(/[^A-Za-z0-9_-]+/g, '_');
  return /^[A-Za-z_]/.test(s) ? s : `_${s}`;
}

/** A short, stable hash of a value (8 hex characters), for parts of an address that are not names. */
export function shortHash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 8);
}

/** One part of an address: the text when it is already safe, else its safe form and a hash of the exact text. */
export function addressPart(text: string): string {
  let part = parts.get(text);
  if (part === undefined) {
    const raw = rawLiteral(text);
    const clean = raw.replace(/[^A-Za-z0-9_-]+/g, '_');
    part = clean === raw ? raw : `${clean}_${shortHash(raw)}`;
    parts.set(text, part);
  }
  return part;
}

/** Parts made already: the same role or scope name recurs in thousands of addresses, its hash is taken once. */
const parts = new Map<string, string>();

/** Joins address parts with `__`; only the whole needs to start with a letter or `_`. */
export function address(...parts: string[]): string {
  return safeId(parts.map(addressPart).join('__'));
}

/** Which element took each address, per stack. */
const taken = new WeakMap<TerraformStack, Map<string, TerraformElement>>();

/** A resource or data source: a Terraform element with a type. */
export interface TypedTerraformElement extends TerraformElement {
  /** The Terraform type, e.g. `azuread_group_without_members`. */
  readonly terraformResourceType: string;
}

/**
 * Gives an element its name-derived logical ID and returns it. Refuses (an {@link AccessModelError}) an address
 * another element of the stack already has, naming both, instead of letting cdktf merge them.
 * @typeParam T - the resource or data source type, returned as given
 */
export function named<T extends TypedTerraformElement>(element: T, ...parts: string[]): T {
  const id = address(...parts);
  const stack = TerraformStack.of(element);
  const byAddress = taken.get(stack) ?? new Map<string, TerraformElement>();
  taken.set(stack, byAddress);
  const full = `${TerraformDataSource.isTerraformDataSource(element) ? 'data.' : ''}${element.terraformResourceType}.${id}`;
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
