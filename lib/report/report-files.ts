/**
 * The files written beside the Terraform at synthesis (and by `task-access report --out`): the resolved model
 * as JSON, the report as Markdown and CSV, the layer diagram as SVG. Pure: names and contents only.
 */
import type { ResolvedModel } from '../model/resolved';
import { renderCsv } from './access-csv';
import { renderMarkdownReport } from './markdown';
import { renderModelJson } from './model-json';
import { renderSvg } from './svg';

/** A report format: `json` (access-model.json), `md`, `csv`, `svg` (the diagram). */
export type ReportFormat = 'json' | 'md' | 'csv' | 'svg';

/** Every format, in the order files are written. */
export const REPORT_FORMATS: readonly ReportFormat[] = ['json', 'md', 'csv', 'svg'];

/** The file name of each format. */
export const REPORT_FILE_NAMES: Readonly<Record<ReportFormat, string>> = {
  json: 'access-model.json',
  md: 'access-report.md',
  csv: 'access-report.csv',
  svg: 'access-diagram.svg',
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
  }
}

/** The report files of the given formats (default: all), by file name. */
export function renderReportFiles(
  model: ResolvedModel,
  formats: readonly ReportFormat[] = REPORT_FORMATS,
): Map<string, string> {
  return new Map(formats.map((f) => [REPORT_FILE_NAMES[f], renderReport(model, f)]));
}
