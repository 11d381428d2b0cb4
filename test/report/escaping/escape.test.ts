/**
 * The escaping functions every report writer uses (lib/report/escape): exact output for hostile values, and
 * properties over arbitrary strings: Markdown renders back to the value (control characters marked, line breaks
 * collapsed) and adds no element, a CSV field parses back to one neutralized cell, XML text is well formed,
 * a Mermaid label decodes back to the value and never leaves its quotes.
 */
import fc from 'fast-check';
import {
  controlMarker,
  csvField,
  escapeXml,
  markControls,
  mdCell,
  mdCode,
  mdLinkText,
  mdText,
  mermaidIds,
  mermaidLabel,
  neutralizeFormula,
  singleLine,
} from '../../../lib/report/escape';
import { parseCsv } from '../../../lib/audit-log/csv-parse';
import { DOMParser } from '@xmldom/xmldom';
import {
  FC_PARAMS,
  INVISIBLE,
  NOT_XML_CHAR,
  elementCounts,
  hostileText,
  htmlText,
  renderMarkdown,
  tableCells,
} from './hostile';

describe('control characters', () => {
  test('bidirectional overrides, isolates, marks, C0, C1, zero-width and lone surrogates become visible markers', () => {
    expect(markControls('ROLE_\u202EREDAER')).toBe('ROLE_\\u202EREDAER');
    expect(markControls('a\u2066b\u2069c\u200Ed\u200Fe\u061Cf')).toBe('a\\u2066b\\u2069c\\u200Ed\\u200Fe\\u061Cf');
    expect(markControls('nul\u0000 esc\u001B[31m del\u007F nel\u0085')).toBe(
      'nul\\u0000 esc\\u001B[31m del\\u007F nel\\u0085',
    );
    expect(markControls('zw\u200Bj\u2060bom\uFEFF ls\u2028ps\u2029')).toBe(
      'zw\\u200Bj\\u2060bom\\uFEFF ls\\u2028ps\\u2029',
    );
    expect(markControls('lone \uD800 and \uDFFF, pair 😀')).toBe('lone \\uD800 and \\uDFFF, pair 😀');
    expect(controlMarker('\u202E')).toBe('\\u202E');
  });

  test('tab, CR and LF are kept for the writer; singleLine collapses each run of them to a space', () => {
    expect(markControls('a\tb\r\nc')).toBe('a\tb\r\nc');
    expect(singleLine('a\r\n\r\n# Forged\tx')).toBe('a # Forged x');
  });

  test('text without such characters is unchanged: accents, emoji, joiners stay', () => {
    expect(markControls('Zoë 😀 👩‍💻 ROLE_DEVELOPER')).toBe('Zoë 😀 👩‍💻 ROLE_DEVELOPER');
  });
});

