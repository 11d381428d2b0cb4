/**
 * Text an attacker wrote into one field (a display name, a description, a break-glass account, a name in an audit
 * log or a tenant export, a suppression's reason, a name typed on the command line) never controls the terminal:
 * every command's human-readable output and error messages, run on the hostile input of
 * test/fixtures/hostile-terminal.ts, hold no raw escape sequence, lone CR, backspace, bidirectional override or
 * isolate, zero-width character or line separator, and show each as a `\u001B`-style marker exactly where the value
 * was, on its own line. Every registered command is run here: a new command fails the coverage test until it is.
 */
import { readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { runDiff } from '../../lib/cli/commands/diff';
import { runDrift } from '../../lib/cli/commands/drift';
import { runExpiring } from '../../lib/cli/commands/expiring';
import { runExplain } from '../../lib/cli/commands/explain';
import { runImport } from '../../lib/cli/commands/import';
import { runLint } from '../../lib/cli/commands/lint';
import { runReport } from '../../lib/cli/commands/report';
import { runReview } from '../../lib/cli/commands/review';
import { runSchema } from '../../lib/cli/commands/schema';
import { runWhoCan } from '../../lib/cli/commands/who-can';
import { terminalIo, type CommandIo } from '../../lib/cli/command-io';
import { buildProgram, EXIT } from '../../lib/cli/program';
import { unknownCommand } from '../../lib/cli/usage';
import { runApp } from '../../lib/constructs/run-app';
import { AccessUsageError } from '../../lib/model/errors';
import { resolveDefinition } from '../../lib/model/resolve';
import { renderReport } from '../../lib/report/report-files';
import { terminalText } from '../../lib/report/escape/terminal-text';
import {
  CLEAR_AND_OVERWRITE,
  RAW_CONTROL,
  hostileAuditPages,
  hostileDefinition,
  hostileTenantExport,
} from '../fixtures/hostile-terminal';
import { INSPECTOR, inspectorDefinition } from '../fixtures/inspector';
import { FIXTURE_DIR } from '../fixtures/tenant-export/generate';
import { capture, workspace } from './io';

const NOW = '2026-12-03T00:00:00Z';
const COMMANDS_DIR = join(__dirname, '../../lib/cli/commands');

/** One run: exit code and both streams. */
interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const dir = workspace(hostileDefinition());
writeFileSync(join(dir, 'before.json'), JSON.stringify(inspectorDefinition()));
writeFileSync(
  join(dir, 'rules.json'),
  JSON.stringify({
    suppressions: [
      {
        rule: 'jit-max-activation',
        path: 'tasks.TASK_PROD_DIRECTORY_READ.jit.maximumActivation',
        reason: 'accepted\r\n2. error  forged \u001B[31mfinding',
      },
    ],
  }),
);
const invalid = hostileDefinition() as unknown as { roles: { name: string; members: unknown[] }[] };
invalid.roles[0].name = 'READ\u202EER';
invalid.roles[0].members[1] = { kind: 'user', userPrincipalName: 'bob@contoso.example\u001B[2J' };
writeFileSync(join(dir, 'invalid.json'), JSON.stringify(invalid));
writeFileSync(join(dir, 'broken.json'), '{\n  "roles": [\u001B[2J\r\u202E]\n}\n');

const audit = hostileAuditPages();
const tenant = hostileTenantExport();
// The definition the reference export imports to, under a file name with an escape sequence and an override:
// --check compares the hostile export with it. (Not a CR: jest's transform pattern doesn't match a name with one.)
const IMPORTED = 'imported\u001B[2J\u202Est.ts';
expect(runImport(FIXTURE_DIR.reference, { out: IMPORTED, now: NOW }, capture(dir).io)).toBe(EXIT.OK);

function run(body: (io: CommandIo) => number, cwd = dir): Run {
  const c = capture(cwd);
  const code = body(c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

/** Every registered command with its runs on hostile input, human-readable first; JSON where the command has it. */
const RUNS: Record<string, () => Record<string, Run>> = {
  explain: () => ({
    role: run((io) => runExplain('ROLE_READER', {}, io)),
    principal: run((io) => runExplain(INSPECTOR.alice, {}, io)),
    lead: run((io) => runExplain('ROLE_LEAD', { definition: 'definition.json' }, io)),
    json: run((io) => runExplain('ROLE_LEAD', { json: true }, io)),
    'unknown name': run((io) => runExplain(`ROLE_${CLEAR_AND_OVERWRITE}\nX`, {}, io)),
    'invalid definition': run((io) => runExplain('ROLE_LEAD', { definition: 'invalid.json' }, io)),
    'unreadable definition': run((io) => runExplain('ROLE_LEAD', { definition: 'broken.json' }, io)),
  }),
  'who-can': () => ({
    'break-glass': run((io) => runWhoCan({ directoryRole: 'Global Administrator' }, io)),
    principals: run((io) => runWhoCan({ azureRole: 'Key Vault Secrets User' }, io)),
    json: run((io) => runWhoCan({ directoryRole: 'Global Administrator', json: true }, io)),
  }),
  review: () => ({
    markdown: run((io) => runReview({ lastChange: '2026-03-02\u001B[2J' }, io)),
  }),
  expiring: () => ({
    text: run((io) => runExpiring({ now: '2026-06-25', git: false }, io)),
  }),
  lint: () => ({
    text: run((io) => runLint({ definition: 'definition.json', rules: 'rules.json' }, io)),
    'invalid definition': run((io) => runLint({ definition: 'invalid.json' }, io)),
    json: run((io) => runLint({ definition: 'definition.json', rules: 'rules.json', json: true }, io)),
  }),
  diff: () => ({
    markdown: run((io) => runDiff('before.json', 'definition.json', {}, io)),
    json: run((io) => runDiff('before.json', 'definition.json', { json: true }, io)),
  }),
  drift: () => ({
    markdown: run((io) => runDrift(audit.pages, { definition: audit.definition }, io)),
    json: run((io) => runDrift(audit.pages, { definition: audit.definition, json: true }, io)),
  }),
  import: () => ({
    findings: run((io) => runImport(tenant, { out: 'from-hostile.ts', now: NOW }, io)),
    check: run((io) => runImport(tenant, { check: true, definition: IMPORTED, now: NOW }, io)),
  }),
  report: () => ({
    markdown: run((io) => runReport({}, io)),
    csv: run((io) => runReport({ format: 'csv' }, io)),
    html: run((io) => runReport({ format: 'html' }, io)),
  }),
  schema: () => ({
    'access-model.json': run((io) => runSchema(io)),
  }),
};

/** Registers every command module of lib/cli/commands (each registers itself when loaded, as lib/cli/main.ts loads them). */
function registerEveryCommand(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  for (const f of readdirSync(COMMANDS_DIR)) require(join(COMMANDS_DIR, f));
}

const outputs = Object.fromEntries(Object.entries(RUNS).map(([name, runs]) => [name, runs()]));
const lines = (s: string): string[] => s.split('\n');

test('every registered command is run on hostile input here', () => {
  registerEveryCommand();
  const names = buildProgram()
    .commands.map((c) => c.name())
    .sort();
  expect(names).toEqual(Object.keys(RUNS).sort());
});

test.each(Object.entries(outputs).flatMap(([name, runs]) => Object.entries(runs).map(([what, r]) => [name, what, r])))(
  '%s (%s): no raw control, bidirectional, zero-width or separator character on either stream',
  (_name, _what, r) => {
    const { stdout, stderr } = r as Run;
    expect(stdout + stderr).not.toBe('');
    expect(stdout).not.toMatch(RAW_CONTROL);
    expect(stderr).not.toMatch(RAW_CONTROL);
  },
);

describe('explain', () => {
  test('a description with a line break, a separator and a tab stays on its line, marked', () => {
    const r = outputs.explain.role;
    expect(r.code).toBe(EXIT.OK);
    expect(lines(r.stdout).slice(0, 4)).toEqual([
      'ROLE_READER',
      '  Reads.\\u000ATasks (9 standing, 0 just-in-time)\\u2028\\u0009end',
      '  inherits: nothing',
      `  members: Alice\\u001B[2J\\u000DROLE_ADMIN (user ${INSPECTOR.alice}); bob@contoso.example (user)`,
    ]);
  });

  test("a display name that clears the screen and overwrites its line is the principal's heading, marked", () => {
    const r = outputs.explain.principal;
    expect(lines(r.stdout).slice(0, 2)).toEqual([
      'Alice\\u001B[2J\\u000DROLE_ADMIN',
      `  user, object ID ${INSPECTOR.alice}`,
    ]);
  });

  test('a right-to-left override, an isolate and a zero-width space are markers in the member list', () => {
    expect(lines(outputs.explain.lead.stdout)[2]).toBe(
      `  members: Carol\\u202ENIMDA_ELOR\\u2066x\\u2069\\u200B (user ${INSPECTOR.carol}) [until 2026-07-01T00:00:00Z]`,
    );
  });

  test('--json is the same JSON: a marker in a JSON string is the escape of the character', () => {
    const r = outputs.explain.json;
    expect(r.stdout).toContain('"displayName": "Carol\\u202ENIMDA_ELOR\\u2066x\\u2069\\u200B"');
    const json = JSON.parse(r.stdout) as { members: { displayName: string }[] };
    expect(json.members[0].displayName).toBe('Carol\u202ENIMDA_ELOR\u2066x\u2069\u200B');
  });

  test('an unknown name typed with an escape sequence and a line break is quoted on one line', () => {
    const r = outputs.explain['unknown name'];
    expect(r.code).toBe(EXIT.USAGE);
    expect(r.stderr).toBe(
      'task-access: explain: no role or principal is named "ROLE_\\u001B[2J\\u000DROLE_ADMIN\\u000AX". Did you mean "Alice\\u001B[2J\\u000DROLE_ADMIN"? Give a role (ROLE_LEAD, ROLE_OPERATOR, ROLE_READER) or a member\'s object ID, user principal name or display name.\n',
    );
  });

  test('validation problems show the offending names and values marked', () => {
    const r = outputs.explain['invalid definition'];
    expect(r.code).toBe(EXIT.FAILED);
    expect(lines(r.stderr)).toEqual([
      'The access model definition has 2 problems; nothing was synthesized.',
      '1. roles.ROLE_READ\\u202EER.members[1].userPrincipalName  [user-principal-name]',
      '    not a user principal name Entra accepts: it contains the whitespace or control character U+001B',
      '    value: "bob@contoso.example\\u001B[2J"',
      "    fix: write it as alias@domain, e.g. alice@contoso.com: A-Z, a-z, 0-9 and ' . - _ ! # ^ ~ before the @, at most 64 characters before it, 48 after it, 113 in all",
      '2. roles.ROLE_READ\\u202EER.name  [naming]',
      '    the name part of a role must be upper-case words (A-Z, 0-9) joined by "_" (it contains the non-ASCII character "\\u202E" U+202E, which may look like a Latin letter)',
      '    value: "READ\\u202EER"',
      '    fix: use upper-case words such as "READ_ER"',
      '',
    ]);
  });

  test("a JSON file that doesn't parse: the quoted text is marked", () => {
    const r = outputs.explain['unreadable definition'];
    expect(r.code).toBe(EXIT.USAGE);
    expect(r.stderr).toMatch(/^task-access: the definition is not JSON:\n.*broken\.json: /);
    expect(r.stderr).toContain('\\u001B[2J\\u000D\\u202E]');
  });
});

describe('who-can', () => {
  test('a break-glass display name with a hyperlink, backspaces and a cursor move is one marked line', () => {
    expect(lines(outputs['who-can']['break-glass'].stdout).slice(-3)).toEqual([
      'Break-glass accounts (1): active, permanent, outside PIM',
      `  bg\\u001B]8;;https://evil.example/\\u0007docs\\u001B]8;;\\u0007ok\\u0008\\u0008\\u001B[2A (${INSPECTOR.breakGlass})`,
      '',
    ]);
  });

  test('principals are listed under their marked names', () => {
    const out = lines(outputs['who-can'].principals.stdout);
    expect(out).toContain(`  standing      Alice\\u001B[2J\\u000DROLE_ADMIN (user ${INSPECTOR.alice})`);
    expect(out).toContain(`  just-in-time  Carol\\u202ENIMDA_ELOR\\u2066x\\u2069\\u200B (user ${INSPECTOR.carol})`);
  });
});

describe('Markdown commands keep their escaping (a line break is a space) and show markers as text', () => {
  test('review', () => {
    const out = lines(outputs.review.markdown.stdout);
    expect(out).toContain('Definition last changed: 2026-03-02\\\\u001B[2J (as given).');
    expect(out).toContain(
      '  - accounts: bg\\\\u001B]8;;https://evil.example/\\\\u0007docs\\\\u001B]8;;\\\\u0007ok\\\\u0008\\\\u0008\\\\u001B[2A (active permanent Global Administrator, outside PIM)',
    );
    expect(out).toContain('  - members: Alice\\\\u001B[2J ROLE_ADMIN, bob@contoso.example');
  });

  test('diff', () => {
    const out = lines(outputs.diff.markdown.stdout);
    expect(out.find((l) => l.startsWith('- low Carol'))).toMatch(
      /^- low Carol\\\\u202ENIMDA_ELOR\\\\u2066x\\\\u2069\\\\u200B \(user 0000ca01-0000-4000-8000-000000000003\): membership of ROLE_LEAD: expiry added; /,
    );
    const json = JSON.parse(outputs.diff.json.stdout) as { principals: { label: string }[] };
    expect(json.principals.map((p) => p.label)).toEqual(['Carol\u202ENIMDA_ELOR\u2066x\u2069\u200B']);
  });

  test('drift: a user and a group from the audit log', () => {
    const out = lines(outputs.drift.markdown.stdout);
    expect(out.find((l) => l.startsWith('| TASK_PROD_SHADOW'))).toBe(
      '| TASK_PROD_SHADOW\\\\u202ENIMDA_ELOR\\\\u2066x\\\\u2069\\\\u200B | mallory@contoso.example\\\\u001B[2J ROLE_ADMIN | 1 | 2026-03-14 11:00 | TASK_PROD_SHADOW\\\\u202ENIMDA_ELOR\\\\u2066x\\\\u2069\\\\u200B is not a group of the definition: someone made it eligible outside the model; bring it into the definition as a task, or remove the eligibility |',
    );
  });

  test('report', () => {
    expect(lines(outputs.report.markdown.stdout)).toContain('Reads. Tasks (9 standing, 0 just-in-time)\\\\u2028 end');
  });
});

describe('other text', () => {
  test('expiring: the member line', () => {
    expect(lines(outputs.expiring.text.stdout)[1]).toBe(
      `  expiring  2026-07-01T00:00:00Z  ROLE_LEAD member Carol\\u202ENIMDA_ELOR\\u2066x\\u2069\\u200B (${INSPECTOR.carol}): expires in 6 days`,
    );
  });

  test("lint: a suppression's reason can't forge a finding; a finding quotes a display name marked", () => {
    const r = outputs.lint.text;
    const out = lines(r.stdout);
    expect(out).toContain(
      '  - jit-max-activation at tasks.TASK_PROD_DIRECTORY_READ.jit.maximumActivation: "accepted\\u000D\\u000A2. error  forged \\u001B[31mfinding" (1 finding suppressed)',
    );
    expect(out).toContain(
      '    nobody but the requester can approve activations of TASK_PROD_CLUSTER_ADMIN by Carol\\u202ENIMDA_ELOR\\u2066x\\u2069\\u200B in ROLE_LEAD (approvers: ROLE_LEAD), and PIM does not let a requester approve their own request',
    );
    // The value is shown as JSON, its escapes of the C0 characters the markers every other output shows.
    expect(out).toContain(
      '    value: ["bg\\u001B]8;;https://evil.example/\\u0007docs\\u001B]8;;\\u0007ok\\u0008\\u0008\\u001B[2A"]',
    );
    // ... and hidden-character reports the display name where it is written.
    expect(out).toContain('2. error  breakGlass[0].displayName  [hidden-character]');
    expect(out.filter((l) => /^\d+\. error /.test(l))).toHaveLength(
      (JSON.parse(outputs.lint.json.stdout) as { counts: { errors: number } }).counts.errors,
    );
  });

  test('lint: an invalid definition', () => {
    expect(outputs.lint['invalid definition'].stderr).toContain('2. roles.ROLE_READ\\u202EER.name  [naming]\n');
  });

  test('import: a finding names the hostile group on its own line', () => {
    const r = outputs.import.findings;
    expect(r.code).toBe(EXIT.OK);
    expect(lines(r.stdout)).toContain(
      '  [non-conforming-group] group Shadow admins\\u001B]8;;https://evil.example/\\u0007docs\\u001B]8;;\\u0007ok\\u0008\\u0008\\u001B[2A (0000e71a-0000-4000-8000-0000000000ff)',
    );
  });

  test('import --check: a file name with an escape sequence and an override, and the findings', () => {
    const r = outputs.import.check;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT.OK);
    const out = lines(r.stdout);
    expect(out[0]).toBe(`Access: imported\\u001B[2J\\u202Est.ts (before) -> the tenant exported in ${tenant} (after)`);
    expect(out).toContain(
      '  [non-conforming-group] group Shadow admins\\u001B]8;;https://evil.example/\\u0007docs\\u001B]8;;\\u0007ok\\u0008\\u0008\\u001B[2A (0000e71a-0000-4000-8000-0000000000ff)',
    );
  });

  test('report --format csv: a lone CR in a quoted cell is marked; the rows keep their CRLF', () => {
    const csv = outputs.report.csv.stdout;
    expect(csv.split('\r\n')).toContain(
      `principal,"Alice\\u001B[2J\\u000DROLE_ADMIN",${INSPECTOR.alice},user,ROLE_OPERATOR,,TASK_PROD_CLUSTER_ADMIN,PROD,just-in-time,,,"max PT1H, approval by ROLE_LEAD, MFA, justification, ticket",BASE_PROD_K8S_CLUSTER_ADMIN,Kubernetes,ClusterRole cluster-admin,,,aks-prod,cluster-wide,`,
    );
  });
});

test('report --format html: the page holds no such character raw, so it prints byte for byte (its CSP hash holds)', () => {
  const html = outputs.report.html.stdout;
  expect(html).toBe(renderReport(resolveDefinition(hostileDefinition()), 'html'));
  expect(html).toContain('"displayName":"Carol\\u202ENIMDA_ELOR\\u2066x\\u2069\\u200B"');
});

describe('the seam', () => {
  test('terminalText marks what markControls marks and a CR that does not end a line; keeps tab, LF and CRLF', () => {
    expect(terminalText('a\u001B[2Jb\rc\r\nd\te\nf\u202Eg\u200Bh\u2028i\bj\u009Bk')).toBe(
      'a\\u001B[2Jb\\u000Dc\r\nd\te\nf\\u202Eg\\u200Bh\\u2028i\\u0008j\\u009Bk',
    );
    expect(terminalText('plain ROLE_READER\n')).toBe('plain ROLE_READER\n');
  });

  test('terminalText is lossless on JSON: it parses to the same value', () => {
    const value = {
      name: 'a\u202Eb\u200B\u2028\u2029\u0085\u007F\uFEFF\u061C\u2066',
      lone: '\uD800x',
      esc: '\u001B\r',
    };
    const text = JSON.stringify(value, null, 2);
    expect(terminalText(text)).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(terminalText(text))).toEqual(value);
  });

  test('terminalIo marks both streams, once however often it wraps', () => {
    const c = capture(dir);
    const io = terminalIo(terminalIo(c.io));
    io.stdout('x\u001B[2J\r');
    io.stderr('\u202E');
    expect([c.stdout(), c.stderr()]).toEqual(['x\\u001B[2J\\u000D', '\\u202E']);
  });

  test('every command prints only through the io runCommand gives it, and nothing in lib/cli writes around it', () => {
    for (const f of readdirSync(COMMANDS_DIR)) {
      const source = readFileSync(join(COMMANDS_DIR, f), 'utf8');
      expect([f, source.match(/runCommand\(io, \(io\) =>/g)?.length]).toEqual([f, 1]);
      expect([f, /process\.(stdout|stderr)|console\./.test(source)]).toEqual([f, false]);
    }
    const cli = join(__dirname, '../../lib/cli');
    for (const f of readdirSync(cli).filter((x) => x.endsWith('.ts'))) {
      const writes = readFileSync(join(cli, f), 'utf8').match(/process\.(stdout|stderr)\.write\([^)]*\)?/g) ?? [];
      const unwrapped = writes.filter((w) => !w.includes('terminalText(') && f !== 'command-io.ts');
      expect([f, unwrapped]).toEqual([f, []]);
    }
  });

  test("commander's usage errors and an unknown command quote what was typed, marked", () => {
    registerEveryCommand();
    const program = buildProgram();
    expect(unknownCommand(program, ['expla\u001B[2Jin'])).toMatch(/^error: unknown command 'expla\\u001B\[2Jin'\./);
    const written: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((t) => {
      written.push(String(t));
      return true;
    });
    try {
      program.exitOverride();
      for (const c of program.commands) c.exitOverride();
      expect(() => program.parse(['explain', 'ROLE_X', '--rul\u001B[2Jes'], { from: 'user' })).toThrow();
    } finally {
      spy.mockRestore();
    }
    expect(written.join('')).toContain("error: unknown option '--rul\\u001B[2Jes'");
    expect(written.join('')).not.toMatch(RAW_CONTROL);
  });

  test("runApp prints a library error's message marked", () => {
    const written: string[] = [];
    const write = jest.spyOn(process.stderr, 'write').mockImplementation((t) => {
      written.push(String(t));
      return true;
    });
    const exit = jest.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    try {
      runApp(() => {
        throw new AccessUsageError(`expiryWarning.within "14d${CLEAR_AND_OVERWRITE}" is not a duration`);
      });
    } catch {
      // runApp goes on after process.exit, which is mocked: what it does then doesn't matter here
    } finally {
      write.mockRestore();
      exit.mockRestore();
    }
    expect(written[0]).toBe('expiryWarning.within "14d\\u001B[2J\\u000DROLE_ADMIN" is not a duration\n');
  });
});
