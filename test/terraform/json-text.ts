/**
 * JSON text with the path of every line: the text is `JSON.stringify(value, null, 2)`, and `paths[n - 1]` is the
 * key path of line `n` (e.g. `['resource', 'azuread_group_member', 'X', 'group_object_id']`), so a Terraform
 * diagnostic on `cdk.tf.json line n` maps back to the resource and attribute it is about.
 */

/** One key or array index of a path. */
export type PathPart = string | number;

/** The text and, per line, its path. */
export interface JsonText {
  readonly text: string;
  readonly paths: readonly (readonly PathPart[])[];
}

/** Serializes like `JSON.stringify(value, null, 2)`, recording each line's path. */
export function jsonText(value: unknown): JsonText {
  const lines: string[] = [];
  const paths: PathPart[][] = [];
  const emit = (v: unknown, path: PathPart[], prefix: string, indent: string, suffix: string): void => {
    const entries: Array<[PathPart, unknown]> | undefined = Array.isArray(v)
      ? v.map((x, i) => [i, x])
      : v !== null && typeof v === 'object'
        ? Object.entries(v).filter(([, x]) => x !== undefined && typeof x !== 'function')
        : undefined;
    if (entries === undefined || entries.length === 0) {
      const inline = entries === undefined ? JSON.stringify(v) : Array.isArray(v) ? '[]' : '{}';
      lines.push(`${indent}${prefix}${inline}${suffix}`);
      paths.push(path);
      return;
    }
    const [open, close] = Array.isArray(v) ? ['[', ']'] : ['{', '}'];
    lines.push(`${indent}${prefix}${open}`);
    paths.push(path);
    entries.forEach(([key, x], i) => {
      const keyText = typeof key === 'number' ? '' : `${JSON.stringify(key)}: `;
      emit(x, [...path, key], keyText, `${indent}  `, i < entries.length - 1 ? ',' : '');
    });
    lines.push(`${indent}${close}${suffix}`);
    paths.push(path);
  };
  emit(value, [], '', '', '');
  return { text: lines.join('\n'), paths };
}

/**
 * The Terraform address and attribute a key path is in: `resource.T.N.a.b` gives `T.N` and `a.b`,
 * `data.T.N.a` gives `data.T.N` and `a`, `output.x.value` gives `output.x` and `value`; array indices are
 * written `[i]` (`lifecycle.replace_triggered_by[0]`).
 */
export function addressOf(path: readonly PathPart[]): { address?: string; attribute?: string } {
  const attr = (rest: readonly PathPart[]) =>
    rest.length === 0
      ? undefined
      : rest.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  const [section, a, b] = path;
  if (section === 'resource' && a !== undefined && b !== undefined)
    return { address: `${a}.${b}`, attribute: attr(path.slice(3)) };
  if (section === 'data' && a !== undefined && b !== undefined)
    return { address: `data.${a}.${b}`, attribute: attr(path.slice(3)) };
  if ((section === 'output' || section === 'provider') && a !== undefined)
    return { address: `${section}.${a}`, attribute: attr(path.slice(2)) };
  if (section !== undefined) return { address: String(section), attribute: attr(path.slice(1)) };
  return {};
}
