/**
 * Break-glass assignments: Terraform never destroys one (prevent_destroy, whatever the environment), and one the
 * account already holds is imported by its ID instead of created again.
 */
import { IDS, minimal } from '../fixtures/minimal';
import { synthOne } from './synth-helper';
import { resolveDefinition } from '../../lib/model/resolve';
import { AccessModelError } from '../../lib/model/problem';

const quiet = { expiryWarning: false as const, rules: { onFindings: () => undefined } };
const second = '0000b6a2-0000-4000-8000-000000000002';
const tf = synthOne({
  definition: {
    ...minimal(),
    breakGlass: [
      { objectId: IDS.breakGlass, globalAdministratorAssignmentId: 'ePROZI_iKE653D_d6aoLHyr-lKgHI8ZGiIdz8CLVcng-1' },
      { objectId: second },
    ],
  },
  preventDestroyProtected: false,
  ...quiet,
});
const ASSIGNMENT = 'azuread_directory_role_assignment';

test('every assignment is Global Administrator at the tenant with prevent_destroy, even with preventDestroyProtected off', () => {
  for (const id of [IDS.breakGlass, second]) {
    const body = tf.resource(ASSIGNMENT, `BREAK_GLASS__${id}`);
    expect(body).toMatchObject({
      role_id: '62e90394-69f5-4237-9190-012177145e10',
      principal_object_id: id,
      directory_scope_id: '/',
      lifecycle: { prevent_destroy: true },
    });
  }
});

test('an assignment the account already holds is imported by its ID; one without an ID is created', () => {
  expect((tf.json as { import?: unknown }).import).toEqual([
    {
      // the form azuread 3.7.0's importer validates (break-glass.ts)
      id: '/roleManagement/directory/roleAssignments/ePROZI_iKE653D_d6aoLHyr-lKgHI8ZGiIdz8CLVcng-1',
      provider: 'azuread',
      to: `${ASSIGNMENT}.BREAK_GLASS__${IDS.breakGlass}`,
    },
  ]);
});

test('an assignment ID that is not one is rejected with its path before anything is built', () => {
  let error: unknown;
  try {
    resolveDefinition({
      ...minimal(),
      breakGlass: [{ objectId: IDS.breakGlass, globalAdministratorAssignmentId: 'a b"}' }],
    });
  } catch (e) {
    error = e;
  }
  expect(AccessModelError.isAccessModelError(error)).toBe(true);
  expect((error as AccessModelError).problems).toEqual([
    expect.objectContaining({
      path: 'breakGlass[0].globalAdministratorAssignmentId',
      value: 'a b"}',
      message: expect.stringContaining('a role assignment ID: letters, digits, - and _'),
    }),
  ]);
});
