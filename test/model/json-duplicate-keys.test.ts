/** The duplicate-key scanner: every key given twice in one JSON object, with line and column, at any depth. */
import { duplicateJsonKeyProblems, findDuplicateJsonKeys } from '../../lib/model/json-duplicate-keys';
import { problem } from '../fixtures/problems';

describe('findDuplicateJsonKeys', () => {
  test('finds a second members list, with the line and column of both keys', () => {
    const text = [
      '{',
      '  "roles": [',
      '    { "name": "A" },',
      '    {',
      '      "name": "DEVELOPER",',
      '      "members": [],',
      '      "members": [{ "kind": "user", "objectId": "x" }]',
      '    }',
      '  ]',
      '}',
    ].join('\n');
    expect(findDuplicateJsonKeys(text)).toEqual([
      { objectPath: 'roles[1]', key: 'members', line: 7, column: 7, firstLine: 6, firstColumn: 7 },
    ]);
  });

  test('compares keys after unescaping, ignores braces and quotes inside strings, and counts CRLF lines', () => {
    const text = '{"a": "}{\\"[", "b": {"x": 1},\r\n "\\u0061": 2, "b": 3}';
    expect(findDuplicateJsonKeys(text)).toEqual([
      { objectPath: '', key: 'a', line: 2, column: 2, firstLine: 1, firstColumn: 2 },
      { objectPath: '', key: 'b', line: 2, column: 15, firstLine: 1, firstColumn: 16 },
    ]);
  });

  test('the same key in different objects is no duplicate; keys that are not identifiers get a bracket path', () => {
    const text = '[{"k": 1}, {"k": 2}, {"a b": {"c": 1, "c": 2}}]';
    expect(findDuplicateJsonKeys(text)).toEqual([
      { objectPath: '[2]["a b"]', key: 'c', line: 1, column: 39, firstLine: 1, firstColumn: 31 },
    ]);
  });

  test('scans a 100,000-level nested document without overflowing the stack', () => {
    const text = `${'{"a":'.repeat(100_000)}{"k":1,"k":2}${'}'.repeat(100_000)}`;
    const found = findDuplicateJsonKeys(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ key: 'k', line: 1 });
  });
});

describe('duplicateJsonKeyProblems', () => {
  test('names the path, the rule, the key, both positions and the fix', () => {
    expect(duplicateJsonKeyProblems('{\n  "roles": [],\n  "roles": [{"name": "X"}]\n}')).toEqual([
      problem({
        path: 'roles',
        rule: 'duplicate-key',
        value: 'roles',
        message: [
          'key "roles" appears twice in one object',
          'at line 2, column 3 and again at line 3, column 3',
          'JSON keeps only the last',
        ],
        fix: 'keep one "roles" (merge the two values into it) and delete the other',
      }),
    ]);
  });
});
