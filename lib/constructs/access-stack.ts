/**
 * A TerraformStack that skips cdktf's second rendering of the elements it knows are self-contained.
 *
 * Before synthesizing, cdktf "prepares" every stack: it renders and resolves every element once (to discover
 * references to other stacks), then renders and resolves them all again to write the JSON. For a stack whose
 * elements only refer to that stack, the first pass finds nothing and costs as much as the second (10 s for the
 * 10,000-group benchmark organisation). {@link markSelfContained} records the elements the library built when
 * it knows they refer only to their own stack (one stack, no split); they skip the first pass. Anything added
 * later, e.g. your own resources referring to another stack, is prepared as usual.
 */
import { TerraformElement, TerraformStack } from 'cdktf';
import { resolve } from 'cdktf/lib/_tokens';
import type { IConstruct } from 'constructs';
import { withoutTokenStackTraces } from './stack-traces';

/** Every Terraform element under `node`, not descending into nested stacks (as cdktf collects them). */
function elementsOf(node: IConstruct, into: TerraformElement[] = []): TerraformElement[] {
  if (TerraformElement.isTerraformElement(node)) into.push(node);
  for (const child of node.node.children) if (!TerraformStack.isStack(child)) elementsOf(child, into);
  return into;
}

/**
 * A stack whose self-contained elements skip the preparing pass of synthesis, and whose preparation and
 * synthesis don't format cdktf's token creation stacks (see stack-traces.ts).
 */
export class AccessStack extends TerraformStack {
  private readonly selfContained = new WeakSet<IConstruct>();

  constructor(scope: IConstruct, id: string) {
    super(scope, id);
    const inner = this.synthesizer;
    this.synthesizer = { synthesize: (session) => withoutTokenStackTraces(() => inner.synthesize(session)) };
  }

  /** Records every element now in the stack as referring only to this stack. */
  public markSelfContained(): void {
    for (const e of elementsOf(this)) this.selfContained.add(e);
  }

  /** cdktf's preparation (backend, then a preparing resolve of each element), minus the self-contained elements. */
  public prepareStack(): void {
    withoutTokenStackTraces(() => {
      this.ensureBackendExists();
      for (const e of elementsOf(this)) if (!this.selfContained.has(e)) resolve(this, e.toTerraform(), true);
    });
  }
}
