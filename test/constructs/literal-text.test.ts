/** The literal-text encoding (literal-text.ts) changes only what cdktf or Terraform would read as code. */
import { Token } from 'cdktf';
import { decodeLiteral, encodeLiteral, literalView, rawLiteral } from '../../lib/constructs/literal-text';

test('IDs, scopes and plain text are left as they are, even digits around an "e"', () => {
  for (const s of [
    '0655322d-71e6-441d-808f-10228331e376',
    '/subscriptions/0655322d-71e6-441d-808f-10228331e376/resourceGroups/rg-1e5',
    'plain text 1e5',
  ])
    expect(encodeLiteral(s)).toBe(s);
});

test('a cdktf number token in text is broken, and reads back as the same text', () => {
  const token = String(Token.asNumber({ resolve: () => 1 }));
  const encoded = encodeLiteral(`x ${token} y`);
  expect(encoded).not.toBe(`x ${token} y`);
  expect(decodeLiteral(encoded)).toBe(`x ${token} y`);
});

test('a brace is encoded; decoding escapes a template opening, the raw form does not', () => {
  const encoded = encodeLiteral('a ${b} %{c} {d}');
  expect(encoded).not.toContain('{');
  expect(decodeLiteral(encoded)).toBe('a $${b} %%{c} {d}');
  expect(rawLiteral(encoded)).toBe('a ${b} %{c} {d}');
});

test('a model with nothing to encode is returned as it is; one with text to encode is copied where it changes', () => {
  const shared = { id: '0655322d-71e6-441d-808f-10228331e376' };
  const model = { roles: [{ name: 'ROLE_A', owner: shared }], tasks: [{ owner: shared }] };
  expect(literalView(model)).toBe(model);
  const hostile = { ...model, roles: [{ name: 'ROLE_A', description: '${x}' }] };
  const view = literalView(hostile);
  expect(view).not.toBe(hostile);
  expect(view.tasks).toBe(hostile.tasks);
  expect(view.roles[0].description).toBe(encodeLiteral('${x}'));
});
