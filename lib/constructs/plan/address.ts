/**
 * Terraform names derived from the model's names, never positions: the same element keeps its address when others
 * are added, removed or reordered, e.g. `TASK_PROD_VIEWER__in__BASE_PROD_ACR_IMAGE_LIST`. Pure (no cdktf): the
 * unit plan (unit-plan.ts) names every resource with these, and the constructs give each resource the planned name
 * (addresses.ts).
 *
 * Names are unique by construction: a part that sanitizing changes (`VM Operator (DEV)`, `john.smith@x`) carries a
 * short hash of its exact text, so `VM Operator (DEV)` and `VM Operator [DEV]`, or `john.smith@` and `john_smith@`,
 * never become one resource.
 */
import { createHash } from 'crypto';
import { rawLiteral } from '../literal-text';

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
