/**
 * TaskAccessStacks as a construct: where it sits in the tree, what Aspects added to it reach, and that being a
 * construct changes nothing of what is synthesized (stack names, paths, directories).
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { Aspects, TerraformResource, TerraformStack, Testing, type IAspect } from 'cdktf';
import { Construct, type IConstruct } from 'constructs';
import { referenceOrganisation } from '../../examples/reference-org/definition';
import { TaskAccessStacks } from '../../lib/constructs/task-access-stacks';
import { AccessUsageError } from '../../lib/model/errors';
import { AccessModelError } from '../../lib/model/problem';

/** Every Terraform resource under `scope`. */
const resourcesUnder = (scope: IConstruct): TerraformResource[] =>
  scope.node.findAll().filter((c): c is TerraformResource => TerraformResource.isTerraformResource(c));

/** An Aspect that records what it visits and, on each resource, overrides one attribute. */
class Recording implements IAspect {
  public readonly visited: IConstruct[] = [];
  constructor(private readonly label: string) {}
  public visit(node: IConstruct): void {
    this.visited.push(node);
    if (TerraformResource.isTerraformResource(node)) node.addOverride('//.aspect', this.label);
  }
}

describe('TaskAccessStacks in the construct tree', () => {
  test('is found in its scope under its id, and holds its stacks, which keep the paths they would have at the app', () => {
    // GIVEN an app WHEN the access model is split by environment
    const app = Testing.app();
    const access = new TaskAccessStacks(app, 'org', {
      definition: referenceOrganisation,
      split: 'environment',
      report: false,
    });

    // THEN the app finds it by its id, and each stack is its child, named and pathed as the app's own would be
    expect(app.node.findChild('org')).toBe(access);
    expect(access.node.children.filter(TerraformStack.isStack).map((s) => s.node.id)).toEqual([
      'org-directory',
      'org-dev',
      'org-prod',
    ]);
    expect([...access.stacks.values()].map((s) => s.node.path)).toEqual(['org-directory', 'org-dev', 'org-prod']);
    expect(access.node.path).toBe('');
    expect(resourcesUnder(access).length).toBeGreaterThan(100);
  });

  test('synthesizes each stack into cdktf.out/stacks/<stack name>, with paths in the Terraform JSON that start at the stack', () => {
    const app = Testing.app();
    new TaskAccessStacks(app, 'org', { definition: referenceOrganisation, split: 'environment', report: false });
    app.synth();
    expect(readdirSync(join(app.outdir, 'stacks')).sort()).toEqual(['org-dev', 'org-directory', 'org-prod']);
    const prod = JSON.parse(readFileSync(join(app.outdir, 'stacks', 'org-prod', 'cdk.tf.json'), 'utf8'));
    const paths = Object.values(
      prod.resource as Record<string, Record<string, { '//': { metadata: { path: string } } }>>,
    )
      .flatMap((byName) => Object.values(byName))
      .map((r) => r['//'].metadata.path);
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.every((p) => p.startsWith('org-prod/'))).toBe(true);
    // the environment stack reads the directory stack's state under the name it had before
    expect(Object.keys(prod.data.terraform_remote_state)).toEqual(['cross-stack-reference-input-org-directory']);
    const manifest = JSON.parse(readFileSync(join(app.outdir, 'manifest.json'), 'utf8'));
    expect(manifest.stacks['org-prod'].constructPath).toBe('org-prod');
    expect(manifest.stacks['org-prod'].dependencies).toEqual(['org-directory']);
  });

  test('under a construct of yours, its stacks are under that construct too', () => {
    const app = Testing.app();
    const platform = new Construct(app, 'platform');
    const access = new TaskAccessStacks(platform, 'org', { definition: referenceOrganisation, report: false });
    expect(platform.node.findChild('org')).toBe(access);
    expect(access.stacks.get('org')?.node.path).toBe('platform/org');
  });
});

