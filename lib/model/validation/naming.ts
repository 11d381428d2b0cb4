/** Rule `naming`: every name part follows the convention, so every layer name is well formed. */
import { WORD_PATTERN, WORDS_PATTERN } from '../names';
import { baselinePath, rolePath, taskPath, type ValidationContext } from './context';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

function checkPart(ctx: ValidationContext, path: string, value: string, pattern: RegExp, what: string): void {
  if (pattern.test(value)) return;
  const upper = value.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
  const single = pattern === WORD_PATTERN;
  const suggestion = pattern.test(upper) ? ` such as "${upper}"` : '';
  const foreign = [...value].find((c) => c.charCodeAt(0) > 127);
  const why = foreign
    ? ` (it contains the non-ASCII character "${foreign}" U+${foreign.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}, which may look like a Latin letter)`
    : value === ''
      ? ' (it is empty)'
      : '';
  ctx.report(
    path,
    'naming',
    `${what} must be ${single ? 'one upper-case word (A-Z, 0-9, starting with a letter)' : 'upper-case words (A-Z, 0-9) joined by "_"'}${why}`,
    value,
    `use ${single ? 'an upper-case word' : 'upper-case words'}${suggestion}`,
  );
}

/** Checks environment, baseline, task, role and cluster names. */
export function checkNaming(ctx: ValidationContext): void {
  const d = ctx.definition;
  d.environments.forEach((e, i) =>
    checkPart(ctx, `environments[${i}].name`, e.name, WORD_PATTERN, 'an environment name'),
  );
  for (const b of d.baselines) {
    const p = baselinePath(b);
    checkPart(ctx, `${p}.environment`, b.environment, WORD_PATTERN, 'the environment part of a baseline name');
    checkPart(ctx, `${p}.service`, b.service, WORD_PATTERN, 'the service part of a baseline name');
    if (b.scope !== undefined)
      checkPart(ctx, `${p}.scope`, b.scope, WORDS_PATTERN, 'the scope part of a baseline name');
    checkPart(ctx, `${p}.action`, b.action, WORD_PATTERN, 'the action part of a baseline name');
  }
  for (const t of d.tasks) {
    checkPart(ctx, `${taskPath(t)}.environment`, t.environment, WORD_PATTERN, 'the environment part of a task name');
    if (t.name.startsWith('TASK_')) {
      const rest = t.name.slice('TASK_'.length);
      const env = [...ctx.environments.keys()].find((e) => rest.startsWith(`${e}_`));
      ctx.report(
        `${taskPath(t)}.name`,
        'naming',
        'the name part of a task must not repeat the TASK_<ENV>_ prefix',
        t.name,
        `write only the part after the prefix, e.g. "${env ? rest.slice(env.length + 1) : rest}"`,
      );
    } else checkPart(ctx, `${taskPath(t)}.name`, t.name, WORDS_PATTERN, 'the name part of a task');
  }
  for (const r of d.roles) {
    if (r.name.startsWith('ROLE_')) {
      ctx.report(
        `${rolePath(r)}.name`,
        'naming',
        'the name part of a role must not repeat the ROLE_ prefix',
        r.name,
        `write "${r.name.slice(5)}"; the library adds ROLE_`,
      );
    } else checkPart(ctx, `${rolePath(r)}.name`, r.name, WORDS_PATTERN, 'the name part of a role');
  }
  (d.clusters ?? []).forEach((c, i) => {
    if (!DNS_LABEL.test(c.name)) {
      ctx.report(
        `clusters[${i}].name`,
        'naming',
        'a cluster name must be a DNS label (it becomes the Kubernetes provider alias)',
        c.name,
        'use lower-case letters, digits and "-", e.g. "aks-prod"',
      );
    }
  });
}

/** Whether a Kubernetes namespace name is a valid DNS label. */
export function isDnsLabel(s: string): boolean {
  return DNS_LABEL.test(s);
}
