/**
 * Rule `plain-data`: a definition is read once into a frozen plain-data snapshot that validation and resolution
 * both use; what can't be snapshotted is one problem naming its path, never a stack trace or a stack overflow.
 */
import {
  formatProblems,
  isSnapshot,
  MAX_DEFINITION_DEPTH,
  resolveDefinition,
  snapshotDefinition,
  takeSnapshot,
  validateDefinition,
  AccessModelError,
  type AccessModelDefinition,
  type RoleDefinition,
} from '../../lib/model';
import { developerRole, IDS, minimal, withRoles } from '../fixtures/minimal';
import { problem } from '../fixtures/problems';

/** A value nested `depth` arrays deep, built without recursion. */
function nested(depth: number): unknown {
  let v: unknown = 'x';
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

const PLAIN_FIX = 'give plain data only';

describe('takeSnapshot', () => {
  test('copies plain data into frozen objects, keeps shared (acyclic) references, and is idempotent', () => {
    const members = [{ kind: 'user' as const, objectId: IDS.alice }];
    const d = withRoles(developerRole({ members }), developerRole({ name: 'OTHER', members }));
    const snap = snapshotDefinition(d);
    expect(snap).toEqual(d);
    expect(snap).not.toBe(d);
    expect(Object.isFrozen(snap) && Object.isFrozen(snap.roles) && Object.isFrozen(snap.roles[0].members)).toBe(true);
    expect(snap.roles[0].members).toBe(snap.roles[1].members);
    expect(isSnapshot(snap)).toBe(true);
    expect(isSnapshot(d)).toBe(false);
    expect(snapshotDefinition(snap)).toBe(snap);
  });

  test('keeps a "__proto__" key as a key (the schema then reports it), never as a prototype', () => {
    const d = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(minimal()).slice(1)}`) as unknown;
    const snap = snapshotDefinition(d) as Record<string, unknown>;
    expect(Object.getPrototypeOf(snap)).toBe(Object.prototype);
    expect(Object.keys(snap)).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(validateDefinition(d)).toEqual([
      problem({ path: '(definition)', rule: 'shape', message: 'unknown property "__proto__"', fix: 'remove it' }),
    ]);
  });
});

describe('plain-data', () => {
  test('fails a getter that throws, naming its path, without a stack trace', () => {
    const d = {
      ...minimal(),
      get roles(): RoleDefinition[] {
        throw new Error('vault unreachable\n    at secretLookup (definition.ts:3:9)');
      },
    };
    const problems = validateDefinition(d);
    expect(problems).toEqual([
      problem({
        path: 'roles',
        rule: 'plain-data',
        message: ['reading it threw (Error: vault unreachable)', 'read once, as plain data, before it is validated'],
        fix: 'compute the value before building the definition: no getter or Proxy that throws',
      }),
    ]);
    expect(formatProblems(problems)).not.toMatch(/\n\s+at /);
    expect(() => resolveDefinition(d)).toThrow(AccessModelError);
  });

  test('fails a Proxy whose ownKeys trap throws, at the element it wraps', () => {
    const role = new Proxy(developerRole(), {
      ownKeys: () => {
        throw new TypeError('no keys for you');
      },
    });
    expect(validateDefinition(withRoles(role))).toEqual([
      problem({
        path: 'roles[0]',
        rule: 'plain-data',
        message: 'listing its keys threw (TypeError: no keys for you)',
        fix: 'no getter or Proxy that throws',
      }),
    ]);
  });

  test('fails a cycle, naming the enclosing object it refers back to', () => {
    const role = developerRole() as RoleDefinition & { self?: unknown };
    role.self = { back: role };
    expect(validateDefinition(withRoles(role))).toEqual([
      problem({
        path: 'roles[0].self.back',
        rule: 'plain-data',
        message: 'refers back to roles[0], which contains it (a cycle)',
        fix: 'give a tree',
      }),
    ]);
  });

  test.each([
    ['a function', () => [], 'is a function, not data', 'give the value the function computes'],
    ['a symbol', Symbol('members'), 'is a symbol (Symbol(members)), not data', 'use a string'],
    ['a bigint', BigInt(1), 'is a bigint, not data', 'use a number or a string'],
    ['a Map', new Map(), 'is a Map object, not a plain object or array', PLAIN_FIX],
  ])('fails %s as a value', (_what, value, message, fix) => {
    const d = withRoles({ ...developerRole(), members: value } as unknown as RoleDefinition);
    expect(validateDefinition(d)).toEqual([problem({ path: 'roles[0].members', rule: 'plain-data', message, fix })]);
  });

  test('fails a Date, with the ISO string in the fix', () => {
    const d = withRoles(
      developerRole({ members: [{ kind: 'user', objectId: IDS.alice, until: new Date() as unknown as string }] }),
    );
    expect(validateDefinition(d)).toEqual([
      problem({
        path: 'roles[0].members[0].until',
        rule: 'plain-data',
        message: 'is a Date object, not a plain object or array',
        fix: 'e.g. a date as an ISO 8601 string',
      }),
    ]);
  });

  test('fails a symbol key, which validation would not see', () => {
    const d = { ...minimal(), [Symbol('hidden')]: { roles: [] } };
    expect(validateDefinition(d)).toEqual([
      problem({
        path: '(definition)',
        rule: 'plain-data',
        message: 'has a symbol key (Symbol(hidden))',
        fix: 'use string keys only',
      }),
    ]);
  });

  test(`fails a 100,000-level nested value at level ${MAX_DEFINITION_DEPTH}, without overflowing the stack, and says so`, () => {
    const d = { ...minimal(), environments: [{ name: 'PROD', description: nested(100_000) }] };
    const problems = validateDefinition(d);
    const deepest = `environments[0].description${'[0]'.repeat(MAX_DEFINITION_DEPTH - 3)}`;
    expect(problems).toEqual([
      problem({
        path: deepest,
        rule: 'plain-data',
        message: 'is nested more than 64 levels deep; a definition is read to 64 levels at most',
        fix: 'remove the nesting',
      }),
    ]);
    expect(formatProblems(problems)).toContain('[plain-data]');
  });

  test('an array over 100,000 elements is one problem, not a copy of billions of holes', () => {
    const roles: unknown[] = [];
    roles.length = 2 ** 32 - 1;
    const r = takeSnapshot({ ...minimal(), roles });
    expect(r.ok ? undefined : r.problem).toEqual(
      problem({
        path: 'roles',
        rule: 'plain-data',
        message: 'has 4294967295 elements, over the 100,000',
        fix: 'split',
      }),
    );
  });
});

describe('one read for validation and resolution', () => {
  test('a getter that answers differently on each read is read once: the model has what validation checked', () => {
    let reads = 0;
    const good = developerRole();
    const sneaky = developerRole({
      members: [{ kind: 'servicePrincipal', objectId: '000000c1-0000-4000-8000-0000000000d1' }],
    });
    const d = {
      ...minimal(),
      get roles(): RoleDefinition[] {
        reads++;
        return reads === 1 ? [good] : [sneaky];
      },
    } as AccessModelDefinition;
    const model = resolveDefinition(d);
    expect(reads).toBe(1);
    expect(model.roles[0].members.map((m) => m.key)).toEqual([IDS.alice]);
  });

  test('a Proxy lying to a second reader changes nothing: every reader of the snapshot sees the first answer', () => {
    const counts = new Map<PropertyKey, number>();
    const target = developerRole();
    const role = new Proxy(target, {
      get(t, key, receiver) {
        counts.set(key, (counts.get(key) ?? 0) + 1);
        if (key === 'eligible' && (counts.get(key) ?? 0) > 1) return ['TASK_PROD_VIEWER', 'TASK_PROD_ADMIN'];
        return Reflect.get(t, key, receiver) as unknown;
      },
    });
    const snap = snapshotDefinition(withRoles(role));
    expect(validateDefinition(snap)).toEqual([]);
    expect(resolveDefinition(snap).roles[0].eligible.map((a) => a.task)).toEqual(['TASK_PROD_VIEWER']);
    expect(counts.get('eligible')).toBe(1);
  });
});

describe('the problem formatter', () => {
  test('renders a 100,000-level nested value, bounded, without overflowing the stack', () => {
    const text = formatProblems([{ path: 'x', rule: 'shape', message: 'm', value: nested(100_000), fix: 'f' }]);
    expect(text).toContain('value: [[[[[[[[[...]]]]]]]]]');
  });

  test('shows control and bidirectional-override characters as escapes, so no line or text order is forged', () => {
    const text = formatProblems([
      { path: 'roles.ROLE_\u202eX', rule: 'naming', message: 'a\n2. fake', value: 'v\u202e', fix: 'f\r\nfix: y' },
    ]);
    expect(text).toContain('roles.ROLE_\\u202EX');
    expect(text).toContain('a\\u000A2. fake');
    expect(text).toContain('value: "v\\u202E"');
    expect(text).toContain('fix: f\\u000D\\u000Afix: y');
    expect(text.split('\n')).toHaveLength(5);
  });

  test('shows a value whose getter throws as ?', () => {
    const value = {
      get boom(): string {
        throw new Error('x');
      },
    };
    expect(formatProblems([{ path: 'p', rule: 'r', message: 'm', value, fix: 'f' }])).toContain('value: {"boom":?}');
  });
});
