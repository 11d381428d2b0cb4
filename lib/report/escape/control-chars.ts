/**
 * Characters that change how report text reads without being seen: every report writer (Markdown, CSV, SVG,
 * Mermaid) and the access explorer replace each with a visible marker, `\u202E` (backslash, `u`, four upper-case
 * hex digits), so an auditor sees that it was there and which one it was, and the text around it stays as written.
 * The set is defined once, in lib/model/hidden-characters.ts (which says which characters and why), so the
 * reports, the command line and the `hidden-character` rule agree; the names here are the reports' own.
 */
import {
  characterMarker,
  HIDDEN_CHARACTER_CLASS,
  HIDDEN_CHARACTERS,
  markHiddenCharacters,
} from '../../model/hidden-characters';

/** The characters replaced by {@link markControls}: the model's `HIDDEN_CHARACTERS`. Global, for `replace`. */
export const MARKED_CHARACTERS: RegExp = HIDDEN_CHARACTERS;

/**
 * The characters {@link MARKED_CHARACTERS} can match (surrogates whole), as a class for other writers' quick
 * checks: a text without one is left as it is.
 */
export const MAY_BE_MARKED_CLASS: string = HIDDEN_CHARACTER_CLASS;

/** The visible marker of one character: `\u202E`. */
export const controlMarker: (c: string) => string = characterMarker;

/**
 * Replaces every {@link MARKED_CHARACTERS} character with its {@link controlMarker}; keeps tab, LF and CR, which
 * each writer handles as its format needs (CSV quotes them, the others collapse them with {@link singleLine}).
 */
export const markControls: (s: string) => string = markHiddenCharacters;

/**
 * {@link markControls}, then every run of tabs, CRs and LFs becomes one space: a value can never start a new line
 * (a forged heading, table row or SVG line) in a format where lines mean something.
 */
export function singleLine(s: string): string {
  const marked = markControls(s);
  return /[\t\r\n]/.test(marked) ? marked.replace(/[\t\r\n]+/g, ' ') : marked;
}
