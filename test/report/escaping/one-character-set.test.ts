/**
 * One set of hidden characters, one marker each, in every writer: the same value gives the same markers in the
 * Markdown report, the CSV, the SVG and the Mermaid diagram, the access explorer's embedded data, the terminal
 * and a validation problem. Each writer's output for the hostile value equals its output for the value with the
 * markers already written in (the writer marks exactly the set, nothing more or less); ZWNJ and ZWJ stay as they
 * are everywhere.
 */
import { formatProblem } from '../../../lib/model/problem';
import type { ResolvedModel } from '../../../lib/model/resolved';
import { visibleText } from '../../../lib/model/value-preview';
import { renderCsv } from '../../../lib/report/access-csv';
import {
  csvField,
  escapeXml,
  jsonForScript,
  markControls,
  mdText,
  mermaidLabel,
  terminalText,
} from '../../../lib/report/escape';
import { renderMarkdownReport } from '../../../lib/report/markdown';
import { renderMermaid } from '../../../lib/report/mermaid';
import { renderSvg } from '../../../lib/report/svg';
import { inspectorModel } from '../../fixtures/inspector';
import { replaceText } from './hostile';

/** One character of each class of the set, and the marker every writer shows for it. */
const MARKED: readonly (readonly [string, string])[] = [
  ['\u0000', '\\u0000'], // C0
  ['\u001B', '\\u001B'], // ESC
  ['\u007F', '\\u007F'], // DEL
  ['\u0085', '\\u0085'], // C1 (NEL)
  ['\u061C', '\\u061C'], // ALM
  ['\u200B', '\\u200B'], // zero-width space
  ['\u200E', '\\u200E'], // LRM
  ['\u200F', '\\u200F'], // RLM
  ['\u2028', '\\u2028'], // line separator
  ['\u2029', '\\u2029'], // paragraph separator
  ['\u202A', '\\u202A'], // LRE
  ['\u202E', '\\u202E'], // RLO
  ['\u2060', '\\u2060'], // word joiner
  ['\u2061', '\\u2061'], // function application
  ['\u2062', '\\u2062'], // invisible times
  ['\u2063', '\\u2063'], // invisible separator
  ['\u2064', '\\u2064'], // invisible plus
  ['\u2065', '\\u2065'], // unassigned, default ignorable
  ['\u2066', '\\u2066'], // LRI
  ['\u2069', '\\u2069'], // PDI
  ['\uFEFF', '\\uFEFF'], // BOM
  ['\uFFFE', '\\uFFFE'], // noncharacter
  ['\uD800', '\\uD800'], // lone high surrogate
];

/** Not in the set: the joiners Persian, the Indic scripts and emoji sequences need, and a surrogate pair. */
const KEPT = 'می\u200Cخواهم क्\u200Dष 👩\u200D💻';

const HOSTILE = `Ali${MARKED.map(([c]) => `${c}-`).join('')}ce ${KEPT}`;
const PREMARKED = `Ali${MARKED.map(([, m]) => `${m}-`).join('')}ce ${KEPT}`;
const RAW = new RegExp(`[${MARKED.map(([c]) => c).join('')}]`);

test('markControls and visibleText mark the same characters the same way', () => {
  expect(markControls(HOSTILE)).toBe(PREMARKED);
  expect(visibleText(HOSTILE)).toBe(PREMARKED);
  expect(markControls(KEPT)).toBe(KEPT);
  expect(visibleText(KEPT)).toBe(KEPT);
});

test.each([
  ['Markdown text', mdText, '\u200C'],
  ['CSV field', csvField, '\u200C'],
  ['SVG (XML) text', escapeXml, '\u200C'],
  ['Mermaid label (every non-ASCII character as its entity)', mermaidLabel, '#8204;'],
  ['terminal', (s: string) => terminalText(s), '\u200C'],
  ['terminal line', (s: string) => terminalText(visibleText(s)), '\u200C'],
])('%s: the hostile value reads as the value with the markers written in', (_name, write, zwnj) => {
  const out = write(HOSTILE);
  expect(out).toBe(write(PREMARKED));
  expect(out).not.toMatch(RAW);
  expect(out).toContain(zwnj);
});

test('a validation problem: path, message, fix and the value (as JSON) show the same markers', () => {
  // A value of up to 120 characters is shown whole.
  const value = 'a\u001B\u0085\u202E\u2062\uD800 \u200Dz';
  const out = formatProblem({
    path: `roles.${HOSTILE}`,
    rule: 'x',
    message: `about ${HOSTILE}`,
    value,
    fix: `fix ${HOSTILE}`,
  });
  expect(out).toBe(
    `  roles.${PREMARKED}  [x]\n    about ${PREMARKED}\n    value: "a\\u001B\\u0085\\u202E\\u2062\\uD800 \u200Dz"\n    fix: fix ${PREMARKED}`,
  );
});

test("the access explorer's embedded data: every marked character is its escape, the joiners stay raw, JSON reads back the value", () => {
  const json = jsonForScript({ name: HOSTILE });
  expect(json).not.toMatch(RAW);
  // JSON writes C0 controls as its own lower-case escapes (`\u001b`), the same character.
  for (const [, m] of MARKED) expect(json.toUpperCase()).toContain(m.toUpperCase());
  expect(json).toContain(KEPT);
  expect(JSON.parse(json)).toEqual({ name: HOSTILE });
});

/** The inspector model with Alice's display name and ROLE_READER's description set to `text`. */
function withText(text: string): ResolvedModel {
  const base = replaceText(inspectorModel(), { Alice: text });
  return { ...base, roles: base.roles.map((r) => (r.name === 'ROLE_READER' ? { ...r, description: text } : r)) };
}

test.each([
  ['access-report.md', renderMarkdownReport],
  ['access-report.csv', renderCsv],
  ['access-diagram.svg', renderSvg],
  ['Mermaid diagram', renderMermaid],
])('%s of a model holding the value: the same file as with the markers written in', (_name, render) => {
  const out = render(withText(HOSTILE));
  expect(out).toBe(render(withText(PREMARKED)));
  expect(out).not.toMatch(RAW);
});
