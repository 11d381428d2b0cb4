/**
 * The props of {@link TaskAccessStacks} and {@link TaskAccessModel} are checked like a definition, for callers
 * without the types (JavaScript, JSON-built props): an unknown prop (with the nearest name), a value of the wrong
 * type or outside its choices (`split: 'env'`), every problem at once, as an {@link AccessModelError} (printed by
 * `runApp` without a stack trace) before anything is built. The definition and rule options are checked by their
 * own validation.
 */
import { z } from 'zod';
import { AccessModelError, type Problem } from '../model/problem';
import { didYouMean, didYouMeanLikely } from '../model/suggest';

const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', { message: 'expected a function' });
const object = z.custom<object>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), {
  message: 'expected an object',
});

const expiryWarning = z.union([
  z.literal(false),
  z.strictObject({
    now: z.date().optional(),
    within: z.string().optional(),
    write: fn.optional(),
    definitionFile: z.string().optional(),
    lastChange: z.string().optional(),
    readLastChange: fn.optional(),
  }),
]);

const common = {
  definition: z.unknown(),
  rules: object.optional(),
  providers: object.optional(),
  report: z.boolean().optional(),
  preventDestroyProtected: z.boolean().optional(),
  expiryWarning: expiryWarning.optional(),
};

const modelProps = z.strictObject(common);
const stacksProps = z.strictObject({
  ...common,
  split: z.enum(['none', 'environment']).optional(),
  maxResourcesPerStack: z.number().int().positive().optional(),
  kubernetesAccess: z
    .record(z.string(), z.strictObject({ configPath: z.string().optional(), configContext: z.string().optional() }))
    .optional(),
  configureStack: fn.optional(),
});

function problemsOf(schema: z.ZodObject, props: unknown, construct: string): Problem[] {
  const result = schema.safeParse(props);
  if (result.success) return [];
  const known = Object.keys(schema.shape);
  return result.error.issues.flatMap((issue): Problem[] => {
    const path = ['props', ...issue.path.map(String)].join('.');
    if (issue.code === 'unrecognized_keys')
      return (issue as { keys: string[] }).keys.map((k) => ({
        path: `${path}.${k}`,
        rule: 'props',
        message: `${construct} has no prop "${k}".${didYouMean(k, known)}`,
        fix: `remove it, or use one of ${known.join(', ')}`,
      }));
    let value: unknown = props;
    for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey];
    const choices = issue.code === 'invalid_value' ? (issue as { values: unknown[] }).values : undefined;
    return [
      {
        path,
        rule: 'props',
        message: choices
          ? `${JSON.stringify(value)} is not one of ${choices.map((c) => JSON.stringify(c)).join(', ')}.${typeof value === 'string' ? didYouMeanLikely(value, choices.map(String)) : ''}`
          : issue.message,
        value,
        fix: choices
          ? `use one of ${choices.map((c) => JSON.stringify(c)).join(', ')}`
          : `give ${path} the type ${construct}Props declares`,
      },
    ];
  });
}

const sorted = (problems: Problem[]): Problem[] =>
  problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

/** Throws an {@link AccessModelError} with every problem of the props of `TaskAccessStacks`, or returns. */
export function checkStacksProps(props: unknown): void {
  const problems = problemsOf(stacksProps, props, 'TaskAccessStacks');
  const p = props as { maxResourcesPerStack?: unknown; providers?: unknown } | undefined;
  if (p?.maxResourcesPerStack !== undefined && p.providers !== undefined)
    problems.push({
      path: 'props.providers',
      rule: 'props',
      message: 'providers can only be given for a single stack: with maxResourcesPerStack every stack creates its own',
      fix: 'remove providers, and configure the created ones with kubernetesAccess and configureStack',
    });
  if (problems.length > 0) throw new AccessModelError(sorted(problems), 'TaskAccessStacks props');
}

/** Throws an {@link AccessModelError} with every problem of the props of `TaskAccessModel`, or returns. */
export function checkModelProps(props: unknown): void {
  const problems = problemsOf(modelProps, props, 'TaskAccessModel');
  if (problems.length > 0) throw new AccessModelError(sorted(problems), 'TaskAccessModel props');
}
