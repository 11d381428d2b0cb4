/**
 * The warning printed at synthesis (stderr) for time-bound grants that have expired or expire soon. Output
 * never depends on the clock: expired grants are still synthesized (the Terraform stays deterministic); the
 * warning asks to drop them from the definition.
 */
import {
  DEFAULT_EXPIRY_WINDOW_MS,
  expiringGrants,
  formatExpiryWarning,
  parseExpiryWindow,
  type ExpiringGrant,
} from '../model/expiry';
import type { ResolvedModel } from '../model/resolved';

/** Options of the expiry warning at synthesis. */
export interface ExpiryWarningOptions {
  /** The current time. @default - the clock at synthesis */
  readonly now?: Date;
  /** How far ahead to warn: `14d`, `36h`, `2w`, `P14D`. @default '14d' */
  readonly within?: string;
  /** Where the warning goes. @default - standard error */
  readonly write?: (text: string) => void;
}

/**
 * Writes the warning for expired and soon-expiring grants, if any, and returns them. `false` turns it off.
 * @throws Error for a `within` that is not a duration.
 */
export function warnExpiringGrants(model: ResolvedModel, options: ExpiryWarningOptions | false = {}): ExpiringGrant[] {
  if (options === false) return [];
  const withinMs = options.within === undefined ? DEFAULT_EXPIRY_WINDOW_MS : parseExpiryWindow(options.within);
  if (withinMs === undefined)
    throw new Error(
      `expiryWarning.within "${options.within}" is not a duration; use e.g. "14d", "36h", "2w" or "P14D".`,
    );
  const now = options.now ?? new Date();
  const grants = expiringGrants(model, { now, withinMs });
  const text = formatExpiryWarning(grants, now);
  if (text !== undefined) (options.write ?? ((t: string) => process.stderr.write(t)))(`${text}\n`);
  return grants;
}
