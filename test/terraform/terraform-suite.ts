/**
 * A jest `describe` for tests that need Terraform: without `terraform` on PATH (or with a
 * `TASK_ACCESS_TF_MIRROR` that is not a directory) its tests are skipped with the reason printed, except with
 * `CI=true`, where the missing toolchain fails the run.
 */
import { findToolchain, type Toolchain, type ToolchainStatus } from './toolchain';

let status: ToolchainStatus | undefined;

/** The toolchain of this process, found once. */
export function toolchainStatus(): ToolchainStatus {
  status ??= findToolchain();
  return status;
}

/**
 * `describe(name, body)` when Terraform is available; `body` gets the toolchain through a function to call
 * inside its tests. Otherwise the suite is skipped with the reason on standard error, or, with `CI=true`,
 * replaced by one failing test that gives the reason.
 */
export function describeWithTerraform(name: string, body: (toolchain: () => Toolchain) => void): void {
  const s = toolchainStatus();
  const plan = suitePlan(s, process.env);
  if (s.ok) {
    describe(name, () => body(() => s.toolchain));
  } else if (plan === 'fail') {
    describe(name, () => {
      test('Terraform and the providers are available (CI=true)', () => {
        throw new Error(`the Terraform check can't run: ${s.reason}`);
      });
    });
  } else {
    process.stderr.write(`terraform check skipped (${name}): ${s.reason}\n`);
    describe.skip(name, () =>
      body(() => {
        throw new Error(s.reason);
      }),
    );
  }
}

/** What a suite does: run with a toolchain, else fail with `CI=true`, else skip. */
export function suitePlan(status: ToolchainStatus, env: NodeJS.ProcessEnv): 'run' | 'fail' | 'skip' {
  if (status.ok) return 'run';
  return env.CI === 'true' ? 'fail' : 'skip';
}
