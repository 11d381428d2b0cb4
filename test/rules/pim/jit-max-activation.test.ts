import { jitMaxActivation } from '../../../lib/rules/pim/jit-max-activation';
import { minimal, viewerTask } from '../../fixtures/minimal';
import { violationsOf } from '../helpers';

const withProdActivation = (maximumActivation?: string) => {
  const d = minimal();
  return {
    ...d,
    tasks: [viewerTask('PROD', { jit: maximumActivation ? { maximumActivation } : {} }), viewerTask('DEV')],
  };
};

describe('jit-max-activation', () => {
  test('a 4-hour activation is within the default limit', () => {
    expect(violationsOf(jitMaxActivation, withProdActivation('PT4H'))).toEqual([]);
  });

  test('fails for an 8-hour activation, naming the task, the value and the limit', () => {
    expect(violationsOf(jitMaxActivation, withProdActivation('PT8H'))).toEqual([
      {
        path: 'tasks.TASK_PROD_VIEWER.jit.maximumActivation',
        message: 'TASK_PROD_VIEWER can be activated for PT8H, longer than the limit PT4H',
        value: 'PT8H',
        fix: 'set jit.maximumActivation of TASK_PROD_VIEWER to PT4H or less; if the work needs longer, split it or raise rules.maximumActivation for everyone',
      },
    ]);
  });

  test('fails when the long activation comes from settings.defaultMaximumActivation, and says so', () => {
    const d = { ...withProdActivation(undefined), settings: { defaultMaximumActivation: 'PT5H' } };
    expect(violationsOf(jitMaxActivation, d).map((v) => v.message)).toEqual([
      'TASK_PROD_VIEWER can be activated for PT5H (from settings.defaultMaximumActivation), longer than the limit PT4H',
    ]);
  });

  test('the limit is configurable: PT8H passes under rules.maximumActivation PT8H, PT2H fails under PT1H30M', () => {
    expect(violationsOf(jitMaxActivation, withProdActivation('PT8H'), { maximumActivation: 'PT8H' })).toEqual([]);
    expect(
      violationsOf(jitMaxActivation, withProdActivation('PT2H'), { maximumActivation: 'PT1H30M' }).map((v) => v.value),
    ).toEqual(['PT2H']);
  });

  test('does not apply without any just-in-time task', () => {
    const d = minimal();
    expect(jitMaxActivation.check).toBeDefined();
    expect(() =>
      violationsOf(jitMaxActivation, {
        ...d,
        tasks: [viewerTask('PROD', { jit: undefined }), viewerTask('DEV')],
        roles: [],
      }),
    ).toThrow('jit-max-activation does not apply: no task has a just-in-time policy');
  });
});
