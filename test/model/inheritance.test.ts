/** Rule `inheritance-cycle`: role inheritance ends. */
import { validateDefinition } from '../../lib/model';
import { developerRole, withRoles } from '../fixtures/minimal';
import { problem } from '../fixtures/problems';

const fix = 'remove one inherits entry so the chain ends';

describe('inheritance-cycle', () => {
  test('accepts a chain of three roles', () => {
    const d = withRoles(
      developerRole(),
      { name: 'SNR_DEVELOPER', inherits: ['ROLE_DEVELOPER'] },
      { name: 'LEAD', inherits: ['ROLE_SNR_DEVELOPER'] },
    );
    expect(validateDefinition(d)).toEqual([]);
  });

  test('fails two roles inheriting from each other, once', () => {
    const d = withRoles(developerRole({ inherits: ['ROLE_SNR_DEVELOPER'] }), {
      name: 'SNR_DEVELOPER',
      inherits: ['ROLE_DEVELOPER'],
    });
    const cycle = ['ROLE_DEVELOPER', 'ROLE_SNR_DEVELOPER', 'ROLE_DEVELOPER'];
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'roles.ROLE_DEVELOPER.inherits',
        rule: 'inheritance-cycle',
        value: cycle,
        message: 'in a cycle: ROLE_DEVELOPER -> ROLE_SNR_DEVELOPER -> ROLE_DEVELOPER',
        fix,
      }),
    ]);
  });

  test('fails a cycle of three roles, once, also when a fourth role hangs off it', () => {
    const d = withRoles(
      { name: 'A', inherits: ['ROLE_B'] },
      { name: 'B', inherits: ['ROLE_C'] },
      { name: 'C', inherits: ['ROLE_A'] },
      { name: 'D', inherits: ['ROLE_C'] },
    );
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'roles.ROLE_A.inherits',
        rule: 'inheritance-cycle',
        value: ['ROLE_A', 'ROLE_B', 'ROLE_C', 'ROLE_A'],
        message: 'ROLE_A -> ROLE_B -> ROLE_C -> ROLE_A',
        fix,
      }),
    ]);
  });

  test('fails a role inheriting from itself', () => {
    expect(validateDefinition(withRoles({ name: 'A', inherits: ['ROLE_A'] }))).toEqual([
      problem({
        path: 'roles.ROLE_A.inherits',
        rule: 'inheritance-cycle',
        value: ['ROLE_A', 'ROLE_A'],
        message: 'ROLE_A -> ROLE_A',
        fix,
      }),
    ]);
  });
});
