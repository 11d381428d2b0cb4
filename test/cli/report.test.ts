/** `task-access report` and `task-access schema`, run in-process. */

import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { reportFormats, runReport } from '../../lib/cli/commands/report';
import { runSchema } from '../../lib/cli/commands/schema';
import { EXIT } from '../../lib/cli/program';
import { resolveDefinition } from '../../lib/model/resolve';
import { accessModelJsonSchema } from '../../lib/report/access-model-schema';
import { renderReport } from '../../lib/report/report-files';
import { inspectorDefinition } from '../fixtures/inspector';
import { capture, workspace } from './io';

const dir = workspace(inspectorDefinition());
const model = resolveDefinition(inspectorDefinition());

test('prints Markdown by default, or the one format asked for', () => {
  const md = capture(dir);
  expect(runReport({}, md.io)).toBe(EXIT.OK);
  expect(md.stdout()).toBe(renderReport(model, 'md'));
  const csv = capture(dir);
  expect(runReport({ format: 'csv' }, csv.io)).toBe(EXIT.OK);
  expect(csv.stdout()).toBe(renderReport(model, 'csv'));
  const json = capture(dir);
  expect(runReport({ json: true }, json.io)).toBe(EXIT.OK);
  expect(json.stdout()).toBe(renderReport(model, 'json'));
  const html = capture(dir);
  expect(runReport({ format: 'html' }, html.io)).toBe(EXIT.OK);
  expect(html.stdout()).toBe(renderReport(model, 'html'));
  expect(html.stdout()).toMatch(/^<!DOCTYPE html>\n/);
});

test('--out writes every format, or those asked for, and says which files', () => {
  const c = capture(dir);
  expect(runReport({ out: 'review' }, c.io)).toBe(EXIT.OK);
  expect(c.stdout()).toBe(
    'wrote review/access-model.json\nwrote review/access-report.md\nwrote review/access-report.csv\nwrote review/access-diagram.svg\nwrote review/access-explorer.html\n',
  );
  expect(readdirSync(join(dir, 'review')).sort()).toEqual([
    'access-diagram.svg',
    'access-explorer.html',
    'access-model.json',
    'access-report.csv',
    'access-report.md',
  ]);
  expect(readFileSync(join(dir, 'review', 'access-diagram.svg'), 'utf8')).toBe(renderReport(model, 'svg'));
  expect(readFileSync(join(dir, 'review', 'access-explorer.html'), 'utf8')).toBe(renderReport(model, 'html'));
  const some = capture(dir);
  expect(runReport({ out: 'some', format: 'svg, md' }, some.io)).toBe(EXIT.OK);
  expect(some.stdout()).toBe('wrote some/access-report.md\nwrote some/access-diagram.svg\n');
});

test('fails an unknown format, and several formats without --out, with exit 2', () => {
  expect(() => reportFormats({ format: 'pdf' })).toThrow(
    'report: --format "pdf" is not a format; use json, md, csv, svg, html (comma-separated for several with --out)',
  );
  const c = capture(dir);
  expect(runReport({ format: 'md,csv' }, c.io)).toBe(EXIT.USAGE);
  expect(c.stderr()).toBe(
    'task-access: report: several formats (md, csv) need --out <dir>; or print one format at a time\n',
  );
});

test('schema prints the JSON Schema of access-model.json', () => {
  const c = capture(dir);
  expect(runSchema(c.io)).toBe(EXIT.OK);
  expect(JSON.parse(c.stdout())).toEqual(accessModelJsonSchema());
});
