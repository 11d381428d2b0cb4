/**
 * The copy of a synthesized stack that Terraform checks: the stack as synthesized, minus the resources of
 * providers that can't be installed here (kubernetes, offline) and everything that refers to them, and with
 * `lifecycle.prevent_destroy` off (the mocked apply's teardown destroys everything). Both changes are recorded,
 * so the check can say what it did not check.
 */

/** Terraform JSON as cdktf writes it (only the parts the copy touches are typed). */
export interface TerraformJson {
  terraform?: { required_providers?: Record<string, unknown>; backend?: Record<string, unknown> } & Record<
    string,
    unknown
  >;
  provider?: Record<string, Array<Record<string, unknown>>>;
  resource?: Record<string, Record<string, Block>>;
  data?: Record<string, Record<string, Block>>;
  output?: Record<string, Block>;
  locals?: Record<string, unknown>;
  import?: Block[];
  [key: string]: unknown;
}

/** A resource, data source, output or import block. */
export type Block = Record<string, unknown>;

/** What was left out of a copy because its provider is not available. */
export interface LeftOut {
  /** Provider local names left out, with their aliases, e.g. `kubernetes.aks-prod`. */
  readonly providers: readonly string[];
  /** Addresses of the provider's own resources and data sources, e.g. `kubernetes_role_binding_v1.X`. */
  readonly elements: readonly string[];
  /** Other blocks left out because an expression of theirs refers to a left-out element (`output.x`, `T.N`, `import.T.N`). */
  readonly dependents: readonly string[];
  /** `depends_on` / `replace_triggered_by` entries naming a left-out element, removed from blocks that stay. */
  readonly references: number;
}

/** A stack's copy for Terraform and what differs from the stack. */
export interface StackCopy {
  readonly json: TerraformJson;
  readonly leftOut: LeftOut;
  /** Addresses whose `lifecycle.prevent_destroy = true` is `false` in the copy. */
  readonly preventDestroyCleared: readonly string[];
}

/**
 * Copies a stack for Terraform. `leaveOut` names provider local names (keys of `required_providers`) whose
 * provider is not available: their `provider` blocks, `required_providers` entries, resources and data sources
 * (by type prefix `<name>_` or a `provider` meta-argument), and every block whose expressions refer to one of
 * them, are left out; `depends_on` and `replace_triggered_by` entries naming them are removed.
 */
export function copyStack(stack: TerraformJson, leaveOut: readonly string[] = []): StackCopy {
  const json = structuredClone(stack);
  const providers: string[] = [];
  const elements = new Set<string>();
  const dependents: string[] = [];
  let references = 0;

  const ofLeftOutProvider = (type: string, block: Block): boolean =>
    leaveOut.some(
      (p) =>
        type.startsWith(`${p}_`) ||
        (typeof block.provider === 'string' && (block.provider === p || block.provider.startsWith(`${p}.`))),
    );

  for (const p of leaveOut) {
    for (const config of json.provider?.[p] ?? []) providers.push(config.alias ? `${p}.${String(config.alias)}` : p);
    if (json.provider) delete json.provider[p];
    if (json.terraform?.required_providers) delete json.terraform.required_providers[p];
  }
  for (const { address, type, block, remove } of blocksOf(json)) {
    if (type === undefined || !ofLeftOutProvider(type, block)) continue;
    elements.add(address);
    remove();
  }

  // Leave out what refers to a left-out element, until nothing does (a dependent may itself be referred to).
  const gone = new Set(elements);
  for (let changed = gone.size > 0; changed;) {
    changed = false;
    for (const { address, block, remove } of blocksOf(json)) {
      references += pruneMetaReferences(block, gone);
      if (!mentions(block, gone)) continue;
      dependents.push(address);
      gone.add(address);
      remove();
      changed = true;
    }
  }
  pruneEmptySections(json);

  const preventDestroyCleared: string[] = [];
  for (const [type, byName] of Object.entries(json.resource ?? {})) {
    for (const [name, block] of Object.entries(byName)) {
      const lifecycle = block.lifecycle as Record<string, unknown> | undefined;
      if (lifecycle?.prevent_destroy !== true) continue;
      lifecycle.prevent_destroy = false;
      preventDestroyCleared.push(`${type}.${name}`);
    }
  }
  return {
    json,
    leftOut: { providers, elements: [...elements].sort(), dependents: dependents.sort(), references },
    preventDestroyCleared: preventDestroyCleared.sort(),
  };
}

