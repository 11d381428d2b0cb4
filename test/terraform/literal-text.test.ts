/**
 * Text from the definition is literal in the Terraform: for arbitrary strings full of Terraform template and
 * cdktf token syntax in every free-text field, Terraform reads each synthesized value back as exactly the text
 * the definition holds, and nothing else in the stack changes (no reference appears, none moves).
 */
import fc from 'fast-check';
import { referenceOrganisation } from '../../examples/reference-org/definition';
import type { AccessModelDefinition } from '../../lib/model/definition';
import { synthOne } from '../constructs/synth-helper';
import { terraformReads } from './terraform-literals';
import { describeWithTerraform } from './terraform-suite';
const quiet = { expiryWarning: false as const, rules: { onFindings: () => undefined } };

const vmRole = {
  name: 'VM Power Operator',
  description: 'DESCRIPTION',
  actions: ['Microsoft.Compute/virtualMachines/start/action'],
  assignableScopes: ['/subscriptions/00000001-0000-4000-8000-000000000001'],
};

/** The reference organisation with a custom role and a credential description, every description set by `text(i)`. */
function withTexts(text: (i: number) => string): AccessModelDefinition {
  let i = 0;
  const put = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(put);
    if (v === null || typeof v !== 'object') return v;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'description' ? text(i++) : put(x)]));
  };
  const base = {
    ...referenceOrganisation,
    customRoles: [vmRole],
    baselines: [
      ...referenceOrganisation.baselines,
      {
        environment: 'PROD',
        service: 'VM',
        action: 'POWER',
        description: 'DESCRIPTION',
        grants: [{ kind: 'azureCustomRole' as const, customRole: vmRole.name, scope: vmRole.assignableScopes[0] }],
      },
    ],
    applications: referenceOrganisation.applications?.map((a) => ({
      ...a,
      federatedCredentials: a.federatedCredentials.map((c) => ({ ...c, description: 'DESCRIPTION' })),
    })),
  };
  return put(base) as AccessModelDefinition;
}

/** Every string of a JSON value with its path. */
function strings(v: unknown, path = '', into = new Map<string, string>()): Map<string, string> {
  if (typeof v === 'string') into.set(path, v);
  else if (Array.isArray(v)) v.forEach((x, i) => strings(x, `${path}[${i}]`, into));
  else if (v !== null && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) if (k !== '//') strings(x, `${path}.${k}`, into);
  return into;
}

const marker = (i: number) => `TEXT${i}MARK`;
const hostile = fc.string({
  unit: fc.constantFrom(
    '$',
    '{',
    '}',
    '%',
    '#',
    '&',
    '[',
    ']',
    'TfToken',
    'TOKEN.',
    '1',
    'e+289',
    ' ',
    '"',
    '\\',
    'a',
    '\uE000',
    '\uE001',
    '~',
  ),
  minLength: 1,
  maxLength: 24,
});

describeWithTerraform('definition text is literal to Terraform', (toolchain) => {
  test('known attacks: file(), environment, cdktf tokens, directives', () => {
    const attacks = [
      'x ${file("/proc/self/environ")}',
      '${TfToken[TOKEN.3]}',
      '#{TfToken[TOKEN.1]} &{TfToken[TOKEN.2]}',
      '%{ for k, v in {a=1} }${k}%{ endfor }',
      '$${already escaped} $$${three}',
      '-1.8881545897087626e+289',
    ];
    const synthesized = attacks.map((a) => {
      const tf = synthOne({ definition: withTexts(() => a), ...quiet });
      return tf.resource('azuread_group_without_members', 'ROLE_DEVELOPER').description as string;
    });
    expect(synthesized.slice(0, 2)).toEqual(['x $${file("/proc/self/environ")}', '$${TfToken[TOKEN.3]}']);
    expect(terraformReads(toolchain(), synthesized)).toEqual(attacks);
  });

  test('for arbitrary text in every description, Terraform reads the text and nothing else changes', () => {
    const runs: { safe: Map<string, string>; hostile: Map<string, string>; texts: string[] }[] = [];
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 3, maxLength: 3 }), (texts) => {
        const pick = (i: number) => texts[i % texts.length];
        const safe = strings(synthOne({ definition: withTexts(marker), ...quiet }).json);
        const evil = strings(synthOne({ definition: withTexts(pick), ...quiet }).json);
        expect([...evil.keys()]).toEqual([...safe.keys()]);
        runs.push({ safe, hostile: evil, texts });
      }),
      { numRuns: 8, seed: Number(process.env.FC_SEED ?? 20261202) },
    );
    // Paths whose value carries definition text: Terraform must read the hostile value as the safe one with the
    // text in place of its marker; every other value is unchanged, byte for byte.
    const asked: string[] = [];
    const expected: string[] = [];
    for (const r of runs) {
      for (const [path, safe] of r.safe) {
        const evil = r.hostile.get(path) as string;
        const carries = /TEXT\d+MARK/.test(safe);
        if (!carries) {
          expect({ path, value: evil }).toEqual({ path, value: safe });
          continue;
        }
        asked.push(evil);
        expected.push(safe.replace(/TEXT(\d+)MARK/g, (_, i: string) => r.texts[Number(i) % r.texts.length]));
      }
    }
    expect(asked.length).toBeGreaterThan(8 * 10);
    expect(terraformReads(toolchain(), asked)).toEqual(expected);
  });
});
