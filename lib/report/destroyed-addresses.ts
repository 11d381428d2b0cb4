/**
 * Destroy safety: compare a previous synth output with the current one and list every Terraform address that
 * would be destroyed. A renamed group is a new address for the same group: Terraform would destroy the old group
 * (and its role assignments and memberships) and create a new one. Pure file reading, no cdktf.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { AccessUsageError } from '../model/errors';

/** An address that exists before and not after. */
export interface DestroyedAddress {
  /** Stack name (the folder under `stacks/`). */
  readonly stack: string;
  /** `type.name`. */
  readonly address: string;
  /** For groups: the display name, to tell which group would be deleted. */
  readonly displayName?: string;
  /** For groups: the address where a group with the same display name now lives (a rename), if any. */
  readonly renamedTo?: string;
}

/** The part of a stack's `cdk.tf.json` that is read: its resources, by type and name. */
export type TfJson = {
  /** Resource arguments by resource type, then by name. */
  resource?: Record<string, Record<string, Record<string, unknown>>>;
};

/** Reads `<dir>/stacks/<stack>/cdk.tf.json` of every stack of a synth output (`cdktf.out`). */
export function readSynthOutput(dir: string): Map<string, TfJson> {
  const stacksDir = join(dir, 'stacks');
  if (!existsSync(stacksDir) || !statSync(stacksDir).isDirectory()) {
    throw new AccessUsageError(
      `${dir} is not a cdktf synth output: ${stacksDir} does not exist (run cdktf synth first, and keep a copy of the previous cdktf.out)`,
    );
  }
  const out = new Map<string, TfJson>();
  for (const stack of readdirSync(stacksDir).sort()) {
    const file = join(stacksDir, stack, 'cdk.tf.json');
    if (existsSync(file)) out.set(stack, JSON.parse(readFileSync(file, 'utf8')) as TfJson);
  }
  return out;
}

const GROUP_TYPES = new Set(['azuread_group_without_members', 'azuread_group']);

function addresses(tf: TfJson): Map<string, Record<string, unknown>> {
  const m = new Map<string, Record<string, unknown>>();
  for (const [type, byName] of Object.entries(tf.resource ?? {}))
    for (const [name, r] of Object.entries(byName)) m.set(`${type}.${name}`, r);
  return m;
}

/** A synth output given as read stacks, or as its directory (read with {@link readSynthOutput}). */
export type SynthOutput = Map<string, TfJson> | string;

function stacksOf(output: unknown, which: 'before' | 'after'): Map<string, TfJson> {
  if (typeof output === 'string') return readSynthOutput(output);
  if (output instanceof Map) return output as Map<string, TfJson>;
  throw new AccessUsageError(
    `findDestroyedAddresses: ${which} is ${output === null ? 'null' : typeof output}; give a synth output directory (e.g. "cdktf.out") or readSynthOutput(dir)`,
  );
}

/**
 * Every address of `before` missing from `after` (a resource moved to another stack counts as destroyed in its
 * old stack: Terraform state is per stack). Sorted by stack and address. Each side is a synth output directory or
 * what {@link readSynthOutput} read from one.
 */
export function findDestroyedAddresses(beforeOutput: SynthOutput, afterOutput: SynthOutput): DestroyedAddress[] {
  const before = stacksOf(beforeOutput, 'before');
  const after = stacksOf(afterOutput, 'after');
  const afterAll = new Map<string, Map<string, Record<string, unknown>>>(
    [...after].map(([s, tf]) => [s, addresses(tf)]),
  );
  const groupsAfter = new Map<string, string>();
  for (const [stack, addrs] of afterAll) {
    for (const [addr, r] of addrs)
      if (GROUP_TYPES.has(addr.split('.')[0]) && typeof r.display_name === 'string')
        groupsAfter.set(r.display_name, `${stack}: ${addr}`);
  }
  const out: DestroyedAddress[] = [];
  for (const [stack, tf] of before) {
    const now = afterAll.get(stack) ?? new Map();
    for (const [addr, r] of addresses(tf)) {
      if (now.has(addr)) continue;
      const isGroup = GROUP_TYPES.has(addr.split('.')[0]);
      const displayName = isGroup && typeof r.display_name === 'string' ? r.display_name : undefined;
      const renamedTo = displayName !== undefined ? groupsAfter.get(displayName) : undefined;
      out.push({
        stack,
        address: addr,
        ...(displayName !== undefined ? { displayName } : {}),
        ...(renamedTo ? { renamedTo } : {}),
      });
    }
  }
  return out.sort((a, b) => (a.stack + a.address < b.stack + b.address ? -1 : 1));
}

/** Human-readable lines, one per destroyed address. */
export function formatDestroyed(destroyed: readonly DestroyedAddress[]): string {
  if (destroyed.length === 0) return 'No Terraform address would be destroyed.';
  return [
    `${destroyed.length} Terraform address${destroyed.length === 1 ? '' : 'es'} would be destroyed:`,
    ...destroyed.map((d) => {
      const what = d.displayName
        ? ` (group "${d.displayName}"${d.renamedTo ? `, recreated at ${d.renamedTo}: a rename destroys the group and its assignments` : ''})`
        : '';
      return `  - ${d.stack}: ${d.address}${what}`;
    }),
  ].join('\n');
}

/**
 * For a test in your own project: throws, listing every destroyed address, when the current synth output
 * (`currentDir`) would destroy something the previous one (`previousDir`) created. Pass `allow` to accept
 * addresses you mean to remove.
 */
export function assertNothingDestroyed(previousDir: string, currentDir: string, allow: readonly string[] = []): void {
  const destroyed = findDestroyedAddresses(readSynthOutput(previousDir), readSynthOutput(currentDir)).filter(
    (d) => !allow.includes(d.address),
  );
  if (destroyed.length > 0) throw new Error(formatDestroyed(destroyed));
}
