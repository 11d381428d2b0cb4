/**
 * The report files of a model whose text fields an attacker wrote (a description, a display name, a custom role
 * name, a role name read from an access-model.json): exact lines of access-report.md, access-report.csv,
 * access-diagram.svg and the Mermaid diagram. Every value is literal: no tag, no forged line or cell, no formula,
 * no invisible character.
 */
import { DOMParser } from '@xmldom/xmldom';
import { parseCsv } from '../../../lib/audit-log/csv-parse';
import type { ResolvedModel } from '../../../lib/model/resolved';
import { CSV_COLUMNS, renderCsv } from '../../../lib/report/access-csv';
import { renderMarkdownReport } from '../../../lib/report/markdown';
import { renderMermaid } from '../../../lib/report/mermaid';
import { renderSvg } from '../../../lib/report/svg';
import { INSPECTOR, inspectorModel } from '../../fixtures/inspector';
import {
  INVISIBLE,
  NOT_XML_CHAR,
  OWN_TAGS,
  elementCounts,
  markdownShape,
  renderMarkdown,
  replaceText,
} from './hostile';

const SCRIPT = '<script>alert(1)</script>';
const FORMULA = "=cmd|' /C calc'!A0";
/** The inspector model with one text in each of six fields. */
function withTexts(t: {
  alice: string;
  breakGlass: string;
  customRole: string;
  lead: string;
  readerDescription: string;
  kvDescription: string;
}): ResolvedModel {
  const base = replaceText(inspectorModel(), {
    Alice: t.alice,
    'breakglass1@contoso.onmicrosoft.com': t.breakGlass,
    'VM Operator': t.customRole,
    ROLE_LEAD: t.lead,
  });
  return {
    ...base,
    roles: base.roles.map((r) => (r.name === 'ROLE_READER' ? { ...r, description: t.readerDescription } : r)),
    baselines: base.baselines.map((b) =>
      b.name === 'BASE_PROD_KV_SECRETS_GET' ? { ...b, description: t.kvDescription } : b,
    ),
  };
}

const model = withTexts({
  alice: 'Alice <img src=x onerror=alert(1)>\u202Eevil',
  breakGlass: FORMULA,
  customRole: 'VM Operator | forged | cell |\n# Heading',
  lead: 'ROLE_LEAD"] --> X',
  readerDescription: `${SCRIPT}\r\n## Forged\r\n| x | y |`,
  kvDescription: 'nul\u0000 & <b>bold</b>\u202E',
});
/** The same fields with plain text. */
const plain = withTexts({
  alice: 'Alice',
  breakGlass: 'bg',
  customRole: 'VM Operator',
  lead: 'ROLE_LEAD',
  readerDescription: 'Reads.',
  kvDescription: 'Secrets.',
});

describe('access-report.md', () => {
  const md = renderMarkdownReport(model);
  const lines = md.split('\n');

  test('a description with HTML and CR/LF is one line of text: no tag, no heading, no table row', () => {
    expect(lines).toContain('&lt;script>alert(1)&lt;/script> ## Forged \\| x \\| y \\|');
    expect(md).not.toContain('## Forged\n');
  });

  test('a display name with a tag and a bidirectional override: the heading and member list show it as text', () => {
    expect(lines).toContain('### Alice &lt;img src=x onerror=alert(1)>\\\\u202Eevil');
    expect(md).toContain('Members: Alice &lt;img src=x onerror=alert(1)>\\\\u202Eevil (user');
  });

  test('a custom role name with pipes and a line break stays in its cell', () => {
    const row = lines.find((l) => l.startsWith('| standing | Azure custom role |') && l.includes('ROLE_OPERATOR ->'));
    expect(row).toBe(
      `| standing | Azure custom role | VM Operator \\| forged \\| cell \\| # Heading | \`${INSPECTOR.resourceGroup}\` | ROLE_OPERATOR -> TASK_PROD_OPERATE -> BASE_PROD_VM_OPERATOR |`,
    );
  });

  test('a role name that closes brackets is the whole text of its link', () => {
    expect(md).toContain('Roles: [ROLE_LEAD"\\] --> X](#role_lead----x).');
  });

  test('a formula as a break-glass display name is text in its cell', () => {
    expect(lines).toContain(`| \\=cmd\\|' /C calc'!A0 | \`${INSPECTOR.breakGlass}\` |`);
  });

  test('the document keeps the shape of the plain one, and renders with no element a value brought', () => {
    const plainMd = renderMarkdownReport(plain);
    expect(markdownShape(md)).toEqual(markdownShape(plainMd));
    expect(md.replace(OWN_TAGS, '')).not.toContain('<');
    expect(md).not.toMatch(INVISIBLE);
    expect(elementCounts(renderMarkdown(md))).toEqual(elementCounts(renderMarkdown(plainMd)));
  });
});

