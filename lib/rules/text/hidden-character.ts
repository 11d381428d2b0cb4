/**
 * Rule `hidden-character`: no free text of the definition holds a control, bidirectional formatting or invisible
 * character. A reviewer reading the definition's source in a pull request does not see them: a bidirectional
 * override makes a description read otherwise than it is stored, a zero-width character makes two display names
 * that look the same differ (the Trojan Source attack, CVE-2021-42574, https://trojansource.codes/). Every output
 * shows them as markers; this rule stops them where they are written.
 *
 * One level, error: the set (lib/model/hidden-characters.ts) already leaves out the joiners scripts and emoji need
 * (ZWNJ, ZWJ), so what is left has no place in an access model's text: ESC, the C0 and C1 controls and the
 * bidirectional formatting characters are the attack itself, and the invisible ones (zero-width space, word
 * joiner, invisible operators, BOM) hide a difference a reviewer should see. As with rustc, whose lint for
 * bidirectional characters in literals is deny-by-default
 * (https://doc.rust-lang.org/stable/nightly-rustc/rustc_lint/builtin/static.TEXT_DIRECTION_CODEPOINT_IN_LITERAL.html),
 * the rare legitimate use (an RLM in mixed Hebrew and Latin text) is kept with a suppression and its reason.
 */
import { findHiddenCharacters } from '../../model/hidden-characters';
import type { Rule, Violation } from '../rule';
import { definitionTexts } from '../support/definition-text';

/** Every free-text field of the definition is free of the characters every output marks. */
export const hiddenCharacter: Rule = {
  id: 'hidden-character',
  level: 'error',
  suppressible: true,
  summary:
    'no free text of the definition (descriptions, owners, display names, custom role names) holds a control, bidirectional formatting or invisible character',
  source:
    'Trojan Source (CVE-2021-42574, https://trojansource.codes/): a reviewer does not see these characters in the definition; Unicode UAX #9 bidirectional formatting characters',
  check(ctx) {
    const out: Violation[] = [];
    for (const t of definitionTexts(ctx)) {
      const found = findHiddenCharacters(t.text);
      if (found.length === 0) continue;
      const at = found.map((c) => `${c.marker} at character ${c.position}`).join(', ');
      const n = found.length;
      out.push({
        path: `${t.path}.${t.field}`,
        message: `the ${t.field} of ${t.element} holds ${n} hidden character${n === 1 ? '' : 's'} (${at}): a reviewer reading the definition does not see ${n === 1 ? 'it' : 'them'}, and ${n === 1 ? 'it' : 'they'} can reorder or hide the text around ${n === 1 ? 'it' : 'them'}`,
        value: t.text,
        fix: `retype the ${t.field} without ${n === 1 ? 'it' : 'them'} (every output shows ${n === 1 ? 'it' : 'them'} as the marker above); if the text needs one (e.g. a right-to-left mark in mixed-direction text), suppress hidden-character at ${t.path}.${t.field} with a reason`,
      });
    }
    return out;
  },
};
