/**
 * Output never wobbles: the same definition gives byte-identical Terraform, and addresses derive from names,
 * so adding a role or reordering the definition's arrays leaves every existing resource where it was.
 */
import { referenceOrganisation } from '../../examples/reference-org/definition';
import type { AccessModelDefinition } from '../../lib/model/definition';
import { synthOne } from './synth-helper';

const reversed = (d: AccessModelDefinition): AccessModelDefinition => ({
  ...d,
  environments: [...d.environments].reverse(),
  clusters: [...(d.clusters ?? [])].reverse(),
  baselines: [...d.baselines].reverse().map((b) => ({ ...b, grants: [...b.grants].reverse() })),
  tasks: [...d.tasks].reverse().map((t) => ({ ...t, baselines: [...t.baselines].reverse() })),
  roles: [...d.roles].reverse().map((r) => ({
    ...r,
    eligible: r.eligible ? [...r.eligible].reverse() : undefined,
    members: r.members ? [...r.members].reverse() : undefined,
  })),
  breakGlass: [...(d.breakGlass ?? [])].reverse(),
});

/** The Terraform without construct-path metadata, which names the tree, not the resources. */
const withoutMetadata = (text: string): string => text.replace(/\s*"\/\/": \{\s*"metadata": \{[^}]*\}\s*\},?/g, '');

test('synthesizing twice gives byte-identical output', () => {
  expect(synthOne({ definition: referenceOrganisation }).text).toBe(
    synthOne({ definition: referenceOrganisation }).text,
  );
});

test('reordering every array of the definition changes nothing but construct-path metadata', () => {
  const a = synthOne({ definition: referenceOrganisation });
  const b = synthOne({ definition: reversed(referenceOrganisation) });
  expect(b.addresses()).toEqual(a.addresses());
  for (const address of a.addresses()) {
    const [type, name] = address.split('.');
    const strip = (r: Record<string, unknown>) => withoutMetadata(JSON.stringify(r, null, 2));
    expect(strip(b.resource(type, name))).toBe(strip(a.resource(type, name)));
  }
});

test('adding a role leaves every existing address and resource unchanged', () => {
  const before = synthOne({ definition: referenceOrganisation });
  const after = synthOne({
    definition: {
      ...referenceOrganisation,
      roles: [
        {
          name: 'AUDITOR',
          eligible: ['TASK_PROD_VIEWER'],
          members: [{ kind: 'user', objectId: '0000ad17-0000-4000-8000-000000000001' }],
        },
        ...referenceOrganisation.roles,
      ],
    },
  });
  const added = after.addresses().filter((a) => !before.addresses().includes(a));
  expect(before.addresses().filter((a) => !after.addresses().includes(a))).toEqual([]);
  expect(added).toEqual([
    'azuread_group_member.ROLE_AUDITOR__member__0000ad17-0000-4000-8000-000000000001',
    'azuread_group_without_members.ROLE_AUDITOR',
    'azuread_privileged_access_group_eligibility_schedule.ROLE_AUDITOR__eligible__TASK_PROD_VIEWER',
    'terraform_data.ROLE_AUDITOR__eligible__TASK_PROD_VIEWER',
  ]);
  for (const address of before.addresses()) {
    const [type, name] = address.split('.');
    expect(after.resource(type, name)).toEqual(before.resource(type, name));
  }
});
