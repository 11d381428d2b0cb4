/** The two other examples pass the whole pack with its defaults and no suppression, like the reference organisation. */
import { resolveDefinition, type AccessModelDefinition } from '../../lib/model';
import { runRulePack } from '../../lib/rules/pack';
import { securityOperations } from '../../examples/security-operations/definition';
import { vendorAndAgent } from '../../examples/vendor-and-agent/definition';

test.each<[string, AccessModelDefinition]>([
  ['security-operations', securityOperations],
  ['vendor-and-agent', vendorAndAgent],
])('examples/%s has no finding and needs no suppression', (_name, definition) => {
  const r = runRulePack(resolveDefinition(definition));
  expect(r.findings).toEqual([]);
  expect(r.rules.filter((s) => s.status !== 'compliant' && s.status !== 'not-applicable')).toEqual([]);
});
