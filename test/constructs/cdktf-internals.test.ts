/**
 * The seam to cdktf 0.21's internals (lib/constructs/private/cdktf-internals.ts), by its effects: tokens made
 * inside withoutTokenStackTraces have no creation stack (for cdktf 0.21 and, through its switch, the cdktn fork)
 * and everything is put back afterwards; the Terraform version check of `terraform_data` runs once per stack.
 * The preparing pass: synthesis-cost.test.ts.
 */
import { execSync } from 'child_process';
import { DataResource, Lazy, TerraformStack, Testing } from 'cdktf';
import { withoutTokenStackTraces } from '../../lib/constructs/private/cdktf-internals';
import { TerraformData } from '../../lib/constructs/terraform-data';

// execSync is what cdktf's version validation runs `terraform version` with: watched, and answered, below.
jest.mock('child_process', () => {
  const actual = jest.requireActual<typeof import('child_process')>('child_process');
  return { ...actual, execSync: jest.fn(actual.execSync) };
});

const ENV = 'CDKTN_DISABLE_CREATION_STACK';
const token = () => Lazy.anyValue({ produce: () => 1 });

describe('withoutTokenStackTraces', () => {
  const saved = process.env[ENV];
  afterEach(() => {
    if (saved === undefined) delete process.env[ENV];
    else process.env[ENV] = saved;
  });

  test('a token made inside has no creation stack; made outside, before or after, it has one', () => {
    const before = token().creationStack;
    const inside = withoutTokenStackTraces(() => token().creationStack);
    const after = token().creationStack;
    expect(inside).toEqual([]);
    expect(before.length).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(0);
  });

  test('returns what the function returns, and errors made inside keep their stacks', () => {
    const inside = withoutTokenStackTraces(() => ({ value: 42, stack: new Error('boom').stack }));
    expect(inside.value).toBe(42);
    expect(inside.stack).toMatch(/^Error: boom\n\s+at /);
  });

  test('puts the capture back when the function throws', () => {
    expect(() =>
      withoutTokenStackTraces(() => {
        throw new Error('inside');
      }),
    ).toThrow('inside');
    expect(token().creationStack.length).toBeGreaterThan(0);
  });

  test('nested, the inner call leaves the outer one without stacks until the outer returns', () => {
    const seen = withoutTokenStackTraces(() => {
      const inner = withoutTokenStackTraces(() => token().creationStack);
      return { inner, afterInner: token().creationStack, env: process.env[ENV] };
    });
    expect(seen).toEqual({ inner: [], afterInner: [], env: 'true' });
    expect(token().creationStack.length).toBeGreaterThan(0);
    expect(process.env[ENV]).toBe(saved);
  });

  test.each([
    ['unset', undefined],
    ["'0'", '0'],
    ["'1'", '1'],
  ])('sets the cdktn fork switch (before: %s) to true while it runs, and restores it, also on a throw', (_, v) => {
    if (v === undefined) delete process.env[ENV];
    else process.env[ENV] = v;
    expect(withoutTokenStackTraces(() => process.env[ENV])).toBe('true');
    expect(process.env[ENV]).toBe(v);
    expect(ENV in process.env).toBe(v !== undefined);
    expect(() =>
      withoutTokenStackTraces(() => {
        throw new Error('inside');
      }),
    ).toThrow('inside');
    expect(process.env[ENV]).toBe(v);
  });
});

describe('the Terraform version check of terraform_data', () => {
  /** `terraform version` runs (cdktf's validation calls execSync), answered by a Terraform of `version`. */
  const terraformVersionRuns = (version: string) => {
    const runs: string[] = [];
    jest.mocked(execSync).mockImplementation((command) => {
      runs.push(String(command));
      return Buffer.from(`Terraform v${version}\non linux_amd64\n`);
    });
    return runs;
  };
  afterEach(() =>
    jest
      .mocked(execSync)
      .mockImplementation(jest.requireActual<typeof import('child_process')>('child_process').execSync),
  );

  test('runs `terraform version` once per stack, however many terraform_data it holds', () => {
    // GIVEN two stacks with 50 and 2 terraform_data
    const runs = terraformVersionRuns('1.11.4');
    const app = Testing.app();
    const big = new TerraformStack(app, 'big');
    const small = new TerraformStack(app, 'small');
    for (let i = 0; i < 50; i++) new TerraformData(big, `d${i}`, { input: { i } });
    for (let i = 0; i < 2; i++) new TerraformData(small, `d${i}`, { input: { i } });
    // WHEN each stack validates (as synthesis does), THEN one check per stack
    big.runAllValidations();
    expect(runs).toEqual(['terraform version']);
    small.runAllValidations();
    expect(runs).toEqual(['terraform version', 'terraform version']);
  });

  test("cdktf's own DataResource runs it once per resource (why TerraformData exists)", () => {
    const runs = terraformVersionRuns('1.11.4');
    const app = Testing.app();
    const stack = new TerraformStack(app, 's');
    for (let i = 0; i < 3; i++) new DataResource(stack, `d${i}`, { input: { i } });
    stack.runAllValidations();
    expect(runs).toEqual(['terraform version', 'terraform version', 'terraform version']);
  });

  test('still fails, once, on a Terraform older than 1.4', () => {
    terraformVersionRuns('1.3.9');
    const app = Testing.app();
    const stack = new TerraformStack(app, 's');
    for (let i = 0; i < 5; i++) new TerraformData(stack, `d${i}`, { input: { i } });
    let message = '';
    try {
      stack.runAllValidations();
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message.match(/terraform version 1\.3\.9 is lower than the required version >=1\.4/g)).toHaveLength(1);
    expect(message).toContain('The built-in Terraform data resource is only supported for Terraform >=1.4.');
  });
});
