/**
 * Plain-text rendering of `explain` and `who-can` answers for a terminal: aligned, sorted, no colour, no
 * timestamps. The same answers render as JSON with `JSON.stringify`. Each line is composed, then shown with
 * `visibleText`: a value's line break, CR, tab, ESC, bidirectional override or zero-width character is a `\u000A`
 * style marker on its line, so a value can't start a line of its own or control the terminal.
 */
import type { ResolvedMember } from '../model/resolved';
import { visibleText } from '../model/value-preview';
import type { AccessMode, GrantEntry, PrincipalAccessView, RoleAccessView, SubjectAccess } from './access-matrix';
import {
  describeActivationHeader,
  describeActivationStep,
  describeGrant,
  describeMode,
  describePath,
  describePolicy,
  describeRoleVia,
  describeWindow,
} from './describe';
import type { Explanation } from './explain';
import { describeRule } from './kubernetes-rules';
import type { WhoCanAnswer, WhoCanHolder } from './who-can';

/** Options of {@link formatExplanation}. */
export interface ExplainTextOptions {
  /** List every rule of built-in ClusterRoles too (custom rules are always listed). @default false */
  readonly rules?: boolean;
}

const MODE_WIDTH = 'just-in-time'.length;
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - s.length));
const modeCol = (m: AccessMode): string => pad(describeMode(m), MODE_WIDTH);
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * How a member is named to people: its object ID or UPN, or for an application of the definition its name (the
 * model's `app:<name>` key is internal: the application has no object ID before it is deployed).
 */
export function memberIdentifier(m: Pick<ResolvedMember, 'kind' | 'key'>): string {
  return m.kind === 'application' && m.key.startsWith('app:') ? m.key.slice('app:'.length) : m.key;
}

/** A member in one line: `carol@contoso.example (user 0000ca01-...)`, with ` [until ...]` for a time-bound member. */
export function describeMember(m: Pick<ResolvedMember, 'kind' | 'key' | 'label' | 'window'>): string {
  const window = m.window ? ` [${describeWindow(m.window)}]` : '';
  const id = memberIdentifier(m);
  return `${m.label === id ? `${m.label} (${m.kind})` : `${m.label} (${m.kind} ${id})`}${window}`;
}

/** The text of `lines`, one line each: every character of a value that isn't plain text is marked on its line. */
function textLines(lines: readonly string[]): string {
  return `${lines.map(visibleText).join('\n')}\n`;
}

/**
 * `explain` as text. Characters of values that would control a terminal or break a line (line breaks, CR, tab,
 * ESC, bidirectional overrides, zero-width characters) are shown as `\u000A`-style markers on their line.
 */
export function formatExplanation(e: Explanation, options: ExplainTextOptions = {}): string {
  const lines: string[] = [];
  if (e.kind === 'role') lines.push(...roleHeader(e));
  else lines.push(...principalHeader(e));
  lines.push('', ...accessLines(e, options));
  return textLines(lines);
}

function roleHeader(r: RoleAccessView): string[] {
  return [
    r.name,
    ...(r.description ? [`  ${r.description}`] : []),
    `  inherits: ${r.inherits.length > 0 ? r.inherits.join(', ') : 'nothing'}`,
    `  members: ${r.members.length > 0 ? r.members.map(describeMember).join('; ') : 'none'}`,
  ];
}

function principalHeader(p: PrincipalAccessView): string[] {
  const ids = [
    p.objectId !== undefined ? `object ID ${p.objectId}` : undefined,
    p.userPrincipalName !== undefined ? `UPN ${p.userPrincipalName}` : undefined,
    p.objectId === undefined && p.userPrincipalName === undefined ? `key ${p.key}` : undefined,
  ]
    .filter((x) => x !== undefined)
    .join(', ');
  return [
    p.label,
    `  ${p.memberKind}${ids ? `, ${ids}` : ''}`,
    `  roles: ${p.roles.join(', ')}${p.roles.length > 1 ? ' (access is the union over them)' : ''}`,
  ];
}

function accessLines(a: SubjectAccess, options: ExplainTextOptions): string[] {
  const lines: string[] = [];
  const standing = a.tasks.filter((t) => t.mode === 'standing').length;
  lines.push(`Tasks (${standing} standing, ${a.tasks.length - standing} just-in-time)`);
  if (a.tasks.length === 0) lines.push('  none');
  const taskWidth = Math.max(0, ...a.tasks.map((t) => t.task.length));
  for (const t of a.tasks) {
    const vias = [
      ...new Set(
        t.paths.map(
          (p) => `${describeRoleVia(p)}${t.paths.some((q) => q.mode !== p.mode) ? ` (${describeMode(p.mode)})` : ''}`,
        ),
      ),
    ];
    lines.push(
      `  ${modeCol(t.mode)}  ${pad(t.task, taskWidth)}  via ${vias.join('; ')}${t.highPrivilege ? '  [high privilege]' : ''}`,
    );
    const indent = `  ${pad('', MODE_WIDTH)}  ${pad('', taskWidth)}  `;
    if (t.activation) {
      lines.push(`${indent}${describeActivationHeader(t.activation)}`);
      t.activation.forEach((s, i) => lines.push(`${indent}  ${describeActivationStep(s, i + 1)}`));
    } else if (t.policy && t.paths.some((p) => p.mode === 'eligible'))
      lines.push(`${indent}policy: ${describePolicy(t.policy)}`);
  }
  lines.push('', `Baselines (${a.baselines.length})`);
  if (a.baselines.length === 0) lines.push('  none');
  for (const b of a.baselines) lines.push(`  ${modeCol(b.mode)}  ${b.baseline}`);
  lines.push('', `Grants (${a.grants.length})`);
  if (a.grants.length === 0) lines.push('  none');
  for (const g of a.grants) lines.push(...grantLines(g, options));
  return lines;
}

function grantLines(g: GrantEntry, options: ExplainTextOptions): string[] {
  const indent = ' '.repeat(MODE_WIDTH + 4);
  const lines = [`  ${modeCol(g.mode)}  ${describeGrant(g.grant)}`];
  for (const p of g.paths)
    lines.push(
      `${indent}through ${describePath(p, g.baseline)}${g.paths.some((q) => q.mode !== p.mode) ? ` (${describeMode(p.mode)})` : ''}`,
    );
  if (g.grant.kind === 'kubernetes') {
    if (g.grant.custom || options.rules) for (const r of g.grant.rules) lines.push(`${indent}  ${describeRule(r)}`);
    else lines.push(`${indent}  ${plural(g.grant.rules.length, 'rule')} (--rules lists them)`);
  }
  return lines;
}

/** `who-can` as text, with values marked as {@link formatExplanation} marks them. */
export function formatWhoCan(a: WhoCanAnswer): string {
  const lines: string[] = [a.question, ''];
  for (const n of a.notes) lines.push(`note: ${n}`);
  if (a.notes.length > 0) lines.push('');
  if (a.roles.length === 0 && a.breakGlass.length === 0) {
    lines.push('Nobody: no role of the definition reaches a grant that allows it.');
    return textLines(lines);
  }
  if (a.roles.length === 0) lines.push('Roles: none');
  else {
    lines.push(`Roles (${a.roles.length})`);
    for (const h of a.roles) lines.push(...holderLines(h));
    lines.push('', `Principals (${a.principals.length})`);
    if (a.principals.length === 0) lines.push('  none (the roles above have no members)');
    for (const h of a.principals) lines.push(...holderLines(h));
  }
  if (a.breakGlass.length > 0) {
    lines.push('', `Break-glass accounts (${a.breakGlass.length}): active, permanent, outside PIM`);
    for (const b of a.breakGlass) lines.push(`  ${b.displayName ?? b.objectId} (${b.objectId})`);
  }
  return textLines(lines);
}

function holderLines(h: WhoCanHolder): string[] {
  const who =
    h.kind === 'role'
      ? h.name
      : h.key !== undefined && h.key !== h.name
        ? `${h.name} (${h.memberKind} ${h.key})`
        : `${h.name} (${h.memberKind})`;
  const lines = [`  ${modeCol(h.mode)}  ${who}${h.conditional ? '  [conditional]' : ''}`];
  const indent = ' '.repeat(MODE_WIDTH + 4);
  for (const p of h.paths) {
    lines.push(`${indent}${describeMode(p.mode)}: ${describePath(p, p.baseline)}`);
    lines.push(`${indent}  ${describeGrant(p.grant)}`);
    lines.push(`${indent}  ${p.because}`);
    if (p.policy) lines.push(`${indent}  policy: ${describePolicy(p.policy)}`);
    for (const c of p.conditions) lines.push(`${indent}  only if ${c}`);
  }
  return lines;
}
