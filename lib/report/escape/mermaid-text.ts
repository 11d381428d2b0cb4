/**
 * Values as literal Mermaid flowchart source: node IDs that are always identifiers, and labels that can't leave
 * their quotes, start a Markdown string, or carry HTML.
 */
import { singleLine } from './control-chars';

/** Label characters written as they are; every other one becomes a Mermaid entity code (`#60;` for `<`). */
const LABEL_PLAIN = /[A-Za-z0-9 _.,()/+-]/;

/**
 * A value as the text of a quoted Mermaid label (`id["..."]`): {@link singleLine}, then every character outside
 * letters, digits, space and `_ . , ( ) / + -` as a numeric entity code `#<code point>;`, which Mermaid turns into
 * that character as text. So `"` can't close the label, `<` can't open a tag, a backtick can't start a Markdown
 * string, `#` can't start an entity and `;` or `:` can't end a statement or read as a style.
 */
export function mermaidLabel(s: string): string {
  let out = '';
  for (const c of singleLine(s)) out += LABEL_PLAIN.test(c) ? c : `#${c.codePointAt(0)};`;
  return out;
}

/** A name usable as a node ID as it is: an upper-case identifier, as every group name of a valid definition is. */
const SAFE_ID = /^[A-Z][A-Z0-9_]*$/;

/**
 * Mermaid node IDs for names: a group name such as `TASK_PROD_VIEWER` is its own ID (the diagram source reads as
 * the model); any other name (from an `access-model.json` given to the command line, say) gets `node<n>` in the
 * order asked, lower case so it never meets an upper-case name. The same name always gets the same ID.
 */
export function mermaidIds(): (name: string) => string {
  const ids = new Map<string, string>();
  return (name: string): string => {
    if (SAFE_ID.test(name)) return name;
    let id = ids.get(name);
    if (id === undefined) {
      id = `node${ids.size + 1}`;
      ids.set(name, id);
    }
    return id;
  };
}
