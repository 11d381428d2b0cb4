/** Character classes that make a formatted value mean something else than it shows, named for people. */

/** `U+0430`: the code point of a character, as Unicode charts write it. */
export function codePointLabel(c: string): string {
  return `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first whitespace (Unicode) or control (C0, DEL, C1) character of a string, or undefined. */
export function firstSpaceOrControl(s: string): string | undefined {
  return /[\u0000-\u001f\u007f-\u009f\s]/u.exec(s)?.[0];
}

/** The first character outside printable ASCII (above U+007E), or undefined. */
export function firstNonAscii(s: string): string | undefined {
  return [...s].find((c) => (c.codePointAt(0) ?? 0) > 0x7e);
}

/**
 * Why a character is in a formatted value, in words: a line break (which starts a new header in mail and a new line
 * in every report), a space, another whitespace or control character.
 */
export function describeSpaceOrControl(c: string): string {
  if (c === '\n' || c === '\r') return `a line break (${codePointLabel(c)})`;
  if (c === ' ') return 'a space';
  return `the whitespace or control character ${codePointLabel(c)}`;
}

/** `the non-ASCII character "а" (U+0430), which may look like a Latin letter`. */
export function describeNonAscii(c: string): string {
  return `the non-ASCII character "${c}" (${codePointLabel(c)}), which may look like a Latin letter`;
}