describe('Aspects added to TaskAccessStacks', () => {
  test('visit every resource of every stack it created, and what they change is synthesized', () => {
    // GIVEN an Aspect on the TaskAccessStacks (cdktf 0.21 alone runs only the Aspects of a stack and below)
    const app = Testing.app();
    const access = new TaskAccessStacks(app, 'org', {
      definition: referenceOrganisation,
      split: 'environment',
      report: false,
    });
    const aspect = new Recording('from-access');
    Aspects.of(access).add(aspect);

    // WHEN the app synthesizes
    app.synth();

    // THEN it visited each stack and every resource in it, once, and its override is in every stack's JSON
    const resources = resourcesUnder(access);
    expect(new Set(aspect.visited).size).toBe(aspect.visited.length);
    expect(aspect.visited.filter((c) => TerraformResource.isTerraformResource(c)).length).toBe(resources.length);
    for (const stack of access.stacks.values()) expect(aspect.visited).toContain(stack);
    for (const name of access.stacks.keys()) {
      const tf = JSON.parse(readFileSync(join(app.outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'));
      const bodies = Object.values(
        tf.resource as Record<string, Record<string, { '//': { aspect?: string } }>>,
      ).flatMap((byName) => Object.values(byName));
      expect(bodies.every((b) => b['//'].aspect === 'from-access')).toBe(true);
    }
  });

  test("run before the stack's own Aspects, which still run", () => {
    const app = Testing.app();
    const access = new TaskAccessStacks(app, 'org', { definition: referenceOrganisation, report: false });
    const order: string[] = [];
    Aspects.of(access).add({ visit: (n) => void (TerraformStack.isStack(n) && order.push('access')) });
    Aspects.of(access.stacks.get('org') as TerraformStack).add({
      visit: (n) => void (TerraformStack.isStack(n) && order.push('stack')),
    });
    app.synth();
    expect(order).toEqual(['access', 'stack']);
  });
});

describe('TaskAccessStacks errors', () => {
  test('an invalid definition throws before anything is added to the tree', () => {
    const app = Testing.app();
    const bad = { ...referenceOrganisation, roles: [{ name: 'DEVELOPER', eligible: ['TASK_PROD_VIEWR' as const] }] };
    expect(() => new TaskAccessStacks(app, 'org', { definition: bad })).toThrow(AccessModelError);
    expect(app.node.children).toHaveLength(0);
  });

  test('a unit too large for maxResourcesPerStack throws before anything is added to the tree', () => {
    const app = Testing.app();
    expect(
      () => new TaskAccessStacks(app, 'org', { definition: referenceOrganisation, maxResourcesPerStack: 3 }),
    ).toThrow(/more than maxResourcesPerStack \(3\)/);
    expect(app.node.children).toHaveLength(0);
  });

  test('a stack of yours with the name of one of its stacks fails the synthesis before any stack is written', () => {
    // GIVEN a split model (stack org-prod) and, at the app, a stack of yours also named org-prod
    const app = Testing.app();
    new TaskAccessStacks(app, 'org', { definition: referenceOrganisation, split: 'environment', report: false });
    new TerraformStack(app, 'org-prod');

    // WHEN synthesizing THEN it fails naming the stack, and cdktf.out/stacks holds nothing
    let thrown: unknown;
    try {
      app.synth();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(AccessUsageError);
    expect((thrown as Error).message).toContain(
      'Two stacks are named "org-prod": cdktf would synthesize both into cdktf.out/stacks/org-prod',
    );
    const stacks = join(app.outdir, 'stacks');
    expect(existsSync(stacks) ? readdirSync(stacks) : []).toEqual([]);
  });

  test('group() of a name the model has no group of is an AccessUsageError with the nearest name', () => {
    const app = Testing.app();
    const access = new TaskAccessStacks(app, 'org', { definition: referenceOrganisation, report: false });
    expect(access.group('ROLE_DEVELOPER')).toBe(access.built.roles.get('ROLE_DEVELOPER')?.group);
    expect(() => access.group('ROLE_DEVELOPR')).toThrow(AccessUsageError);
    expect(() => access.group('ROLE_DEVELOPR')).toThrow(
      'No group named "ROLE_DEVELOPR" in the access model. Did you mean "ROLE_DEVELOPER"? Use a BASE_, TASK_ or ROLE_ name from the definition.',
    );
  });
});
