/**
 * Property-based tests (fast-check, bounded runs, fixed seed: set FC_SEED to replay; fast-check prints the
 * seed and counterexample path on failure).
 */
import fc from 'fast-check';
import { existsSync, readdirSync } from 'fs';
import { join } from 'path';
import { App, Testing } from 'cdktf';
import { TaskAccessStacks } from '../../lib/constructs/task-access-stacks';
import type { AccessModelDefinition } from '../../lib/model/definition';
import { AccessModelError } from '../../lib/model/problem';
import { validateDefinition } from '../../lib/model/validation';
import { synthOne } from '../constructs/synth-helper';
import { definitionArb, shuffled } from './arbitraries';
import { MUTATIONS } from './mutations';

const SEED = Number(process.env.FC_SEED ?? 20261123);
const RUNS = Number(process.env.FC_RUNS ?? 12);
const params = { seed: SEED, numRuns: RUNS };

/** Resource JSON without the construct-path metadata (which names the tree, not the resources). */
const canonical = (text: string): string => text.replace(/\s*"\/\/": \{\s*"metadata": \{[^}]*\}\s*\},?/g, '');

/** Random definitions break rule pack rules at random (e.g. PROD writes without approval); this test is about determinism. */
const rules = { failOnErrors: false, onFindings: () => undefined };

test('random valid definitions validate and synthesize, byte-identical across runs and under any reordering', () => {
  fc.assert(
    fc.property(definitionArb, fc.integer(), (definition, shuffleSeed) => {
      expect(validateDefinition(definition)).toEqual([]);
      const first = synthOne({ definition, rules });
      expect(synthOne({ definition, rules }).text).toBe(first.text);
      let s = shuffleSeed >>> 0 || 1;
      const rand = () => (s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32;
      const other = synthOne({ definition: shuffled(definition, rand), rules });
      expect(other.addresses()).toEqual(first.addresses());
      for (const address of first.addresses()) {
        const [type, name] = address.split('.');
        expect(canonical(JSON.stringify(other.resource(type, name), null, 2))).toBe(
          canonical(JSON.stringify(first.resource(type, name), null, 2)),
        );
      }
    }),
    params,
  );
});

test('random rule-breaking mutations are rejected with a finding naming the element, never a crash or a partial cdktf.out', () => {
  fc.assert(
    fc.property(definitionArb, fc.constantFrom(...MUTATIONS), (valid, mutation) => {
      const broken = mutation.apply(valid) as AccessModelDefinition;
      const problems = validateDefinition(broken);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ rule: mutation.rule, path: expect.stringContaining(mutation.element(valid)) }),
        ]),
      );
      for (const p of problems) {
        expect(p.message).not.toMatch(/\n\s+at /);
        expect(p.fix.length).toBeGreaterThan(5);
      }
      const app: App = Testing.app();
      expect(() => new TaskAccessStacks(app, 'mutated', { definition: broken })).toThrow(AccessModelError);
      expect(app.node.children).toHaveLength(0);
      const stacksDir = join(app.outdir, 'stacks');
      expect(existsSync(stacksDir) ? readdirSync(stacksDir) : []).toEqual([]);
    }),
    { ...params, numRuns: RUNS * 4 },
  );
});
