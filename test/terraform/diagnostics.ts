/**
 * Terraform's diagnostics (from `-json` output) as problems that name the stack, the step, the resource
 * address, the attribute and Terraform's message.
 */
import { addressOf, type JsonText } from './json-text';

/** The step of the check a problem came from; `plan` and `apply` are the two `terraform test` runs. */
export type Step = 'init' | 'validate' | 'plan' | 'apply' | 'test';

/** A diagnostic as Terraform writes it with `-json` (the fields used here). */
export interface TerraformDiagnostic {
  readonly severity: 'error' | 'warning';
  readonly summary: string;
  readonly detail?: string;
  readonly address?: string;
  readonly range?: { readonly filename: string; readonly start: { readonly line: number } };
  readonly snippet?: { readonly context?: string | null; readonly code?: string };
}

/** One error or warning of one stack. */
export interface Problem {
  readonly stack: string;
  readonly step: Step;
  readonly severity: 'error' | 'warning';
  /** Terraform address, e.g. `azuread_group_member.ROLE_X__in__TASK_Y` or `data.azuread_user.alice`. */
  readonly address?: string;
  /** The attribute within it, e.g. `group_object_id` or `lifecycle.replace_triggered_by[0]`. */
  readonly attribute?: string;
  /** Terraform's summary and detail. */
  readonly message: string;
  /** `file:line` and the line's code, when Terraform gave a range. */
  readonly location?: string;
}

/**
 * The diagnostics of a command's `-json` output: one JSON object per line (init, test) or one document with a
 * `diagnostics` array (validate). Each comes with the `terraform test` run it belongs to, if any.
 */
export function parseDiagnostics(stdout: string): Array<{ diagnostic: TerraformDiagnostic; run?: string }> {
  const trimmed = stdout.trim();
  if (trimmed.startsWith('{') && trimmed.includes('\n  "diagnostics"')) {
    try {
      const doc = JSON.parse(trimmed) as { diagnostics?: TerraformDiagnostic[] };
      return (doc.diagnostics ?? []).map((diagnostic) => ({ diagnostic }));
    } catch {
      // not one document: read it line by line
    }
  }
  const out: Array<{ diagnostic: TerraformDiagnostic; run?: string }> = [];
  for (const line of trimmed.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const entry = JSON.parse(line) as { type?: string; diagnostic?: TerraformDiagnostic; '@testrun'?: string };
      if (entry.type === 'diagnostic' && entry.diagnostic)
        out.push({ diagnostic: entry.diagnostic, run: entry['@testrun'] });
    } catch {
      // a line that is not JSON (a provider's own output): ignored, the raw output is kept on failure
    }
  }
  return out;
}

/**
 * A diagnostic as a problem of `stack`. The address and attribute come from the line of `cdk.tf.json` the
 * diagnostic points at (through `copy`'s line paths), else from Terraform's `address` and snippet context.
 */
export function toProblem(stack: string, step: Step, diagnostic: TerraformDiagnostic, copy?: JsonText): Problem {
  const range = diagnostic.range;
  const linePath = range && range.filename.endsWith('cdk.tf.json') ? copy?.paths[range.start.line - 1] : undefined;
  const fromLine = linePath ? addressOf(linePath) : {};
  const fromContext = contextAddress(diagnostic.snippet?.context ?? undefined);
  const address = diagnostic.address ?? fromLine.address ?? fromContext.address;
  const attribute = fromLine.attribute ?? fromContext.attribute;
  const message = [diagnostic.summary, diagnostic.detail].filter((s) => s && s.trim()).join(': ');
  const code = diagnostic.snippet?.code?.trim();
  return {
    stack,
    step,
    severity: diagnostic.severity,
    ...(address ? { address } : {}),
    ...(attribute ? { attribute } : {}),
    message: message.replace(/\s*\n\s*/g, ' '),
    ...(range ? { location: `${range.filename}:${range.start.line}${code ? ` ${code}` : ''}` } : {}),
  };
}

/** One line: `stack: step: address (attribute): message [file:line code]`. */
export function formatProblem(p: Problem): string {
  const where = p.address ? ` ${p.address}${p.attribute ? ` (${p.attribute})` : ''}:` : '';
  return `${p.stack}: ${p.step}:${where} ${p.message}${p.location ? ` [${p.location}]` : ''}`;
}

/** `resource.T.N.lifecycle.replace_triggered_by` -> `T.N` and `lifecycle.replace_triggered_by`. */
function contextAddress(context: string | undefined): { address?: string; attribute?: string } {
  if (!context) return {};
  const parts = context.split('.');
  if ((parts[0] === 'resource' || parts[0] === 'data') && parts.length >= 3) {
    const address = parts[0] === 'data' ? `data.${parts[1]}.${parts[2]}` : `${parts[1]}.${parts[2]}`;
    return { address, ...(parts.length > 3 ? { attribute: parts.slice(3).join('.') } : {}) };
  }
  return { address: context };
}
