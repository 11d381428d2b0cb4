/**
 * Terraform addresses derived from names, never positions: the same element keeps its address when others
 * are added, removed or reordered. A resource's logical ID is overridden with a readable name built from the
 * model's names, e.g. `azuread_group_member.TASK_PROD_VIEWER__in__BASE_PROD_ACR_IMAGE_LIST`.
 */
import { createHash } from 'crypto';
import type { TerraformResource } from 'cdktf';

/** A Terraform-safe identifier from free text: letters, digits, `_` and `-`, starting with a letter or `_`. */
export function safeId(text: string): string {
  const s = text.replace(/[^A-Za-z0-9_-]+/g, '_');
  return /^[A-Za-z_]/.test(s) ? s : `_${s}`;
}

/** A short, stable hash of a value (8 hex characters), for parts of an address that are not names. */
export function shortHash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 8);
}

/** Joins address parts with `__`; only the whole needs to start with a letter or `_`. */
export function address(...parts: string[]): string {
  return safeId(parts.map((p) => p.replace(/[^A-Za-z0-9_-]+/g, '_')).join('__'));
}

/** Gives a resource its name-derived logical ID and returns it. */
export function named<T extends TerraformResource>(resource: T, ...parts: string[]): T {
  resource.overrideLogicalId(address(...parts));
  return resource;
}
