/**
 * access-explorer.html as text: the model embedded as inert JSON that reads back exactly, the inline script
 * allowed by its hash and nothing else allowed to load, and the same bytes for the same definition. What the
 * page does in a browser is test/explorer.
 */
import { createHash } from 'crypto';
import fc from 'fast-check';
import { resolveDefinition } from '../../../lib/model/resolve';
import { jsonForScript } from '../../../lib/report/escape/script-json';
import { readAccessModelDocument, renderModelJson } from '../../../lib/report/model-json';
import { EXPLORER_DATA_ID, renderExplorerHtml } from '../../../lib/report/explorer/explorer-html';
import { referenceOrganisation } from '../../../examples/reference-org/definition';

const model = resolveDefinition(referenceOrganisation);
const STUB = { script: 'window.ok = 1;', style: 'body { margin: 0 }' };
const embedded = (html: string): string => {
  const open = `<script type="application/json" id="${EXPLORER_DATA_ID}">`;
  const start = html.indexOf(open) + open.length;
  return html.slice(start, html.indexOf('</script>', start));
};

describe('jsonForScript', () => {
  test('writes <, >, &, U+2028 and U+2029 as \\u escapes', () => {
    expect(jsonForScript({ a: '</script><script>alert(1)</script>', b: '<!-- & \u2028\u2029' })).toBe(
      '{"a":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e","b":"\\u003c!-- \\u0026 \\u2028\\u2029"}',
    );
  });

  test('any value reads back the same, and the text has none of those characters', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = jsonForScript(value);
        expect(text).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { seed: 20261203, numRuns: 300 },
    );
  });
});

describe('renderExplorerHtml', () => {
  test('embeds the resolved model (without definition paths), readable back exactly', () => {
    const html = renderExplorerHtml(model, STUB);
    const { paths: _paths, ...withoutPaths } = model;
    void _paths;
    expect(JSON.parse(embedded(html))).toEqual(JSON.parse(JSON.stringify(withoutPaths)));
  });

  test('a hostile description stays inside its JSON string: one data element, the script after it intact', () => {
    const hostile = '</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)> \u2028';
    const html = renderExplorerHtml(
      resolveDefinition({
        ...referenceOrganisation,
        roles: referenceOrganisation.roles.map((r, i) => (i === 0 ? { ...r, description: hostile } : r)),
      }),
      STUB,
    );
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain('alert(1)</script>');
    expect(html).toContain(`<script>${STUB.script}</script>`);
    expect(JSON.stringify(JSON.parse(embedded(html)))).toContain(JSON.stringify(hostile).slice(1, -1));
  });

  test('a Content-Security-Policy allows the inline script by its hash and no request at all', () => {
    const html = renderExplorerHtml(model, STUB);
    const hash = createHash('sha256').update(STUB.script).digest('base64');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    expect(csp).toBe(
      `default-src 'none'; script-src 'sha256-${hash}'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'`,
    );
  });

  test('the model read back from access-model.json gives the same page as the definition', () => {
    const readBack = readAccessModelDocument(JSON.parse(renderModelJson(model)));
    expect(renderExplorerHtml(readBack, STUB)).toBe(renderExplorerHtml(model, STUB));
  });

  test('the same model gives the same bytes, with the bundled script', () => {
    const a = renderExplorerHtml(resolveDefinition(referenceOrganisation));
    const b = renderExplorerHtml(resolveDefinition(referenceOrganisation));
    expect(a).toBe(b);
    expect(a.length).toBeGreaterThan(1_000_000);
    expect(a).toMatch(/^<!DOCTYPE html>\n<html lang="en">\n/);
  });
});
