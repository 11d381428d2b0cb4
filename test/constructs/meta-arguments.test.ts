/** The meta-argument guard every synthesis test goes through (synth-helper.ts) catches the form Terraform rejects. */
import { metaArgumentProblems } from './meta-arguments';
import { stackJson } from './synth-helper';

const broken = {
  resource: {
    azuread_privileged_access_group_eligibility_schedule: {
      X: {
        depends_on: ['azuread_group_without_members.A'],
        lifecycle: { replace_triggered_by: ['${terraform_data.X}'] },
      },
    },
  },
  data: { azuread_user: { U: { depends_on: ['${azuread_group_without_members.A}'] } } },
  import: [{ id: 'x', to: '${azuread_directory_role_assignment.B}', provider: 'azuread' }],
};

test('lists every interpolation in depends_on, provider and lifecycle, with its address', () => {
  expect(metaArgumentProblems(broken)).toEqual([
    'azuread_privileged_access_group_eligibility_schedule.X.lifecycle: {"replace_triggered_by":["${terraform_data.X}"]}',
    'data.azuread_user.U.depends_on: ["${azuread_group_without_members.A}"]',
    'import[0].to: "${azuread_directory_role_assignment.B}"',
  ]);
});

test('bare references and interpolations in ordinary arguments pass', () => {
  expect(
    metaArgumentProblems({
      resource: {
        t: {
          X: {
            group_id: '${azuread_group_without_members.A.object_id}',
            provider: 'azuread',
            depends_on: ['azuread_group_without_members.A'],
            lifecycle: { replace_triggered_by: ['terraform_data.X'], prevent_destroy: true },
          },
        },
      },
    }),
  ).toEqual([]);
});

test('the synthesis helper refuses a stack with one', () => {
  expect(() => stackJson(JSON.stringify(broken))).toThrow(
    'meta-arguments must be bare references:\nazuread_privileged_access_group_eligibility_schedule.X.lifecycle',
  );
});
