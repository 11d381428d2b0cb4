/**
 * Runs one command in a child process and measures the whole process: wall time (from the parent) and peak
 * resident set size (`/usr/bin/time -v` when present, else the `maxRssMb` the child reports).
 */
import { spawnSync } from 'child_process';
import { existsSync } from 'fs';
import type { ChildReport } from './child';

/** One measured run. */
export interface Measurement {
  /** Wall time of the whole process, seconds. */
  readonly seconds: number;
  /** Peak RSS of the whole process, MB. */
  readonly peakMb: number;
  /** User + system CPU time of the process, seconds (from `/usr/bin/time`; NaN without it): less sensitive to other load than wall time. */
  readonly cpuSeconds: number;
  /** Where the peak comes from. */
  readonly peakSource: '/usr/bin/time' | 'process.resourceUsage';
  /** What the child printed (the last JSON line of its stdout), when it printed one. */
  readonly child?: ChildReport;
}

const TIME = '/usr/bin/time';

/** Whether peak memory is measured by `/usr/bin/time -v`. */
export function hasGnuTime(): boolean {
  return (
    existsSync(TIME) &&
    spawnSync(TIME, ['-v', 'true'], { encoding: 'utf8' }).stderr.includes('Maximum resident set size')
  );
}

/** Runs `command args` with `env` added, throws with its output when it fails. */
export function measure(
  command: string,
  args: readonly string[],
  env: Record<string, string> = {},
  cwd?: string,
): Measurement {
  const gnu = hasGnuTime();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(gnu ? TIME : command, gnu ? ['-v', command, ...args] : [...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    cwd,
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (exit ${r.status}):\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-4000)}`,
    );
  }
  const line = r.stdout
    .trim()
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('{'));
  const child = line ? (JSON.parse(line) as ChildReport) : undefined;
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1];
  const user = Number(/User time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1] ?? NaN);
  const system = Number(/System time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1] ?? NaN);
  const cpuSeconds = user + system;
  if (gnu && kb)
    return {
      seconds,
      peakMb: Math.round(Number(kb) / 1024),
      cpuSeconds,
      peakSource: TIME,
      ...(child ? { child } : {}),
    };
  return {
    seconds,
    peakMb: child?.maxRssMb ?? NaN,
    cpuSeconds,
    peakSource: 'process.resourceUsage',
    ...(child ? { child } : {}),
  };
}

/** The median of a non-empty list. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
