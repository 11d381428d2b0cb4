/**
 * `npm run bench`: synthesis of generated organisations with the library (as applications use it, and with
 * `report: false`) against the hand-written cdktf program, per size, each run in a fresh child process;
 * validation, resolution, rule pack and report timings; the cold start of the reference organisation; one
 * split synthesis at the largest size. Prints tables and writes bench/results/latest.json.
 *
 *   npm run bench -- --sizes 500,2000,10000 --reps 3 --seed 1 --split-max 10000
 */
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'os';
import { join, resolve } from 'path';
import { countOutput, totalCount, type StackCount } from './count';
import { generateOrganisation, groupCount, SYNTHETIC_RULE_OPTIONS } from './generate';
import { handWrittenPlan, planResourceCount } from './hand-written-plan';
import { benchArgs, fail } from './args';
import { hasGnuTime, measure, median, type Measurement } from './measure';
import { markdownTable, num } from './table';

const ROOT = resolve(__dirname, '..');
const RESULTS = join(ROOT, 'bench', 'results');
const BUILD = join(RESULTS, '.build');
const CHILD = join(BUILD, 'bench', 'child.js');

/** Command-line options. */
interface BenchOptions {
  readonly sizes: number[];
  readonly reps: number;
  readonly seed: number;
  /** maxResourcesPerStack of the split row at the largest size (0: no split row). */
  readonly splitMax: number;
}

const USAGE = [
  'usage: npm run bench -- [--sizes 500,2000,10000] [--reps 3] [--seed 1] [--split-max 10000]',
  '  --sizes      group counts of the generated organisations, each at least 30',
  '  --reps       fresh processes per measurement (the median is shown), at least 1',
  '  --seed       seed of the generated organisations',
  '  --split-max  maxResourcesPerStack of the split row at the largest size; 0 leaves the row out',
].join('\n');

function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const get = benchArgs(USAGE, ['sizes', 'reps', 'seed', 'split-max'], argv);
  const o = {
    sizes: (get.sizes ?? '500,2000,10000')
      .split(',')
      .map(Number)
      .sort((a, b) => a - b),
    reps: Number(get.reps ?? 3),
    seed: Number(get.seed ?? 1),
    splitMax: Number(get['split-max'] ?? 10000),
  };
  const wrong = [
    ...(o.sizes.some((s) => !Number.isInteger(s) || s < 30)
      ? [`--sizes ${get.sizes}: whole numbers of at least 30`]
      : []),
    ...(!Number.isInteger(o.reps) || o.reps < 1 ? [`--reps ${get.reps}: a whole number of at least 1`] : []),
    ...(!Number.isInteger(o.seed) ? [`--seed ${get.seed}: a whole number`] : []),
    ...(!Number.isInteger(o.splitMax) || o.splitMax < 0
      ? [`--split-max ${get['split-max']}: a whole number, 0 or more`]
      : []),
  ];
  if (wrong.length > 0) fail(USAGE, wrong.join('\n'));
  return o;
}

/** Compiles the child entry points (and what they import) to JavaScript once, so no TypeScript loader is timed. */
function compile(): void {
  rmSync(BUILD, { recursive: true, force: true });
  const args = [
    'bench/child.ts',
    'examples/reference-org/main.ts',
    '--outDir',
    BUILD,
    '--rootDir',
    '.',
    '--target',
    'ES2022',
    '--module',
    'commonjs',
    '--moduleResolution',
    'node',
    '--strict',
    '--esModuleInterop',
    '--resolveJsonModule',
    '--skipLibCheck',
    '--types',
    'node',
    '--declaration',
    'false',
    '--sourceMap',
    'false',
  ];
  const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsc'), args, { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0)
    process.stderr.write(`tsc reported problems (JavaScript emitted anyway):\n${r.stdout.slice(0, 2000)}\n`);
}

