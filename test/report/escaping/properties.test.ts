/**
 * Property tests over whole report files (fast-check, fixed seed, bounded runs: FC_SEED and FC_RUNS as in
 * test/reliability/properties.test.ts): arbitrary hostile text appended to every text field of the inspector model
 * (names, descriptions, labels, UPNs, scopes, clusters, namespaces, role names), and written whole into a role
 * description and a break-glass display name, never changes the shape of a report, only its text.
 */
import fc from 'fast-check';
import { DOMParser } from '@xmldom/xmldom';
import { parseCsv } from '../../../lib/audit-log/csv-parse';
import type { ResolvedModel } from '../../../lib/model/resolved';
import { CSV_COLUMNS, renderCsv } from '../../../lib/report/access-csv';
import { markControls, neutralizeFormula, singleLine } from '../../../lib/report/escape';
import { renderMarkdownReport } from '../../../lib/report/markdown';
import { renderMermaid } from '../../../lib/report/mermaid';
import { renderSvg } from '../../../lib/report/svg';
import { inspectorModel } from '../../fixtures/inspector';
import {
  FC_PARAMS,
  INVISIBLE,
  MODEL_KEEP,
  NOT_XML_CHAR,
  hostileText,
  withSuffix,
  expectMarkdownShapeKept,
} from './hostile';

/** The inspector model with `suffix` on every text, `whole` as a role's description and a break-glass name. */
function hostileModel(suffix: string, whole: string): ResolvedModel {
  const m = withSuffix(inspectorModel(), suffix, MODEL_KEEP);
  return {
    ...m,
    roles: m.roles.map((r, i) => (i === 0 ? { ...r, description: whole } : r)),
    breakGlass: m.breakGlass.map((b) => ({ ...b, displayName: whole })),
  };
}

const plain = hostileModel('x', 'x');

test('access-report.md: the same lines, headings, table rows and cells, and elements; no tag, no invisible', () => {
  expectMarkdownShapeKept((suffix, whole) => renderMarkdownReport(hostileModel(suffix, whole)), 2);
});

test('access-report.csv: parses back to the same rows of every column, each value neutralized', () => {
  const rowCount = parseCsv(renderCsv(plain), 'plain.csv').length;
  fc.assert(
    fc.property(hostileText, hostileText, (suffix, whole) => {
      const model = hostileModel(suffix, whole);
      const csv = renderCsv(model);
      expect(csv).not.toMatch(INVISIBLE);
      const rows = parseCsv(csv, 'access-report.csv');
      expect(rows).toHaveLength(rowCount);
      for (const r of rows) {
        expect(r.fields).toHaveLength(CSV_COLUMNS.length);
        for (const f of r.fields) expect(f).not.toMatch(/^[=+\-@\t\r]/);
      }
      const cell = (s: string) => neutralizeFormula(markControls(s));
      expect(rows.filter((r) => r.fields[0] === 'break-glass').map((r) => r.fields[1])).toEqual([cell(whole)]);
      expect(new Set(rows.filter((r) => r.fields[0] === 'role').map((r) => r.fields[1]))).toEqual(
        new Set(model.roles.map((r) => cell(r.name))),
      );
    }),
    FC_PARAMS,
  );
});

test('access-diagram.svg: well-formed XML with only XML characters, every node titled with its name', () => {
  const groups = (svg: string) => (svg.match(/<g /g) ?? []).length;
  const plainGroups = groups(renderSvg(plain));
  fc.assert(
    fc.property(hostileText, (suffix) => {
      const model = hostileModel(suffix, 'x');
      const svg = renderSvg(model);
      expect(svg).not.toMatch(NOT_XML_CHAR);
      expect(groups(svg)).toBe(plainGroups);
      const errors: string[] = [];
      const doc = new DOMParser({
        onError: (level: string, msg: string) => void errors.push(`${level}: ${msg}`),
      }).parseFromString(svg, 'image/svg+xml');
      expect(errors).toEqual([]);
      const ids = Array.from(doc.getElementsByTagName('g')).map((g) => g.getAttribute('id'));
      const names = [...model.baselines, ...model.tasks, ...model.roles].map((n) => singleLine(n.name));
      expect(new Set(ids)).toEqual(new Set(names));
    }),
    FC_PARAMS,
  );
});

test('Mermaid: every line a statement, every label in its quotes and decoding back to its name', () => {
  const lineCount = renderMermaid(plain).split('\n').length;
  const statement =
    /^(?:flowchart LR|  subgraph \w+\["[^"]*"\]|    direction TB|    \w+\["((?:[A-Za-z0-9 _.,()/+-]|#\d+;)*)<br\/><small>(?:[A-Za-z0-9 _.,()/+-]|#\d+;)*<\/small>"\]|  end|  \w+ (?:-->|-\. eligible \.->) \w+|  classDef \w+ [\w:#,]+|  class [\w,]+ \w+|)$/;
  fc.assert(
    fc.property(hostileText, (suffix) => {
      const model = hostileModel(suffix, 'x');
      const lines = renderMermaid(model).split('\n');
      expect(lines).toHaveLength(lineCount);
      const labels: string[] = [];
      for (const line of lines) {
        const m = statement.exec(line);
        expect(m).not.toBeNull();
        if (m?.[1] !== undefined)
          labels.push(m[1].replace(/#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))));
      }
      const names = [...model.baselines, ...model.tasks, ...model.roles].map((n) => singleLine(n.name));
      expect(new Set(labels)).toEqual(new Set(names));
    }),
    FC_PARAMS,
  );
});
