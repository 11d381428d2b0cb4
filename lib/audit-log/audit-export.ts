/**
 * Reading PIM activity from exported Entra audit logs: JSON (Graph directoryAudits pages or arrays, the
 * diagnostic `records` shape) or the portal's CSV, told apart by content. Activations are checked for what the
 * drift analysis needs: a malformed one is an error naming the file and the record or line.
 */
import { isGroupActivation, toActivation, type PimActivation } from './activation';
import { AuditExportError, type AuditEvent } from './audit-event';
import { readAuditCsv } from './audit-csv';
import { readAuditJson } from './audit-json';

/** What one or more exports hold. */
export interface AuditExport {
  /** Every record read. */
  readonly events: readonly AuditEvent[];
  /** The completed PIM for Groups activations among them, by time then source. */
  readonly activations: readonly PimActivation[];
  /** Activations whose group the export does not carry (the portal CSV keeps three targets). */
  readonly withoutGroup: readonly PimActivation[];
}

/** `json` when the text starts with `{` or `[` (after a BOM and spaces), else `csv`. */
export function detectFormat(text: string): 'json' | 'csv' {
  return /^\uFEFF?\s*[[{]/.test(text) ? 'json' : 'csv';
}

/** Reads the events of one export file's text. */
export function readAuditEvents(text: string, file: string): AuditEvent[] {
  return detectFormat(text) === 'json' ? readAuditJson(text, file) : readAuditCsv(text, file);
}

/** The activations of events, checking that each names who activated and (unless the format drops it) the group. */
export function collectActivations(events: readonly AuditEvent[]): AuditExport {
  const activations: PimActivation[] = [];
  const withoutGroup: PimActivation[] = [];
  for (const e of events.filter(isGroupActivation)) {
    if (!e.actor)
      throw new AuditExportError(
        `${e.source}: a PIM activation without initiatedBy.user: the export must say who activated`,
      );
    const a = toActivation(e);
    if (a.group === undefined && a.groupId === undefined) {
      if (!e.targetsTruncated)
        throw new AuditExportError(`${e.source}: a PIM activation ("${e.activity}") without a target of type Group`);
      withoutGroup.push(a);
      continue;
    }
    activations.push(a);
  }
  const order = (a: PimActivation, b: PimActivation): number =>
    a.time - b.time || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0);
  return { events, activations: activations.sort(order), withoutGroup: withoutGroup.sort(order) };
}

/** Reads several export files (name and text each) into one {@link AuditExport}. */
export function readAuditExports(files: readonly { readonly name: string; readonly text: string }[]): AuditExport {
  return collectActivations(files.flatMap((f) => readAuditEvents(f.text, f.name)));
}