describe('access-report.csv', () => {
  const csv = renderCsv(model);
  const rows = parseCsv(csv, 'access-report.csv');

  test('a formula is text: the cell starts with a quote', () => {
    expect(csv).toContain(
      `\r\nbreak-glass,'=cmd|' /C calc'!A0,${INSPECTOR.breakGlass},user,,,,,standing,,,,,Entra directory role,Global Administrator,62e90394-69f5-4237-9190-012177145e10,,,,\r\n`,
    );
  });

  test('a line break stays inside its quoted cell; a bidirectional override is a marker', () => {
    const custom = rows.find((r) => r.fields[0] === 'role' && r.fields[13] === 'Azure custom role');
    expect(custom?.fields[14]).toBe('VM Operator | forged | cell |\n# Heading');
    expect(csv).toContain('"VM Operator | forged | cell |\n# Heading"');
    expect(rows.filter((r) => r.fields[1] === 'Alice <img src=x onerror=alert(1)>\\u202Eevil').length).toBeGreaterThan(
      0,
    );
  });

  test('every row has every column, as many rows as the plain model, no formula and no invisible character', () => {
    expect(rows.length).toBe(parseCsv(renderCsv(plain), 'plain.csv').length);
    for (const r of rows) {
      expect(r.fields).toHaveLength(CSV_COLUMNS.length);
      for (const f of r.fields) expect(f).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(csv).not.toMatch(INVISIBLE);
  });
});

describe('access-diagram.svg', () => {
  const svg = renderSvg(model);

  test('parses as XML: a NUL is a marker, markup is escaped', () => {
    expect(svg).not.toMatch(NOT_XML_CHAR);
    expect(svg).toContain('<title>BASE_PROD_KV_SECRETS_GET: nul\\u0000 &amp; &lt;b&gt;bold&lt;/b&gt;\\u202E</title>');
    const errors: string[] = [];
    const doc = new DOMParser({
      onError: (level: string, msg: string) => void errors.push(`${level}: ${msg}`),
    }).parseFromString(svg, 'image/svg+xml');
    expect(errors).toEqual([]);
    const ids = [...Array.from(doc.getElementsByTagName('g'))].map((g) => g.getAttribute('id'));
    expect(ids).toContain('ROLE_LEAD"] --> X');
  });
});

describe('the Mermaid diagram', () => {
  const mermaid = renderMermaid(model).split('\n');

  test('a name that is no identifier gets a node ID; its label is entity codes, never out of its quotes', () => {
    expect(mermaid).toContain(
      '    node1["ROLE_LEAD#34;#93; --#62; X<br/><small>1 member, inherits ROLE_OPERATOR</small>"]',
    );
    expect(mermaid).toContain('  TASK_PROD_OPERATE --> node1');
    expect(mermaid).toContain('  class node1,ROLE_OPERATOR,ROLE_READER role');
  });

  test('every line is a statement of the diagram', () => {
    for (const line of mermaid.filter((l) => l !== ''))
      expect(line).toMatch(
        /^(?:flowchart LR|  subgraph \w+\["[^"]*"\]|    direction TB|    \w+\["(?:[A-Za-z0-9 _.,()/+-]|#\d+;)*<br\/><small>(?:[A-Za-z0-9 _.,()/+-]|#\d+;)*<\/small>"\]|  end|  \w+ (?:-->|-\. eligible \.->) \w+|  classDef \w+ [\w:#,]+|  class [\w,]+ \w+)$/,
      );
  });
});
