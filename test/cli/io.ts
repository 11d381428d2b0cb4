/** In-process command runs for the CLI tests: captured output and a temporary working directory. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { AccessModelDefinition } from '../../lib/model/definition';
import { resolveDefinition } from '../../lib/model/resolve';
import { renderModelJson } from '../../lib/report/model-json';
import type { CommandIo } from '../../lib/cli/command-io';

/** A command's captured output. */
export interface Captured {
  readonly io: CommandIo;
  readonly stdout: () => string;
  readonly stderr: () => string;
}

/** Captures stdout and stderr of a command run in `cwd`. */
export function capture(cwd: string): Captured {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}

/** A temporary directory with `definition.json` and, unless `synthesized` is false, `cdktf.out/access-model.json`. */
export function workspace(definition: AccessModelDefinition, synthesized = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'task-access-cli-'));
  writeFileSync(join(dir, 'definition.json'), JSON.stringify(definition));
  if (synthesized) {
    mkdirSync(join(dir, 'cdktf.out'));
    writeFileSync(join(dir, 'cdktf.out', 'access-model.json'), renderModelJson(resolveDefinition(definition)));
  }
  return dir;
}
