/**
 * A TerraformStack that skips cdktf's second rendering of the elements it knows are self-contained.
 *
 * Before synthesizing, cdktf "prepares" every stack: it renders and resolves every element once (to discover
 * references to other stacks), then renders and resolves them all again to write the JSON. For a stack whose
 * elements only refer to that stack, the first pass finds nothing and costs as much as the second (10 s for the
 * 10,000-group benchmark organisation). {@link AccessStack.buildSelfContained} records the elements the library
 * builds when it knows they refer only to their own stack (one stack, no split); they skip the first pass.
 * Anything else, e.g. your own resources (from `configureStack` or added later) referring to another stack, is
 * prepared as usual. How cdktf prepares a stack is cdktf 0.21's internals: private/cdktf-internals.ts.
 *
 * cdktf 0.21 runs a stack's own Aspects only (its synthesizer starts them at the stack); an AccessStack also runs
 * those of the constructs between the app and itself (e.g. {@link TaskAccessStacks}), first.
 */
import * as path from 'path';
import { App, Aspects, LocalBackend, TerraformBackend, TerraformStack } from 'cdktf';
import type { IConstruct } from 'constructs';
import { prepareElement, terraformElementsOf, withoutTokenStackTraces } from './private/cdktf-internals';
import { AccessUsageError } from '../model/errors';

/**
 * A stack whose self-contained elements skip the preparing pass of synthesis, and whose preparation and
 * synthesis don't format cdktf's token creation stacks (see private/cdktf-internals.ts).
 */
export class AccessStack extends TerraformStack {
  private readonly selfContained = new WeakSet<IConstruct>();

  constructor(scope: IConstruct, id: string) {
    super(scope, id);
    const inner = this.synthesizer;
    this.synthesizer = {
      synthesize: (session) =>
        withoutTokenStackTraces(() => {
          this.invokeInheritedAspects();
          inner.synthesize(session);
        }),
    };
  }

  /**
   * The Aspects of the constructs between the app and this stack (not the app's, which cdktf does not run for any
   * stack, nor the stack's own, which cdktf runs next), each visiting every construct of the stack, parents first.
   */
  private invokeInheritedAspects(): void {
    const inherited = this.node.scopes.slice(1, -1).flatMap((scope) => Aspects.of(scope).all);
    if (inherited.length === 0) return;
    for (const construct of this.node.findAll()) for (const aspect of inherited) aspect.visit(construct);
  }

  /**
   * The stack's backend: the one configured (e.g. by `configureStack`), else a local backend whose state file is
   * where cdktf puts it (`terraform.<stack>.tfstate` in the directory synthesis ran in), given as a path relative
   * to the stack's output directory, which is where Terraform runs (`cdktf.out/stacks/<stack>`). cdktf's own
   * default is an absolute path of the machine that synthesized, so the same definition gave different
   * `cdk.tf.json` in two checkouts; `terraform_remote_state` of a sibling stack reuses this path, which is right
   * from every stack directory since they are siblings.
   */
  public ensureBackendExists(): TerraformBackend {
    const existing = this.node.findAll().find((c): c is TerraformBackend => TerraformBackend.isBackend(c));
    if (existing) return existing;
    const stackDir = path.resolve(App.of(this).outdir, 'stacks', this.node.id);
    const state = path.resolve(process.cwd(), `terraform.${this.node.id}.tfstate`);
    return new LocalBackend(this, { path: path.relative(stackDir, state).split(path.sep).join('/') });
  }

  /**
   * Runs `build` and records the elements it adds to this stack as referring only to this stack, so they skip the
   * preparing pass; the elements already there (e.g. what `configureStack` added) and any added later don't.
   */
  public buildSelfContained<T>(build: () => T): T {
    const before = new Set(terraformElementsOf(this));
    const built = build();
    for (const e of terraformElementsOf(this)) if (!before.has(e)) this.selfContained.add(e);
    return built;
  }

  /** cdktf's preparation (backend, then a preparing resolve of each element), minus the self-contained elements. */
  public prepareStack(): void {
    checkStackNamesOnce(this.node.root);
    withoutTokenStackTraces(() => {
      this.ensureBackendExists();
      for (const e of terraformElementsOf(this)) if (!this.selfContained.has(e)) prepareElement(this, e);
    });
  }
}

const namesChecked = new WeakSet<IConstruct>();

/**
 * Stacks nested in a construct that adds no path segment ({@link TaskAccessStacks}) are not siblings of the app's
 * other stacks, so constructs can't refuse a second stack of the same name; cdktf would write both into one
 * directory (`cdktf.out/stacks/<name>`). Checked once per app, when its first AccessStack is prepared (before any
 * stack is written).
 */
function checkStackNamesOnce(root: IConstruct): void {
  if (namesChecked.has(root)) return;
  namesChecked.add(root);
  const seen = new Set<string>();
  const visit = (c: IConstruct): void => {
    for (const child of c.node.children) {
      if (TerraformStack.isStack(child)) {
        if (seen.has(child.node.id))
          throw new AccessUsageError(
            `Two stacks are named "${child.node.id}": cdktf would synthesize both into cdktf.out/stacks/${child.node.id}; give the TaskAccessStacks or your stack another id.`,
          );
        seen.add(child.node.id);
      } else visit(child);
    }
  };
  visit(root);
}
