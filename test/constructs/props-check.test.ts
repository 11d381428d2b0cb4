/**
 * Props are checked like a definition, for callers without the types: an unknown prop with the nearest name, a value
 * outside its choices, a wrong type, every problem at once, as an AccessModelError before anything is built.
 */
import { Testing } from 'cdktf';
import { TerraformStack } from 'cdktf';
import { AccessModelError } from '../../lib/model/problem';
import { TaskAccessModel } from '../../lib/constructs/task-access-model';
import { TaskAccessStacks } from '../../lib/constructs/task-access-stacks';
import { minimal } from '../fixtures/minimal';

function problemsOf(f: () => unknown): { error: AccessModelError; problems: [string, string][] } {
  try {
    f();
  } catch (e) {
    if (!AccessModelError.isAccessModelError(e)) throw e;
    return { error: e, problems: e.problems.map((p) => [p.path, p.message]) };
  }
  throw new Error('no error');
}

test("untyped TaskAccessStacks props: split 'env', a misspelled prop, a wrong type, all at once, nothing built", () => {
  const app = Testing.app();
  const { error, problems } = problemsOf(
    () =>
      new TaskAccessStacks(app, 'access', {
        definition: minimal(),
        split: 'env',
        maxResourcePerStack: 100,
        report: 'yes',
      } as never),
  );
  expect(problems).toEqual([
    [
      'props.maxResourcePerStack',
      'TaskAccessStacks has no prop "maxResourcePerStack". Did you mean "maxResourcesPerStack"?',
    ],
    ['props.report', 'Invalid input: expected boolean, received string'],
    ['props.split', '"env" is not one of "none", "environment". Did you mean "environment"?'],
  ]);
  expect(error.message.split('\n')[0]).toBe('TaskAccessStacks props: 3 problems; nothing was synthesized.');
  expect(app.node.children).toEqual([]);
});

test('providers with maxResourcesPerStack is a props problem too', () => {
  const { problems } = problemsOf(
    () =>
      new TaskAccessStacks(Testing.app(), 'access', {
        definition: minimal(),
        maxResourcesPerStack: 10,
        providers: {},
      }),
  );
  expect(problems).toEqual([
    [
      'props.providers',
      'providers can only be given for a single stack: with maxResourcesPerStack every stack creates its own',
    ],
  ]);
});

test('TaskAccessModel has no stack props: split given to it is an unknown prop', () => {
  const stack = new TerraformStack(Testing.app(), 'mine');
  const { problems } = problemsOf(
    () => new TaskAccessModel(stack, 'access', { definition: minimal(), split: 'environment' } as never),
  );
  expect(problems).toEqual([['props.split', 'TaskAccessModel has no prop "split".']]);
});

test('valid props pass, including expiryWarning: false and a kubernetesAccess entry', () => {
  expect(
    () =>
      new TaskAccessStacks(Testing.app(), 'access', {
        definition: minimal(),
        split: 'environment',
        expiryWarning: false,
        kubernetesAccess: { 'aks-prod': { configContext: 'prod' } },
        configureStack: () => undefined,
      }),
  ).not.toThrow();
});
