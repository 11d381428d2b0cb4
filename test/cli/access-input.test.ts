/** Where the inspector commands read the model from, and the errors when they can't. */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { loadAccessModel } from '../../lib/cli/access-input';
import { resolveDefinition } from '../../lib/model/resolve';
import { inspectorDefinition } from '../fixtures/inspector';
import { workspace } from './io';

const resolved = JSON.parse(JSON.stringify(resolveDefinition(inspectorDefinition())));
// access-model.json leaves out the definition paths (they point into the definition file).
const { paths: _paths, ...expected } = resolved;
void _paths;

test('reads ./cdktf.out/access-model.json by default, --model, or --definition, to the same model', () => {
  const dir = workspace(inspectorDefinition());
  expect(loadAccessModel({}, dir)).toEqual(expected);
  expect(loadAccessModel({ model: 'cdktf.out/access-model.json' }, dir)).toEqual(expected);
  expect(JSON.parse(JSON.stringify(loadAccessModel({ definition: 'definition.json' }, dir)))).toEqual(resolved);
});

test('fails without input, naming the default file and the options', () => {
  const dir = workspace(inspectorDefinition(), false);
  expect(() => loadAccessModel({}, dir)).toThrow(
    'no input: ./cdktf.out/access-model.json does not exist. Synthesize first (cdktf synth), or pass --definition <file> (your definition module or JSON) or --model <access-model.json>',
  );
});

test('fails a missing --model file, a file that is not JSON, and both options at once', () => {
  const dir = workspace(inspectorDefinition(), false);
  expect(() => loadAccessModel({ model: 'nope.json' }, dir)).toThrow('--model nope.json: file not found');
  writeFileSync(join(dir, 'bad.json'), '{ not json');
  expect(() => loadAccessModel({ model: 'bad.json' }, dir)).toThrow(
    /^bad\.json is not valid JSON \(.*\); synthesize again to rewrite it$/,
  );
  expect(() => loadAccessModel({ model: 'bad.json', definition: 'definition.json' }, dir)).toThrow(
    'give either --definition or --model, not both',
  );
});

test('fails a missing definition file', () => {
  const dir = workspace(inspectorDefinition(), false);
  expect(() => loadAccessModel({ definition: 'missing.ts' }, dir)).toThrow(
    `definition file not found: ${join(dir, 'missing.ts')}`,
  );
});
