/**
 * One audit record read from an export, in the shape every format is reduced to (Graph directoryAudit fields,
 * pim-audit-log-facts.md). Unknown fields of the source are ignored.
 */

/** A target of an audit record (`targetResources[]`); `type` as written (User, Group, Role, Request, ...). */
export interface AuditTarget {
  /** Target type, e.g. `Group`; compare case-insensitively. */
  readonly type: string;
  /** Object ID, when given. */
  readonly id?: string;
  /** Display name, when given. */
  readonly displayName?: string;
  /** User principal name, for a user target. */
  readonly userPrincipalName?: string;
}

/** Who initiated the record (`initiatedBy.user`). */
export interface AuditActor {
  /** Object ID. */
  readonly id?: string;
  /** User principal name. */
  readonly userPrincipalName?: string;
  /** Display name. */
  readonly displayName?: string;
}

/** An audit record reduced to what the drift analysis reads. */
export interface AuditEvent {
  /** Where it came from, for messages: e.g. `audit.json record 3 (id "PIM_1")` or `audit.csv line 7`. */
  readonly source: string;
  /** `activityDisplayName`. */
  readonly activity: string;
  /** `category`, when given. */
  readonly category?: string;
  /** `loggedByService`, when given. */
  readonly service?: string;
  /** `result`, when given (success, failure, ...). */
  readonly result?: string;
  /** `activityDateTime` in milliseconds since the epoch (UTC). */
  readonly time: number;
  /** The user who initiated it, when one did. */
  readonly actor?: AuditActor;
  /** Targets, in the record's order (find them by type, never by position). */
  readonly targets: readonly AuditTarget[];
  /** `resultReason`, or the `Justification` additional detail. */
  readonly justification?: string;
  /** True when the export format can't hold every target (the portal CSV keeps three). */
  readonly targetsTruncated?: boolean;
}

/** A malformed export: the message names the file and the line or record. */
export class AuditExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuditExportError';
  }

  /** True for an AuditExportError, also across copies of the library. */
  public static isAuditExportError(e: unknown): e is AuditExportError {
    return e instanceof Error && e.name === 'AuditExportError';
  }
}

/**
 * Parses an audit timestamp as UTC: ISO 8601 (`2026-03-02T09:15:00Z`, `...123Z`), or the diagnostic export's
 * `2024-12-16 16:32:16.087554000` (space, nanoseconds, no zone: UTC). Returns NaN when it is neither.
 */
export function parseAuditTime(value: string): number {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  if (!m) return NaN;
  const fraction = m[3] ? `.${m[3].slice(0, 3).padEnd(3, '0')}` : '';
  const zone = m[4] ?? 'Z';
  return Date.parse(`${m[1]}T${m[2].length === 5 ? `${m[2]}:00` : m[2]}${fraction}${zone}`);
}
