/** Rule `activation-duration` and the ISO 8601 helpers: what PIM accepts as maximum activation. */
import { activationDurationProblem, canonicalActivation, durationMinutes, validateDefinition } from '../../lib/model';
import { minimal, viewerTask } from '../fixtures/minimal';
import { problem } from '../fixtures/problems';

const fix = ['PT30M to PT23H30M in 30-minute steps, or P1D', 'PT4H'];
const withActivation = (maximumActivation: string) => ({
  ...minimal(),
  tasks: [viewerTask('PROD', { jit: { maximumActivation } }), viewerTask('DEV')],
});

describe('durations', () => {
  test.each([
    ['PT30M', 30],
    ['PT4H', 240],
    ['PT1H30M', 90],
    ['PT90M', 90],
    ['P1D', 1440],
    ['P1DT2H', 1560],
  ])('reads %s as %i minutes', (iso, minutes) => {
    expect(durationMinutes(iso)).toBe(minutes);
  });

  test.each(['four hours', 'PT', 'P', '', 'PT4h', 'PT1.5H', '4H'])('reads %j as no duration', (iso) => {
    expect(durationMinutes(iso)).toBeUndefined();
  });

  test.each([
    ['PT90M', 'PT1H30M'],
    ['PT240M', 'PT4H'],
    ['PT4H', 'PT4H'],
    ['PT30M', 'PT30M'],
    ['PT23H30M', 'PT23H30M'],
    ['P1D', 'P1D'],
  ])('writes %s in the canonical form %s', (iso, canonical) => {
    expect(canonicalActivation(iso)).toBe(canonical);
  });
});

describe('activation-duration', () => {
  test.each(['PT30M', 'PT23H30M', 'P1D', 'PT4H', 'PT90M'])('accepts %s', (iso) => {
    expect(activationDurationProblem(iso)).toBeUndefined();
    expect(validateDefinition(withActivation(iso))).toEqual([]);
  });

  test.each([
    ['PT45M', 'is not a multiple of 30 minutes'],
    ['PT25H', 'is longer than PIM accepts'],
    ['P2D', 'is longer than PIM accepts'],
    ['PT24H', 'is longer than PIM accepts'],
    ['PT0M', 'is shorter than PIM minimum of PT30M'],
    ['four hours', 'is not an ISO 8601 duration'],
  ])('fails %s: %s', (iso, why) => {
    expect(validateDefinition(withActivation(iso))).toEqual([
      problem({
        path: 'tasks.TASK_PROD_VIEWER.jit.maximumActivation',
        rule: 'activation-duration',
        value: iso,
        message: `the maximum activation ${why}`,
        fix,
      }),
    ]);
  });

  test('fails an invalid default maximum activation in the settings', () => {
    const d = { ...minimal(), settings: { defaultMaximumActivation: 'PT45M' } };
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'settings.defaultMaximumActivation',
        rule: 'activation-duration',
        value: 'PT45M',
        message: 'the default maximum activation is not a multiple of 30 minutes',
        fix,
      }),
    ]);
  });
});
