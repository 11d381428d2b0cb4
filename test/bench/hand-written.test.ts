/**
 * The benchmark's hand-written baseline synthesizes the same Terraform as the library: the same resources at the
 * same addresses with the same bodies (cdktf's construct-path metadata aside), so the time ratio compares like
 * with like.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { Testing } from 'cdktf';
import { countOutput, totalCount } from '../../bench/count';
import { generateOrganisation, SYNTHETIC_RULE_OPTIONS } from '../../bench/generate';
import { handWrittenApp } from '../../bench/hand-written';
import { handWrittenPlan, planResourceCount } from '../../bench/hand-written-plan';
import { TaskAccessStacks } from '../../lib/constructs/task-access-stacks';

/** Stack JSON without cdktf's metadata (construct paths) and backend path (stack name), providers by alias. */
function comparable(text: string): Record<string, unknown> {
  const j = JSON.parse(text) as Record<
    string,
    Record<string, Record<string, Record<string, unknown>>> | Record<string, unknown>
  >;
  delete j['//'];
  delete (j.terraform as Record<string, unknown>).backend;
  for (const block of ['resource', 'data'] as const) {
    for (const byName of Object.values((j[block] ?? {}) as Record<string, Record<string, Record<string, unknown>>>))
      for (const body of Object.values(byName)) delete body['//'];
  }
  for (const list of Object.values((j.provider ?? {}) as Record<string, { alias?: string }[]>))
    list.sort((a, b) => ((a.alias ?? '') < (b.alias ?? '') ? -1 : 1));
  return j;
}

describe('the hand-written baseline', () => {
  const definition = generateOrganisation({ groups: 250, seed: 4 });
  const libraryApp = Testing.app();
  new TaskAccessStacks(libraryApp, 'org', { definition, rules: SYNTHETIC_RULE_OPTIONS, report: false });
  libraryApp.synth();
  const plan = handWrittenPlan(definition);
  const handApp = handWrittenApp(plan, Testing.app().outdir, 'org');
  handApp.synth();
  const read = (outdir: string) => readFileSync(join(outdir, 'stacks', 'org', 'cdk.tf.json'), 'utf8');

  test('creates the resource count the plan announces, the same as the library', () => {
    const library = totalCount(countOutput(libraryApp.outdir));
    const hand = totalCount(countOutput(handApp.outdir));
    expect(hand).toEqual(library);
    expect(hand).toEqual(planResourceCount(plan));
    expect(hand.resources).toBeGreaterThan(1000);
  });

  test('synthesizes the same Terraform JSON as the library', () => {
    expect(comparable(read(handApp.outdir))).toEqual(comparable(read(libraryApp.outdir)));
  });
});