/** One block of a stack: its address, its type (resources and data sources), and a way to remove it. */
interface StackBlock {
  readonly address: string;
  readonly type?: string;
  readonly block: Block;
  readonly remove: () => void;
}

/** Every resource, data source, output and import block of a stack with its address and a way to remove it. */
function blocksOf(json: TerraformJson): StackBlock[] {
  const out: StackBlock[] = [];
  for (const [section, prefix] of [
    ['resource', ''],
    ['data', 'data.'],
  ] as const) {
    for (const [type, byName] of Object.entries(json[section] ?? {})) {
      for (const [name, block] of Object.entries(byName)) {
        out.push({ address: `${prefix}${type}.${name}`, type, block, remove: () => delete byName[name] });
      }
    }
  }
  for (const [name, block] of Object.entries(json.output ?? {})) {
    out.push({ address: `output.${name}`, block, remove: () => delete json.output?.[name] });
  }
  if (Array.isArray(json.import)) {
    const imports = json.import;
    for (const block of [...imports]) {
      out.push({
        address: `import.${String(block.to)}`,
        block,
        remove: () => imports.splice(imports.indexOf(block), 1),
      });
    }
  }
  return out;
}

/** Removes `depends_on` and `lifecycle.replace_triggered_by` entries that name a left-out address. */
function pruneMetaReferences(block: Block, gone: ReadonlySet<string>): number {
  let removed = 0;
  const prune = (holder: Record<string, unknown> | undefined, key: string) => {
    const list = holder?.[key];
    if (!holder || !Array.isArray(list)) return;
    const kept = list.filter((entry) => !(typeof entry === 'string' && mentionsString(entry, gone)));
    removed += list.length - kept.length;
    if (kept.length === list.length) return;
    if (kept.length > 0) holder[key] = kept;
    else delete holder[key];
  };
  prune(block, 'depends_on');
  prune(block.lifecycle as Record<string, unknown> | undefined, 'replace_triggered_by');
  return removed;
}

/** Whether any string in `value` refers to one of the addresses. */
function mentions(value: unknown, gone: ReadonlySet<string>): boolean {
  if (typeof value === 'string') return mentionsString(value, gone);
  if (Array.isArray(value)) return value.some((v) => mentions(v, gone));
  if (value && typeof value === 'object') return Object.values(value).some((v) => mentions(v, gone));
  return false;
}

/** `output.x` is referred to as nothing (outputs are not referenceable); `T.N` and `data.T.N` by their address. */
function mentionsString(text: string, gone: ReadonlySet<string>): boolean {
  for (const match of text.matchAll(/(?<![\w.-])((?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z_][\w-]*)/g)) {
    if (gone.has(match[1])) return true;
  }
  return false;
}

function pruneEmptySections(json: TerraformJson): void {
  for (const section of ['resource', 'data'] as const) {
    for (const [type, byName] of Object.entries(json[section] ?? {})) {
      if (Object.keys(byName).length === 0) delete json[section]?.[type];
    }
    if (json[section] && Object.keys(json[section] ?? {}).length === 0) delete json[section];
  }
  if (json.output && Object.keys(json.output).length === 0) delete json.output;
  if (Array.isArray(json.import) && json.import.length === 0) delete json.import;
  if (json.provider && Object.keys(json.provider).length === 0) delete json.provider;
}
