/**
 * Hooks the access report into synthesis: when the app synthesizes, the resolved model (access-model.json), the
 * report (access-report.md, access-report.csv), the layer diagram (access-diagram.svg) and the access explorer
 * (access-explorer.html, one self-contained page: docs/explorer.md) are written into the
 * app's output directory, beside `stacks/`. The only place lib/report meets cdktf.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { TerraformStack, type IStackSynthesizer, type ISynthesisSession } from 'cdktf';
import type { IConstruct } from 'constructs';
import type { ResolvedModel } from '../model/resolved';
import { REPORT_FILE_NAMES, REPORT_FORMATS, renderReport } from '../report/report-files';
import { AccessUsageError } from '../model/errors';

/** The option shared by {@link TaskAccessModel} and {@link TaskAccessStacks}. */
export interface AccessReportOptions {
  /**
   * Write access-model.json, access-report.md, access-report.csv, access-diagram.svg and access-explorer.html into the app's output
   * directory (e.g. `cdktf.out/`) when the app synthesizes.
   * @default true
   */
  readonly report?: boolean;
}

const attached = new WeakMap<IConstruct, string>();

/**
 * Makes the synthesis of the stack holding `scope` also write the report files of `model` into the output
 * directory. Throws when another access model of the same app already writes them (set `report: false` on one).
 */
export function writeAccessReportOnSynth(scope: IConstruct, model: ResolvedModel): void {
  const stack = TerraformStack.of(scope);
  const root = scope.node.root;
  const previous = attached.get(root);
  if (previous !== undefined) {
    throw new AccessUsageError(
      `Two access models in one app would both write access-model.json and the access report into its output directory ` +
        `(${previous} and ${scope.node.path}); set report: false on all but one.`,
    );
  }
  attached.set(root, scope.node.path);
  const inner: IStackSynthesizer = stack.synthesizer;
  stack.synthesizer = {
    synthesize(session: ISynthesisSession): void {
      inner.synthesize(session);
      mkdirSync(session.outdir, { recursive: true });
      // One file at a time: the texts of a large organisation are hundreds of MB together.
      for (const format of REPORT_FORMATS)
        writeFileSync(join(session.outdir, REPORT_FILE_NAMES[format]), renderReport(model, format));
    },
  };
}