describe('mdText', () => {
  test('HTML is text: < and & are entities', () => {
    expect(mdText('<script>alert(1)</script>')).toBe('&lt;script>alert(1)&lt;/script>');
    expect(mdText('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)>');
    expect(mdText('&lt; &amp;')).toBe('&amp;lt; &amp;amp;');
  });

  test('CR/LF can never start a line: a forged heading and table row stay in the cell', () => {
    expect(mdText('ok\r\n## Forged\n| ROLE_X | Owner |')).toBe('ok ## Forged \\| ROLE_X \\| Owner \\|');
  });

  test('Markdown punctuation is escaped, a word-internal _ is not', () => {
    expect(mdText('`code` *b* _e_ ~~s~~ $x$ \\')).toBe('\\`code\\` \\*b\\* \\_e\\_ \\~\\~s\\~\\~ \\$x\\$ \\\\');
    expect(mdText('ROLE_SNR_DEVELOPER')).toBe('ROLE_SNR_DEVELOPER');
    expect(mdText('__init__ a_ _b')).toBe('\\_\\_init\\_\\_ a\\_ \\_b');
  });

  test('links, images and definitions are text; a ] that closes nothing stays', () => {
    expect(mdText('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))');
    expect(mdText('see ![i](http://e.example/x.png)')).toBe('see ![i\\](http://e.example/x.png)');
    expect(mdText('[a]: http://evil.example')).toBe('\\[a\\]: http://evil.example');
    expect(mdText('ROLE_A [until 2026-12-31T23:59:59Z]')).toBe('ROLE_A [until 2026-12-31T23:59:59Z]');
  });

  test('a value that would start a block when it starts a line has its first character escaped', () => {
    expect(mdText('# H')).toBe('\\# H');
    expect(mdText('> q')).toBe('\\> q');
    expect(mdText('- item')).toBe('\\- item');
    expect(mdText('+ item')).toBe('\\+ item');
    expect(mdText('---')).toBe('\\---');
    expect(mdText('===')).toBe('\\===');
    expect(mdText('12. x')).toBe('12\\. x');
    expect(mdText('1) x')).toBe('1\\) x');
    expect(mdText('[ ] done')).toBe('\\[ ] done');
    expect(mdText('    code')).toBe('&#32;&#32;&#32;&#32;code');
  });

  test('plain text elsewhere stays as written: paths, addresses, issue numbers', () => {
    expect(mdText('ROLE_A -> TASK_B -> BASE_C')).toBe('ROLE_A -> TASK_B -> BASE_C');
    expect(mdText('172.16.1.0/24, -1, +1, =')).toBe('172.16.1.0/24, -1, +1, =');
    expect(mdText('PR #41 (C#)')).toBe('PR #41 (C#)');
    expect(mdText('name ##')).toBe('name \\#\\#');
  });

  test('control characters are marked, the marker shown as written', () => {
    expect(mdText('ROLE\u202EX\u0000')).toBe('ROLE\\\\u202EX\\\\u0000');
  });

  test('spaces at either end are entities: they neither indent a line nor break the bold around a value', () => {
    expect(mdText(' x ')).toBe('&#32;x&#32;');
    expect(mdText('x\n')).toBe('x&#32;');
  });

  test('link text: every bracket is escaped, so the link keeps its own', () => {
    expect(mdLinkText('ROLE_A"] --> X [y')).toBe('ROLE_A"\\] --> X \\[y');
    expect(mdLinkText('ROLE_DEVELOPER')).toBe('ROLE_DEVELOPER');
  });

  test('mdCell is mdText', () => {
    expect(mdCell('a|b\nc')).toBe('a\\|b c');
  });
});

describe('mdCode', () => {
  test('a plain value is a code span', () => {
    expect(mdCode('TASK_PROD_VIEWER')).toBe('`TASK_PROD_VIEWER`');
    expect(mdCode('/subscriptions/0000/resourceGroups/rg-app')).toBe('`/subscriptions/0000/resourceGroups/rg-app`');
    expect(mdCode('ROLE\u202EX')).toBe('`ROLE\\u202EX`');
    expect(mdCode('')).toBe('');
  });

  test('a backtick, pipe, < or & makes it <code> with escaped text, never a broken span or cell', () => {
    expect(mdCode('a`b')).toBe('<code>a\\`b</code>');
    expect(mdCode('a|b')).toBe('<code>a\\|b</code>');
    expect(mdCode('<script>')).toBe('<code>&lt;script></code>');
    expect(mdCode(' x')).toBe('<code>&#32;x</code>');
    expect(mdCode('x\ny')).toBe('`x y`');
  });
});

describe('Markdown properties', () => {
  const rendered = (md: string) => renderMarkdown(md);
  const cell = (s: string) => `| h | c |\n| --- | --- |\n| ${mdText(s)} | ${mdCode(s)} |\n`;
  const baseline = elementCounts(rendered(cell('x')));

  test('in a table cell, text and code: the row keeps two cells, gains no element, and reads as the value', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const md = cell(s);
        const lines = md.split('\n');
        expect(lines).toHaveLength(4);
        expect(tableCells(lines[2])).toBe(2);
        const html = rendered(md);
        expect(elementCounts(html)).toEqual({ ...baseline, ...(mdCode(s) === '' ? { code: 0 } : {}) });
        const shown = singleLine(s).trim().replace(/ +/g, ' ');
        const cells = [...html.matchAll(/<td>(.*?)<\/td>/gs)].map((m) => htmlText(m[1]).trim().replace(/ +/g, ' '));
        expect(cells[0]).toBe(shown);
        expect(cells[1]).toBe(mdCode(s) === '' ? '' : shown);
      }),
      FC_PARAMS,
    );
  });

  test('as a line of its own, a list item and a heading: one paragraph, item and heading, reading as the value', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const v = mdText(s);
        expect(v).not.toMatch(/[\r\n]/);
        expect(v.replace(/<\/?code>/g, '')).not.toContain('<');
        expect(v).not.toMatch(INVISIBLE);
        const html = rendered(`### ${v}\n\n${v}\n\n- ${v}\n`);
        const shown = singleLine(s).trim().replace(/ +/g, ' ');
        const counts = elementCounts(html);
        expect(counts).toEqual(v.trim() === '' ? { h3: 1, ul: 1, li: 1 } : { h3: 1, p: 1, ul: 1, li: 1 });
        for (const m of html.matchAll(/<(h3|p|li)>(.*?)<\/\1>/gs))
          expect(htmlText(m[2]).trim().replace(/ +/g, ' ')).toBe(shown);
      }),
      FC_PARAMS,
    );
  });
});

