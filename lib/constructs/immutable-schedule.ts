/**
 * PIM for Groups schedules (eligibility and active assignment) are never updated in place: the pinned azuread
 * 3.7.0 fails an update with RoleAssignmentExists (azuread #1412, fixed only in 3.9.0). Their terms (timing and
 * justification) live in a `terraform_data` at the same name, and `lifecycle.replace_triggered_by` replaces the
 * schedule when the terms change: re-granting with a new end date keeps the address and replaces the schedule.
 */
import { TerraformData } from './terraform-data';
import type { Construct } from 'constructs';
import type { EligibilityExpiry } from '../model/definition';
import type { AccessWindow } from '../model/time-bounds';
import { renderAs } from './addresses';
import { planResource, type PlannedResource } from './plan/planned-resource';

/** When a schedule starts and ends; exactly one of `expirationDate`, `duration` and `permanent` is set. */
export interface ScheduleTiming {
  /** Start, RFC 3339 UTC. @default - when applied */
  readonly startDate?: string;
  /** End, RFC 3339 UTC. */
  readonly expirationDate?: string;
  /** ISO 8601 duration from the start, e.g. `P90D`. */
  readonly duration?: string;
  /** No end. */
  readonly permanent?: true;
}

/**
 * The timing of a schedule: the window's end when it has one, else the fallback (`never` = permanent, or a
 * duration such as a policy's eligibility expiry); the window's start when it has one.
 */
export function scheduleTiming(
  window: AccessWindow | undefined,
  fallback: EligibilityExpiry = 'never',
): ScheduleTiming {
  const start = window?.from !== undefined ? { startDate: window.from } : {};
  if (window?.until !== undefined) return { ...start, expirationDate: window.until };
  return fallback === 'never' ? { ...start, permanent: true } : { ...start, duration: fallback };
}

/** The schedule arguments of a timing (cdktf config names). */
export function timingArguments(t: ScheduleTiming): {
  /** `start_date`, when the timing has a start. */
  startDate?: string;
  /** `expiration_date`, when the timing has an end date. */
  expirationDate?: string;
  /** `duration`, when the timing has a duration. */
  duration?: string;
  /** `permanent_assignment`, true for a permanent timing. */
  permanentAssignment?: boolean;
} {
  return {
    ...(t.startDate !== undefined ? { startDate: t.startDate } : {}),
    ...(t.expirationDate !== undefined ? { expirationDate: t.expirationDate } : {}),
    ...(t.duration !== undefined ? { duration: t.duration } : {}),
    ...(t.permanent ? { permanentAssignment: true } : {}),
  };
}

/** The terms of a schedule as Terraform values (snake_case): timing, then justification. */
export function scheduleTerms(t: ScheduleTiming, justification: string): Record<string, unknown> {
  return {
    ...(t.startDate !== undefined ? { start_date: t.startDate } : {}),
    ...(t.permanent ? { permanent_assignment: true } : {}),
    ...(t.duration !== undefined ? { duration: t.duration } : {}),
    ...(t.expirationDate !== undefined ? { expiration_date: t.expirationDate } : {}),
    justification,
  };
}

/**
 * `terraform_data.<address>` holding a schedule's terms; give the schedule
 * `lifecycle: { replaceTriggeredBy: [replacedWhen(terms)] }` so a change of terms replaces it.
 */
export function immutableTerms(
  scope: Construct,
  terms: Record<string, unknown>,
  ...addressParts: string[]
): TerraformData {
  return plannedTerms(scope, terms, planResource(TerraformData.tfResourceType, ...addressParts));
}

/** {@link immutableTerms} at the `terraform_data` a unit plan planned (plan/planned-resource.ts). */
export function plannedTerms(
  scope: Construct,
  terms: Record<string, unknown>,
  planned: PlannedResource,
): TerraformData {
  return renderAs(new TerraformData(scope, 'terms', { input: terms }), planned);
}

/**
 * The bare reference `terraform_data.<address>` for `lifecycle.replace_triggered_by`.
 *
 * Terraform reads `replace_triggered_by` (like `depends_on`) as a list of bare references; in JSON syntax an
 * interpolation `"${terraform_data.x}"` there fails `terraform init` with "Invalid character" (Terraform's JSON
 * syntax, https://developer.hashicorp.com/terraform/language/syntax/json#lifecycle). cdktf 0.21 renders a
 * resource object given to `replaceTriggeredBy` as its `fqn`, which is that interpolation (cdktf #3196, #3532);
 * a string is passed through as it is, so the library always gives the address as a string.
 */
export function replacedWhen(terms: TerraformData): string {
  return `${TerraformData.tfResourceType}.${terms.friendlyUniqueId}`;
}
