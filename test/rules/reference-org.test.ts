/** The reference organisation passes the whole pack with its defaults and no suppression. */
import { resolveDefinition } from '../../lib/model';
import { runRulePack } from '../../lib/rules/pack';
import { referenceOrganisation } from '../../examples/reference-org/definition';
import { createRuleContext } from '../../lib/rules/context';
import { checkRuleOptions } from '../../lib/rules/options-check';
import { definitionTexts } from '../../lib/rules/support/definition-text';

test('the reference organisation has no finding and needs no suppression', () => {
  const r = runRulePack(resolveDefinition(referenceOrganisation));
  expect(r.findings).toEqual([]);
  expect(r.suppressions).toEqual([]);
  expect(r.rules.filter((s) => s.status !== 'compliant' && s.status !== 'not-applicable')).toEqual([]);
  // The rules about what the task-based access model's example has are checked, not skipped.
  const compliant = r.rules.filter((s) => s.status === 'compliant').map((s) => s.id);
  expect(compliant).toEqual(
    expect.arrayContaining([
      'jit-max-activation',
      'protected-write-approval',
      'approver-exists',
      'approver-independent',
      'break-glass-count',
      'break-glass-isolated',
      'standing-cluster-admin',
      'federated-credential-pinned',
      'hidden-character',
    ]),
  );
});

test("hidden-character reads the reference organisation's free text (descriptions, display names) and finds nothing", () => {
  const model = resolveDefinition(referenceOrganisation);
  const texts = definitionTexts(createRuleContext(model, checkRuleOptions({}, model).effective));
  expect(new Set(texts.map((t) => t.field))).toEqual(new Set(['description', 'displayName']));
  expect(texts.length).toBeGreaterThan(20);
});
