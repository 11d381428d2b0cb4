/** Finding an element of the model by a part of its name, user principal name or object ID (case-insensitive). */
import type { AccessMatrix } from '../report/access-matrix';
import type { ResolvedModel } from '../model/resolved';

/** What a search result opens. */
export type EntryKind = 'principal' | 'role' | 'task' | 'baseline';

/** One searchable element. */
export interface SearchEntry {
  /** What it is. */
  readonly kind: EntryKind;
  /** Its identity: principal key, or the group name. */
  readonly id: string;
  /** What the result says. */
  readonly label: string;
  /** Lower-case texts a query matches a part of. */
  readonly keys: readonly string[];
}

/** Every element, principals first (the auditor's usual question), then roles, tasks, baselines, each sorted. */
export function searchEntries(model: ResolvedModel, matrix: AccessMatrix): SearchEntry[] {
  const lower = (xs: readonly (string | undefined)[]): string[] =>
    xs.filter((x): x is string => x !== undefined).map((x) => x.toLowerCase());
  return [
    ...matrix.principals.map((p) => ({
      kind: 'principal' as const,
      id: p.key,
      label: p.label === p.key ? `${p.label} (${p.memberKind})` : `${p.label} (${p.memberKind} ${p.key})`,
      keys: lower([p.label, p.key, p.objectId, p.userPrincipalName]),
    })),
    ...model.roles.map((r) => ({ kind: 'role' as const, id: r.name, label: r.name, keys: lower([r.name]) })),
    ...model.tasks.map((t) => ({ kind: 'task' as const, id: t.name, label: t.name, keys: lower([t.name]) })),
    ...model.baselines.map((b) => ({ kind: 'baseline' as const, id: b.name, label: b.name, keys: lower([b.name]) })),
  ];
}

/** The entries a query matches (a part of any key); an exact key first. */
export function search(entries: readonly SearchEntry[], query: string): SearchEntry[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const hits = entries.filter((e) => e.keys.some((k) => k.includes(q)));
  const exact = hits.filter((e) => e.keys.includes(q));
  return [...exact, ...hits.filter((e) => !e.keys.includes(q))];
}
