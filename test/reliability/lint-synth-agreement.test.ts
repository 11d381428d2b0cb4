/**
 * `task-access lint` and synthesis agree on every definition (fast-check, bounded runs, fixed seed: set FC_SEED to
 * replay): validation finds no problem exactly when synthesis succeeds, and when it finds some, synthesis stops with
 * the same problems (an AccessModelError), never with a cdktf error such as "There is already a Construct with name".
 */
import fc from 'fast-check';
import type { AccessModelDefinition } from '../../lib/model/definition';
import { AccessModelError } from '../../lib/model/problem';
import { validateDefinition } from '../../lib/model/validation';
import { synthOne } from '../constructs/synth-helper';
import { definitionArb } from './arbitraries';
import { GRANT_CHANGES, MUTATIONS } from './mutations';

const SEED = Number(process.env.FC_SEED ?? 20261123);
const RUNS = Number(process.env.FC_RUNS ?? 12);

/** Random definitions break rule pack rules at random; this test is about validation and synthesis. */
const rules = { failOnErrors: false, onFindings: () => undefined };

/** Synthesis's outcome: success, or the error it stopped with. */
function synthesize(definition: AccessModelDefinition): { ok: true } | { ok: false; error: unknown } {
  try {
    synthOne({ definition, rules });
    return { ok: true };
  } catch (error) {
    return { ok: false, error };
  }
}

const changeArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...GRANT_CHANGES).map((c) => ({ name: c.name, apply: c.apply })) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...MUTATIONS).map((m) => ({
      name: m.name,
      apply: (d: AccessModelDefinition) => m.apply(d) as AccessModelDefinition,
    })),
  },
  { weight: 1, arbitrary: fc.constant({ name: 'unchanged', apply: (d: AccessModelDefinition) => d }) },
);

test('validation (lint) passes exactly when synthesis succeeds, and synthesis fails only with the same problems', () => {
  const seen = { valid: 0, invalid: 0 };
  fc.assert(
    fc.property(definitionArb, changeArb, (valid, change) => {
      const definition = change.apply(valid);
      const problems = validateDefinition(definition);
      const synth = synthesize(definition);
      if (problems.length === 0) {
        seen.valid++;
        expect(synth).toEqual({ ok: true });
      } else {
        seen.invalid++;
        expect(synth.ok).toBe(false);
        const error = synth.ok ? undefined : synth.error;
        expect(AccessModelError.isAccessModelError(error)).toBe(true);
        expect((error as AccessModelError).problems).toEqual(problems);
      }
    }),
    { seed: SEED, numRuns: RUNS * 4 },
  );
  // the runs cover both sides of the equivalence
  expect(seen.valid).toBeGreaterThan(0);
  expect(seen.invalid).toBeGreaterThan(0);
});

test.each(GRANT_CHANGES.map((c) => [c.name, c] as const))(
  'a grant change (%s) on a definition whose first grant it applies to: lint and synthesis agree',
  (_name, change) => {
    fc.assert(
      fc.property(definitionArb, (valid) => {
        const definition = change.apply(valid);
        const problems = validateDefinition(definition);
        const synth = synthesize(definition);
        expect(synth.ok).toBe(problems.length === 0);
        if (!synth.ok) expect(AccessModelError.isAccessModelError(synth.error)).toBe(true);
      }),
      { seed: SEED, numRuns: Math.max(2, Math.ceil(RUNS / 2)) },
    );
  },
);