/** Runs the compiled child into a fresh output directory, counts it when asked, removes it. */
function runChild(
  mode: string,
  input: string,
  propsFile?: string,
  count = false,
): { m: Measurement; count?: StackCount[] } {
  const out = mkdtempSync(join(tmpdir(), `bench-${mode}-`));
  try {
    const m = measure(process.execPath, [CHILD, mode, input, out, ...(propsFile ? [propsFile] : [])], {}, ROOT);
    return { m, ...(count ? { count: countOutput(out) } : {}) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Medians of several runs of one program. */
interface ProgramResult {
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly peakMb: number;
  readonly runs: readonly Measurement[];
}

const summarize = (runs: Measurement[]): ProgramResult => ({
  seconds: median(runs.map((m) => m.seconds)),
  cpuSeconds: median(runs.map((m) => m.cpuSeconds)),
  peakMb: median(runs.map((m) => m.peakMb)),
  runs,
});

/** The result of one size. */
interface SizeResult {
  readonly groups: number;
  readonly resources: number;
  readonly dataSources: number;
  /** TaskAccessStacks as an application uses it (rule pack, access report). */
  readonly library: ProgramResult;
  /** The same with `report: false`. */
  readonly libraryNoReport: ProgramResult;
  readonly handWritten: ProgramResult;
  /** Median wall time library / hand-written. */
  readonly ratio: number;
  readonly ratioNoReport: number;
  /** In-process medians (ms): validation, resolution, rulePack, report. */
  readonly phasesMs: Record<string, number>;
  readonly split?: {
    maxResourcesPerStack: number;
    stacks: number;
    largestStack: number;
    remoteStates: number;
    seconds: number;
    peakMb: number;
  };
}

function benchSize(groups: number, o: BenchOptions, inputs: string, isLargest: boolean): SizeResult {
  const definition = generateOrganisation({ groups, seed: o.seed });
  const defFile = join(inputs, `org-${groups}.json`);
  const planFile = join(inputs, `plan-${groups}.json`);
  const props = join(inputs, 'props.json');
  const propsNoReport = join(inputs, 'props-no-report.json');
  writeFileSync(defFile, JSON.stringify(definition));
  const plan = handWrittenPlan(definition);
  writeFileSync(planFile, JSON.stringify(plan));
  writeFileSync(props, JSON.stringify({ rules: SYNTHETIC_RULE_OPTIONS }));
  writeFileSync(propsNoReport, JSON.stringify({ rules: SYNTHETIC_RULE_OPTIONS, report: false }));
  const expected = planResourceCount(plan);
  process.stdout.write(`\n${num(groupCount(definition))} groups, ${num(expected.resources)} resources:`);

  const phases = measure(process.execPath, [CHILD, 'phases', defFile, '-', '3'], {}, ROOT);
  const lib: Measurement[] = [];
  const noReport: Measurement[] = [];
  const hand: Measurement[] = [];
  for (let i = 0; i < o.reps; i++) {
    const first = i === 0;
    const l = runChild('library', defFile, props, first);
    const n = runChild('library', defFile, propsNoReport);
    const h = runChild('hand-written', planFile, undefined, first);
    if (first) {
      const cl = totalCount(l.count ?? []);
      const ch = totalCount(h.count ?? []);
      if (cl.resources !== ch.resources || cl.dataSources !== ch.dataSources || ch.resources !== expected.resources) {
        throw new Error(
          `resource counts differ at ${groups} groups: library ${JSON.stringify(cl)}, hand-written ${JSON.stringify(ch)}, plan ${JSON.stringify(expected)}`,
        );
      }
    }
    lib.push(l.m);
    noReport.push(n.m);
    hand.push(h.m);
    process.stdout.write(
      ` [library ${l.m.seconds.toFixed(1)} s, no report ${n.m.seconds.toFixed(1)} s, hand-written ${h.m.seconds.toFixed(1)} s]`,
    );
  }
  const library = summarize(lib);
  const libraryNoReport = summarize(noReport);
  const handWritten = summarize(hand);
  let split: SizeResult['split'];
  if (isLargest && o.splitMax > 0) {
    const splitProps = join(inputs, 'props-split.json');
    writeFileSync(
      splitProps,
      JSON.stringify({ rules: SYNTHETIC_RULE_OPTIONS, split: 'environment', maxResourcesPerStack: o.splitMax }),
    );
    const s = runChild('library', defFile, splitProps, true);
    const stacks = s.count ?? [];
    if (totalCount(stacks).resources !== expected.resources)
      throw new Error(
        `the split synthesis has ${totalCount(stacks).resources} resources, expected ${expected.resources}`,
      );
    split = {
      maxResourcesPerStack: o.splitMax,
      stacks: stacks.length,
      largestStack: Math.max(...stacks.map((c) => c.resources + c.dataSources)),
      remoteStates: stacks.reduce((n, c) => n + c.remoteStates, 0),
      seconds: s.m.seconds,
      peakMb: s.m.peakMb,
    };
    if (split.largestStack > o.splitMax)
      throw new Error(`a split stack holds ${split.largestStack} resources, more than ${o.splitMax}`);
    process.stdout.write(` [split ${s.m.seconds.toFixed(1)} s, ${stacks.length} stacks]`);
  }
  return {
    groups,
    resources: expected.resources,
    dataSources: expected.dataSources,
    library,
    libraryNoReport,
    handWritten,
    ratio: library.seconds / handWritten.seconds,
    ratioNoReport: libraryNoReport.seconds / handWritten.seconds,
    phasesMs: phases.child?.ms ?? {},
    ...(split ? { split } : {}),
  };
}

function benchReference(reps: number): { compiled: ProgramResult; tsx: ProgramResult } {
  const run = (command: string, args: string[]): ProgramResult => {
    const runs: Measurement[] = [];
    for (let i = 0; i < reps; i++) {
      const out = mkdtempSync(join(tmpdir(), 'bench-ref-'));
      try {
        runs.push(measure(command, args, { CDKTF_OUTDIR: out }, ROOT));
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    }
    return summarize(runs);
  };
  return {
    tsx: run(join(ROOT, 'node_modules', '.bin', 'tsx'), ['examples/reference-org/main.ts']),
    compiled: run(process.execPath, [join(BUILD, 'examples', 'reference-org', 'main.js')]),
  };
}

const PHASES = ['validation', 'resolution', 'rulePack', 'report'] as const;

function render(
  o: BenchOptions,
  results: readonly SizeResult[],
  reference: ReturnType<typeof benchReference>,
  loads: [number, number],
): { text: string; tables: Record<string, string>; targets: { target: string; met: boolean; value: string }[] } {
  const synthesis = markdownTable(
    [
      'groups',
      'resources',
      'library s',
      'library MB',
      'report off s',
      'report off MB',
      'hand-written s',
      'hand-written MB',
      'ratio',
      'ratio, report off',
    ],
    results.map((r) => [
      num(r.groups),
      num(r.resources),
      num(r.library.seconds, 1),
      num(r.library.peakMb),
      num(r.libraryNoReport.seconds, 1),
      num(r.libraryNoReport.peakMb),
      num(r.handWritten.seconds, 1),
      num(r.handWritten.peakMb),
      num(r.ratio, 2),
      num(r.ratioNoReport, 2),
    ]),
  );
  const cpu = markdownTable(
    ['groups', 'library CPU s', 'report off CPU s', 'hand-written CPU s', 'CPU ratio', 'CPU ratio, report off'],
    results.map((r) => [
      num(r.groups),
      num(r.library.cpuSeconds, 1),
      num(r.libraryNoReport.cpuSeconds, 1),
      num(r.handWritten.cpuSeconds, 1),
      num(r.library.cpuSeconds / r.handWritten.cpuSeconds, 2),
      num(r.libraryNoReport.cpuSeconds / r.handWritten.cpuSeconds, 2),
    ]),
  );
  const phases = markdownTable(
    [
      'groups',
      'validation ms',
      'resolution ms',
      'rule pack ms',
      'report ms',
      'validation / 1k',
      'resolution / 1k',
      'rule pack / 1k',
      'report / 1k',
      'library s / 1k',
    ],
    results.map((r) => [
      num(r.groups),
      ...PHASES.map((k) => num(r.phasesMs[k] ?? NaN)),
      ...PHASES.map((k) => num(((r.phasesMs[k] ?? NaN) / r.groups) * 1000)),
      num((r.library.seconds / r.groups) * 1000, 2),
    ]),
  );
  const largest = results[results.length - 1];
  const targets = [
    {
      target: 'library / hand-written <= 1.2 at every size',
      met: results.every((r) => r.ratio <= 1.2),
      value: results.map((r) => r.ratio.toFixed(2)).join(', '),
    },
    {
      target: `${num(largest.groups)} groups in <= 15 s`,
      met: largest.library.seconds <= 15,
      value: `${largest.library.seconds.toFixed(1)} s (report off: ${largest.libraryNoReport.seconds.toFixed(1)} s)`,
    },
    {
      target: `${num(largest.groups)} groups in <= 1,500 MB peak RSS`,
      met: largest.library.peakMb <= 1500,
      value: `${num(largest.library.peakMb)} MB (report off: ${num(largest.libraryNoReport.peakMb)} MB)`,
    },
  ];
  const text = [
    `Synthesis, median of ${o.reps} fresh processes each (wall time, peak RSS of the whole process):`,
    synthesis,
    '',
    'CPU time (user + system) of the same runs, less sensitive to other load on the machine:',
    cpu,
    '',
    'Validation, resolution, rule pack and report in one process (median of 3), and per 1,000 groups (flat = linear):',
    phases,
    '',
    largest.split
      ? `Split at ${num(largest.groups)} groups (split: 'environment', maxResourcesPerStack ${num(largest.split.maxResourcesPerStack)}): ${largest.split.stacks} stacks, the largest ${num(largest.split.largestStack)} resources, ${largest.split.remoteStates} remote state reads; ${largest.split.seconds.toFixed(1)} s, ${num(largest.split.peakMb)} MB.`
      : 'No split row.',
    `Reference organisation cold start: ${reference.tsx.seconds.toFixed(2)} s, ${num(reference.tsx.peakMb)} MB (tsx, as npm run synth); ${reference.compiled.seconds.toFixed(2)} s, ${num(reference.compiled.peakMb)} MB (compiled JavaScript).`,
    '',
    ...targets.map((t) => `${t.met ? 'met    ' : 'MISSED '} ${t.target}: ${t.value}`),
    `Machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${num(totalmem() / 2 ** 30, 1)} GB, Node ${process.version}; load average ${loads[0].toFixed(1)} at start, ${loads[1].toFixed(1)} at the end (above ${cpus().length}: other work was running).`,
  ].join('\n');
  return { text, tables: { synthesis, cpu, phases }, targets };
}

function main(): void {
  const o = parseBenchArgs(process.argv.slice(2));
  mkdirSync(RESULTS, { recursive: true });
  const inputs = mkdtempSync(join(tmpdir(), 'bench-inputs-'));
  const started = new Date();
  const loadStart = loadavg()[0];
  process.stdout.write('compiling the child programs... ');
  compile();
  process.stdout.write(
    `done; peak memory from ${hasGnuTime() ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS'}.`,
  );
  try {
    const results = o.sizes.map((g, i) => benchSize(g, o, inputs, i === o.sizes.length - 1));
    process.stdout.write('\nreference organisation cold start...\n\n');
    const reference = benchReference(o.reps);
    const out = render(o, results, reference, [loadStart, loadavg()[0]]);
    process.stdout.write(`${out.text}\n`);
    const json = {
      started: started.toISOString(),
      command: `npm run bench -- --sizes ${o.sizes.join(',')} --reps ${o.reps} --seed ${o.seed} --split-max ${o.splitMax}`,
      machine: {
        cpus: cpus().length,
        model: cpus()[0]?.model,
        totalMemGb: totalmem() / 2 ** 30,
        freeMemGbAtEnd: freemem() / 2 ** 30,
        node: process.version,
        loadAtStart: loadStart,
        loadAtEnd: loadavg()[0],
      },
      peakSource: hasGnuTime() ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS',
      sizes: results,
      reference,
      targets: out.targets,
      tables: out.tables,
    };
    writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
    process.stdout.write(`\nWrote ${join('bench', 'results', 'latest.json')}.\n`);
  } finally {
    rmSync(inputs, { recursive: true, force: true });
  }
}

main();
