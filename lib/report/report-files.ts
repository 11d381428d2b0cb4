/**
 * The files written beside the Terraform at synthesis (and by `task-access report --out`): the resolved model
 * as JSON, the report as Markdown and CSV, the layer diagram as SVG, the access explorer as one HTML page. Names and
 * contents only (the explorer reads its bundled script once per process).
 */
import type { ResolvedModel } from '../model/resolved';
import { renderCsv } from './access-csv';
import { renderMarkdownReport } from './markdown';
import { renderModelJson } from './model-json';
import { renderSvg } from './svg';
import { renderExplorerHtml } from './explorer/explorer-html';

/** A report format: `json` (access-model.json), `md`, `csv`, `svg` (the diagram), `html` (the access explorer). */
export type ReportFormat = 'json' | 'md' | 'csv' | 'svg' | 'html';

/** Every format, in the order files are written. */
export const REPORT_FORMATS: readonly ReportFormat[] = ['json', 'md', 'csv', 'svg', 'html'];

/** The file name of each format. */
export const REPORT_FILE_NAMES: Readonly<Record<ReportFormat, string>> = {
  json: 'access-model.json',
  md: 'access-report.md',
  csv: 'access-report.csv',
  svg: 'access-diagram.svg',
  html: 'access-explorer.html',
};

/** Renders one format. */
export function renderReport(model: ResolvedModel, format: ReportFormat): string {
  switch (format) {
    case 'json':
      return renderModelJson(model);
    case 'md':
      return renderMarkdownReport(model);
    case 'csv':
      return renderCsv(model);
    case 'svg':
      return renderSvg(model);
    case 'html':
      return renderExplorerHtml(model);
  }
}

/** The report files of the given formats (default: all), by file name. */
export function renderReportFiles(
  model: ResolvedModel,
  formats: readonly ReportFormat[] = REPORT_FORMATS,
): Map<string, string> {
  return new Map(formats.map((f) => [REPORT_FILE_NAMES[f], renderReport(model, f)]));
}
