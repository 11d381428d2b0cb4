/** Building blocks of KQL text: quoted literals and lists, deterministic. */

/** A KQL string literal: double quotes, with `\` and `"` escaped. */
export function kqlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/** A parenthesised list of string literals for `in` / `in~`, sorted and de-duplicated: `("a", "b")`. */
export function kqlList(values: readonly string[]): string {
  return `(${[...new Set(values)].sort().map(kqlString).join(', ')})`;
}
