/**
 * What the library does to keep synthesis lean, and that it changes nothing in the output: the single stack skips
 * cdktf's preparing pass only for what the library built, `terraform_data` synthesizes as cdktf's does, a group's
 * object ID is one token. (Token creation stacks and the Terraform version check: cdktf-internals.test.ts.)
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { GroupWithoutMembers } from '@cdktf/provider-azuread/lib/group-without-members';
import { AzureadProvider } from '@cdktf/provider-azuread/lib/provider';
import { DataResource, TerraformElement, TerraformLocal, TerraformOutput, TerraformStack, Testing } from 'cdktf';
import { referenceOrganisation } from '../../examples/reference-org/definition';
import { TaskAccessStacks } from '../../lib/constructs/task-access-stacks';
import { TerraformData } from '../../lib/constructs/terraform-data';
import { stackJson } from './synth-helper';

const read = (outdir: string, stack: string) =>
  stackJson(readFileSync(join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8'));

describe('the single stack skips the preparing pass only for what the library built', () => {
  test('a stack of your own reading a group of the access stack gets it through remote state', () => {
    const app = Testing.app();
    const access = new TaskAccessStacks(app, 'access', { definition: referenceOrganisation, report: false });
    const mine = new TerraformStack(app, 'mine');
    new TerraformOutput(mine, 'viewer', { value: access.group('TASK_PROD_VIEWER').objectId });
    app.synth();
    const exported = read(app.outdir, 'access').json.output ?? {};
    expect(Object.values(exported).map((o) => o.value)).toContain(
      '${azuread_group_without_members.TASK_PROD_VIEWER.object_id}',
    );
    expect(read(app.outdir, 'mine').json.data?.terraform_remote_state).toBeDefined();
  });

  test('your own resource added to the access stack, reading another stack, is prepared as usual', () => {
    const app = Testing.app();
    const other = new TerraformStack(app, 'other');
    const group = new GroupWithoutMembers(other, 'g', {
      provider: new AzureadProvider(other, 'azuread', {}),
      displayName: 'G',
      securityEnabled: true,
    });
    const access = new TaskAccessStacks(app, 'access', { definition: referenceOrganisation, report: false });
    new TerraformOutput(access.stacks.get('access') as TerraformStack, 'from-other', { value: group.objectId });
    app.synth();
    const out = read(app.outdir, 'access');
    expect(String(out.json.output?.['from-other']?.value)).toMatch(
      /^\$\{data\.terraform_remote_state\.cross-stack-reference-input-other\.outputs\./,
    );
    expect(out.text).not.toContain('TfToken');
  });

  test('what configureStack adds, reading another stack, is prepared as usual: it reads through remote state', () => {
    // GIVEN a stack of the user's own with a group, and the access stack's configureStack reading it
    const app = Testing.app();
    const other = new TerraformStack(app, 'other');
    const group = new GroupWithoutMembers(other, 'g', {
      provider: new AzureadProvider(other, 'azuread', {}),
      displayName: 'G',
      securityEnabled: true,
    });
    new TaskAccessStacks(app, 'access', {
      definition: referenceOrganisation,
      report: false,
      configureStack: (stack) => {
        new TerraformOutput(stack, 'from-other', { value: group.objectId });
        new TerraformLocal(stack, 'other-name', group.displayName);
      },
    });
    // WHEN the app synthesizes
    app.synth();
    // THEN the access stack reads the group through the other stack's state, which outputs it
    const access = read(app.outdir, 'access');
    const remote = 'data.terraform_remote_state.cross-stack-reference-input-other.outputs';
    const output = String(access.json.output?.['from-other']?.value);
    const local = String((access.json as { locals?: Record<string, unknown> }).locals?.['other-name']);
    expect(output.startsWith(`\${${remote}.`)).toBe(true);
    expect(local.startsWith(`\${${remote}.`)).toBe(true);
    expect(Object.keys(access.json.data?.terraform_remote_state ?? {})).toEqual(['cross-stack-reference-input-other']);
    expect(access.text).not.toContain('azuread_group_without_members.g.');
    const exported = read(app.outdir, 'other').json.output ?? {};
    const outputName = (ref: string) => ref.slice(remote.length + 3, -1);
    expect(exported[outputName(output)]?.value).toBe('${azuread_group_without_members.g.object_id}');
    expect(exported[outputName(local)]?.value).toBe('${azuread_group_without_members.g.display_name}');
  });

  test('with configureStack adding its own, the library still skips the preparing pass, and another stack reads its groups', () => {
    // GIVEN a single access stack whose configureStack adds a local, and a stack of the user's reading a group
    const app = Testing.app();
    let configured: TerraformElement | undefined;
    const access = new TaskAccessStacks(app, 'access', {
      definition: referenceOrganisation,
      report: false,
      configureStack: (stack) => {
        configured = new TerraformLocal(stack, 'mine', 'x');
      },
    });
    const mine = new TerraformStack(app, 'mine');
    new TerraformOutput(mine, 'viewer', { value: access.group('TASK_PROD_VIEWER').objectId });
    // ... counting how often each is rendered
    const renders = (e: TerraformElement): (() => number) => {
      let n = 0;
      const toTerraform = e.toTerraform.bind(e);
      e.toTerraform = () => (n++, toTerraform());
      return () => n;
    };
    const libraryGroup = renders(access.group('TASK_PROD_VIEWER'));
    const users = renders(configured as TerraformElement);
    // WHEN the app synthesizes
    app.synth();
    // THEN the library's group is rendered once (synthesis only), the user's local twice (preparing, synthesis)
    expect(libraryGroup()).toBe(1);
    expect(users()).toBe(2);
    // ... and the other stack reads the group through remote state, from an output of the access stack
    const remote = 'data.terraform_remote_state.cross-stack-reference-input-access.outputs';
    const viewer = String(read(app.outdir, 'mine').json.output?.viewer?.value);
    expect(viewer.startsWith(`\${${remote}.`)).toBe(true);
    const exported = read(app.outdir, 'access').json.output ?? {};
    expect(exported[viewer.slice(remote.length + 3, -1)]?.value).toBe(
      '${azuread_group_without_members.TASK_PROD_VIEWER.object_id}',
    );
  });
});

describe('TerraformData', () => {
  test('synthesizes as cdktf DataResource does', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 's');
    const ours = [1, 2, 3].map(
      (i) => new TerraformData(stack, `ours-${i}`, { input: { justification: `j${i}`, permanent_assignment: true } }),
    );
    const theirs = new DataResource(stack, 'theirs', { input: { justification: 'j1', permanent_assignment: true } });
    const json = stackJson(Testing.synth(stack)).resources('terraform_data');
    const body = (r: Record<string, unknown>) => ({ ...r, '//': undefined });
    expect(body(json[ours[0].friendlyUniqueId])).toEqual(body(json[theirs.friendlyUniqueId]));
  });
});

describe('group object IDs', () => {
  test('are one token per group, whoever reads them', () => {
    const app = Testing.app();
    const access = new TaskAccessStacks(app, 'access', { definition: referenceOrganisation, report: false });
    const g = access.group('BASE_PROD_KV_SECRETS_ADMIN');
    expect(g.objectId).toBe(g.objectId);
  });
});