describe('csvField', () => {
  test('a formula is text (OWASP): a leading =, +, -, @, tab or CR gets a quote', () => {
    expect(csvField("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(csvField('=HYPERLINK("http://evil.example","x")')).toBe('"\'=HYPERLINK(""http://evil.example"",""x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('\r=1')).toBe('"\'\r=1"');
    expect(neutralizeFormula('a=1')).toBe('a=1');
  });

  test('RFC 4180 quoting is unchanged: commas, quotes and line breaks only', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  test('control characters are marked', () => {
    expect(csvField('ROLE\u202EX\u0000')).toBe('ROLE\\u202EX\\u0000');
  });

  test('property: a line of fields parses back to as many cells, each the neutralized value', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 5 }), (values) => {
        const text = `${values.map(csvField).join(',')}\r\n${values.map(() => 'x').join(',')}\r\n`;
        const rows = parseCsv(text, 'test.csv');
        expect(rows.map((r) => r.fields)).toEqual([
          values.map((v) => neutralizeFormula(markControls(v))),
          values.map(() => 'x'),
        ]);
        for (const f of rows[0].fields) expect(f).not.toMatch(/^[=+\-@\t\r]/);
        expect(text).not.toMatch(INVISIBLE);
      }),
      FC_PARAMS,
    );
  });
});

describe('escapeXml', () => {
  test('markup characters are entities; NUL and other forbidden characters are markers; line breaks a space', () => {
    expect(escapeXml('a<b>&"c"')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
    expect(escapeXml('x\u0000y\u202Ez\r\nw')).toBe('x\\u0000y\\u202Ez w');
  });

  test('property: in a text node and an attribute the document parses and reads back as the value', () => {
    const parser = new DOMParser({
      onError: (level: string, message: string) => {
        throw new Error(`${level}: ${message}`);
      },
    });
    fc.assert(
      fc.property(hostileText, (s) => {
        const e = escapeXml(s);
        const svg = `<svg xmlns="http://www.w3.org/2000/svg"><g id="${e}"><title>${e}</title></g></svg>`;
        expect(svg).not.toMatch(NOT_XML_CHAR);
        const doc = parser.parseFromString(svg, 'image/svg+xml');
        const g = doc.getElementsByTagName('g')[0];
        expect(g.getAttribute('id')).toBe(singleLine(s));
        expect(doc.getElementsByTagName('title')[0].textContent).toBe(singleLine(s));
      }),
      FC_PARAMS,
    );
  });
});

describe('Mermaid', () => {
  test('a label is letters, digits, a few safe signs and entity codes', () => {
    expect(mermaidLabel('a"]; click x call evil() <b>`m`</b> #quot;')).toBe(
      'a#34;#93;#59; click x call evil() #60;b#62;#96;m#96;#60;/b#62; #35;quot#59;',
    );
    expect(mermaidLabel('JIT max PT4H, approval')).toBe('JIT max PT4H, approval');
    expect(mermaidLabel('a\nb\u202E')).toBe('a b#92;u202E');
  });

  test('an identifier name is its own ID, any other name node<n>, the same name the same ID', () => {
    const id = mermaidIds();
    expect(id('ROLE_DEVELOPER')).toBe('ROLE_DEVELOPER');
    expect(id('ROLE_X"] --> Y')).toBe('node1');
    expect(id('role_lower')).toBe('node2');
    expect(id('ROLE_X"] --> Y')).toBe('node1');
  });

  test('property: a label decodes back to the value and holds no quote, tag, backtick or statement end', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const l = mermaidLabel(s);
        expect(l).toMatch(/^(?:[A-Za-z0-9 _.,()/+-]|#\d+;)*$/);
        expect(l.replace(/#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))).toBe(singleLine(s));
      }),
      FC_PARAMS,
    );
  });
});
