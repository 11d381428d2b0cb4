/**
 * Changes of a time window (`from`/`until` of a time-bound holding or membership): when access ends (expiry
 * removed, extended, added, shortened) and when it starts (earlier, later). Instants are normalized RFC 3339 UTC,
 * so they compare as strings.
 */
import type { AccessWindow } from '../../model/time-bounds';

/** The kind of a window change. */
export type WindowChangeKind =
  'expiry-removed' | 'expiry-extended' | 'expiry-added' | 'expiry-shortened' | 'start-earlier' | 'start-later';

/** One window change, with the instants before and after (`none` for an open side). */
export interface WindowChange {
  /** What changed. */
  readonly kind: WindowChangeKind;
  /** The end or start before, or `none`. */
  readonly before: string;
  /** The end or start after, or `none`. */
  readonly after: string;
  /** True when access lasts longer or starts sooner than before. */
  readonly widens: boolean;
}

const NONE = 'none';

/** The changes between two windows (an absent window is permanent access), ends first. */
export function windowChanges(before: AccessWindow | undefined, after: AccessWindow | undefined): WindowChange[] {
  const out: WindowChange[] = [];
  const b = before?.until;
  const a = after?.until;
  if (b !== a) {
    const wider = a === undefined || (b !== undefined && a > b);
    const kind: WindowChangeKind =
      a === undefined
        ? 'expiry-removed'
        : b === undefined
          ? 'expiry-added'
          : wider
            ? 'expiry-extended'
            : 'expiry-shortened';
    out.push({ kind, before: b ?? NONE, after: a ?? NONE, widens: wider });
  }
  const bf = before?.from;
  const af = after?.from;
  if (bf !== af) {
    const sooner = af === undefined || (bf !== undefined && af < bf);
    out.push({ kind: sooner ? 'start-earlier' : 'start-later', before: bf ?? NONE, after: af ?? NONE, widens: sooner });
  }
  return out;
}
