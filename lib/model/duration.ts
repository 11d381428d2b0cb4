/**
 * ISO 8601 durations as PIM for Groups accepts them for maximum activation: `PT30M`..`PT23H30M` in
 * 30-minute steps, or `P1D` (azuread 3.7.0's validation of `activation_rules.maximum_duration`:
 * internal/services/policies/group_role_management_policy_resource.go).
 */

const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/;

/** Minutes in an ISO 8601 duration of days, hours and minutes, or undefined if it is not one. */
export function durationMinutes(iso: string): number | undefined {
  const m = DURATION.exec(iso);
  if (!m || iso === 'P' || iso.endsWith('T')) return undefined;
  const [, d, h, min] = m;
  if (d === undefined && h === undefined && min === undefined) return undefined;
  return Number(d ?? 0) * 1440 + Number(h ?? 0) * 60 + Number(min ?? 0);
}

/** Why a maximum activation is not acceptable to PIM, or undefined when it is. */
export function activationDurationProblem(iso: string): string | undefined {
  const minutes = durationMinutes(iso);
  if (minutes === undefined) return 'is not an ISO 8601 duration such as PT4H or PT30M';
  if (iso === 'P1D') return undefined;
  if (minutes < 30) return 'is shorter than PIM minimum of PT30M';
  if (minutes > 1410) return 'is longer than PIM accepts (PT23H30M in 30-minute steps, or P1D)';
  if (minutes % 30 !== 0) return 'is not a multiple of 30 minutes';
  return undefined;
}

/** The canonical form PIM stores: `PT4H`, `PT1H30M`, `P1D`. */
export function canonicalActivation(iso: string): string {
  if (iso === 'P1D') return iso;
  const minutes = durationMinutes(iso) ?? 0;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}`;
}
