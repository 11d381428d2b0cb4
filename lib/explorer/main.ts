/**
 * The access explorer's script: reads the resolved model embedded in the page and answers from it with the code
 * the command line runs (lib/report: the access matrix, who-can, the known-name checks, the words of every
 * report). Bundled by lib/report/explorer/explorer-bundle.ts; the page is lib/report/explorer/explorer-html.ts.
 */
import './style.css';
import { accessMatrix, type PrincipalAccessView, type RoleAccessView } from '../report/access-matrix';
import { describePolicy } from '../report/describe';
import { AccessQueryError } from '../report/query-error';
import { directoryRoles } from '../catalog/directory-roles';
import type { ResolvedModel } from '../model/resolved';
import { baselineTables, subjectTables, taskTables } from './access-tables';
import { byId, h, replace } from './dom';
import { createGraph, type GraphView } from './graph';
import { search, searchEntries, type SearchEntry } from './search';
import { filterTables, renderTables, tablesCsv, type Filters, type Table } from './tables';
import { answerForm, answerTables, type WhoCanForm } from './who-can-view';
import type { WhoCanQuestion } from '../report/who-can';

/** What tests and the benchmark read from the page. */
interface ExplorerHandle {
  /** True once the page is ready. */
  ready: boolean;
  /** Milliseconds from opening the graph to its first frame, once opened. */
  graphFirstRender?: Promise<number>;
}

declare global {
  interface Window {
    /** The page's state for tests and the benchmark. */
    accessExplorer: ExplorerHandle;
  }
}

const model = JSON.parse(byId('access-model').textContent ?? '{}') as ResolvedModel;
const matrix = accessMatrix(model);
const entries = searchEntries(model, matrix);
const handle: ExplorerHandle = { ready: false };
window.accessExplorer = handle;

type ViewName = 'search' | 'who-can' | 'graph';
let activeView: ViewName = 'search';
/** The tables each view shows before the filters, and where. */
const screens: Record<'search' | 'who-can', { container: HTMLElement; tables: Table[] }> = {
  search: { container: h('div', { class: 'tables' }), tables: [] },
  'who-can': { container: h('div', { class: 'tables' }), tables: [] },
};

// --- summary and filters -----------------------------------------------------------------------------------

replace(
  byId('summary'),
  `${model.roles.length} roles, ${model.tasks.length} tasks, ${model.baselines.length} baselines, ` +
    `${model.principals.length} principals; environments ${model.environments.map((e) => e.name).join(', ') || 'none'}.`,
);
const envSelect = byId<HTMLSelectElement>('filter-environment');
for (const e of model.environments) envSelect.append(h('option', { value: e.name }, e.name));

function filters(): Filters {
  const mode = byId<HTMLSelectElement>('filter-mode').value;
  const days = byId<HTMLInputElement>('filter-expiring').value.trim();
  const n = days === '' ? undefined : Number(days);
  return {
    environment: envSelect.value,
    mode: mode === 'standing' || mode === 'eligible' ? mode : '',
    highPrivilege: byId<HTMLInputElement>('filter-high-privilege').checked,
    ...(n !== undefined && Number.isFinite(n) && n >= 0 ? { expiringDays: n } : {}),
  };
}

function shownTables(view: 'search' | 'who-can'): Table[] {
  return filterTables(screens[view].tables, filters(), Date.now());
}

function draw(view: 'search' | 'who-can'): void {
  renderTables(screens[view].container, shownTables(view), screens[view].tables);
}

function show(view: 'search' | 'who-can', tables: Table[]): void {
  screens[view].tables = tables;
  draw(view);
}

byId('filters').addEventListener('input', () => {
  draw('search');
  draw('who-can');
});
byId('filters').addEventListener('submit', (e) => e.preventDefault());
byId('print').addEventListener('click', () => window.print());
byId('export-csv').addEventListener('click', () => {
  const view = activeView === 'who-can' ? 'who-can' : 'search';
  const csv = tablesCsv(shownTables(view));
  const a = h('a', {
    href: `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`,
    download: view === 'who-can' ? 'who-can.csv' : 'access.csv',
  });
  document.body.append(a);
  a.click();
  a.remove();
});

// --- tabs ----------------------------------------------------------------------------------------------------

const tabs: ViewName[] = ['search', 'who-can', 'graph'];
function activate(view: ViewName, focusTab = false): void {
  activeView = view;
  for (const t of tabs) {
    const tab = byId(`tab-${t}`);
    tab.setAttribute('aria-selected', String(t === view));
    tab.tabIndex = t === view ? 0 : -1;
    byId(`view-${t}`).hidden = t !== view;
  }
  if (focusTab) byId(`tab-${view}`).focus();
  if (view === 'graph') openGraph();
}
for (const t of tabs) {
  const tab = byId(`tab-${t}`);
  tab.addEventListener('click', () => activate(t));
  tab.addEventListener('keydown', (e) => {
    const i = tabs.indexOf(t);
    const next =
      e.key === 'ArrowRight'
        ? tabs[(i + 1) % tabs.length]
        : e.key === 'ArrowLeft'
          ? tabs[(i + tabs.length - 1) % tabs.length]
          : e.key === 'Home'
            ? tabs[0]
            : e.key === 'End'
              ? tabs[tabs.length - 1]
              : undefined;
    if (next) {
      e.preventDefault();
      activate(next, true);
    }
  });
}

// --- search and details ----------------------------------------------------------------------------------------

const searchInput = byId<HTMLInputElement>('search-input');
const results = byId<HTMLUListElement>('search-results');
const RESULT_LIMIT = 100;

function runSearch(): void {
  const hits = search(entries, searchInput.value);
  replace(
    results,
    ...hits
      .slice(0, RESULT_LIMIT)
      .map((e) =>
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', class: 'result', 'data-kind': e.kind, 'data-id': e.id },
            `${e.kind}: ${e.label}`,
          ),
        ),
      ),
  );
  replace(
    byId('search-count'),
    searchInput.value.trim() === ''
      ? ''
      : hits.length > RESULT_LIMIT
        ? `${hits.length} matches; the first ${RESULT_LIMIT} are listed, type more to narrow them`
        : `${hits.length} match${hits.length === 1 ? '' : 'es'}`,
  );
}
searchInput.addEventListener('input', runSearch);
searchInput.addEventListener('keydown', (e) => {
  if (e.key === 'ArrowDown') {
    e.preventDefault();
    results.querySelector('button')?.focus();
  } else if (e.key === 'Enter') {
    e.preventDefault();
    results.querySelector('button')?.click();
  }
});
results.addEventListener('keydown', (e) => {
  const buttons = [...results.querySelectorAll('button')];
  const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (i < 0) return;
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    const next = e.key === 'ArrowDown' ? i + 1 : i - 1;
    if (next < 0) searchInput.focus();
    else buttons[Math.min(next, buttons.length - 1)]?.focus();
  }
});
results.addEventListener('click', (e) => {
  const button = (e.target as Element).closest('button');
  if (!button) return;
  const entry = entries.find((x) => x.kind === button.dataset.kind && x.id === button.dataset.id);
  if (entry) showDetails(entry);
});

function facts(pairs: readonly [string, string][]): HTMLDListElement {
  return h('dl', { class: 'facts' }, ...pairs.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

/** Shows one element's access; returns false when there is no such element. */
function showDetails(entry: SearchEntry): boolean {
  const details = byId('details');
  const heading = h('h2', { id: 'details-heading', tabindex: '-1' }, `${entry.kind}: ${entry.label}`);
  let header: (Node | string)[] = [];
  let tables: Table[] = [];
  if (entry.kind === 'principal' || entry.kind === 'role') {
    const view: PrincipalAccessView | RoleAccessView | undefined =
      entry.kind === 'principal'
        ? matrix.principals.find((p) => p.key === entry.id)
        : matrix.roles.find((r) => r.name === entry.id);
    if (!view) return false;
    header =
      view.kind === 'principal'
        ? [
            facts([
              ['kind', view.memberKind],
              ['key', view.key],
              ...(view.objectId !== undefined ? ([['object ID', view.objectId]] as [string, string][]) : []),
              ...(view.userPrincipalName !== undefined
                ? ([['user principal name', view.userPrincipalName]] as [string, string][])
                : []),
              ['roles', view.roles.join(', ')],
              ['standing tasks', String(view.tasks.filter((t) => t.mode === 'standing').length)],
              ['just-in-time tasks', String(view.tasks.filter((t) => t.mode === 'eligible').length)],
            ]),
          ]
        : [
            ...(view.description !== undefined ? [h('p', { class: 'description' }, view.description)] : []),
            facts([
              ['inherits', view.inherits.join(', ') || 'nothing'],
              ['members', String(view.members.length)],
            ]),
          ];
    tables = subjectTables(model, view);
  } else if (entry.kind === 'task') {
    const task = model.tasks.find((t) => t.name === entry.id);
    if (!task) return false;
    header = [
      ...(task.description !== undefined ? [h('p', { class: 'description' }, task.description)] : []),
      facts([
        ['environment', task.environment],
        ['policy', task.jit ? describePolicy(task.jit) : 'standing only (no PIM policy)'],
        ['high privilege', task.highPrivilege ? 'yes' : 'no'],
      ]),
    ];
    tables = taskTables(model, task, [...matrix.roles, ...matrix.principals]);
  } else {
    const baseline = model.baselines.find((b) => b.name === entry.id);
    if (!baseline) return false;
    header = [
      ...(baseline.description !== undefined ? [h('p', { class: 'description' }, baseline.description)] : []),
      facts([
        ['environment', baseline.environment],
        ['role-assignable', baseline.roleAssignable ? 'yes (reached just in time only)' : 'no'],
      ]),
    ];
    tables = baselineTables(model, baseline);
  }
  replace(details, heading, ...header, screens.search.container);
  show('search', tables);
  heading.focus();
  return true;
}

// --- who-can ---------------------------------------------------------------------------------------------------

const form = byId<HTMLFormElement>('who-can-form');
const kindSelect = byId<HTMLSelectElement>('wc-kind');
function showKindFields(): void {
  for (const div of form.querySelectorAll<HTMLElement>('[data-kind]'))
    div.hidden = !(div.dataset.kind ?? '').split(' ').includes(kindSelect.value);
}
kindSelect.addEventListener('change', showKindFields);
showKindFields();
const clusterSelect = byId<HTMLSelectElement>('wc-cluster');
for (const c of model.clusters) clusterSelect.append(h('option', { value: c.name }, c.name));

function fillList(id: string, values: Iterable<string>): void {
  replace(byId(id), ...[...new Set(values)].sort().map((v) => h('option', { value: v })));
}
const azureGrants = model.baselines.flatMap((b) =>
  b.grants.flatMap((g) => (g.kind === 'azureRole' || g.kind === 'azureCustomRole' ? [g] : [])),
);
fillList(
  'wc-scopes',
  azureGrants.map((g) => g.scope),
);
fillList('wc-azure-roles', [...azureGrants.map((g) => g.roleName), ...model.customRoles.map((c) => c.name)]);
fillList(
  'wc-directory-roles',
  directoryRoles().map((r) => r.name),
);

const field = (id: string): string => byId<HTMLInputElement | HTMLSelectElement>(id).value;
function formValues(): WhoCanForm {
  return {
    kind: kindSelect.value as WhoCanQuestion['kind'],
    operation: field('wc-operation'),
    plane: field('wc-plane'),
    azureRole: field('wc-azure-role'),
    scope: field('wc-scope'),
    cluster: field('wc-cluster'),
    verb: field('wc-verb'),
    resource: field('wc-resource'),
    namespace: field('wc-namespace'),
    resourceName: field('wc-resource-name'),
    nonResourceUrl: field('wc-non-resource-url'),
    directoryRole: field('wc-directory-role'),
    allowUnknown: byId<HTMLInputElement>('wc-allow-unknown').checked,
  };
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const out = byId('who-can-answer');
  try {
    const answer = answerForm(model, formValues());
    replace(
      out,
      h('h3', { id: 'who-can-question' }, answer.question),
      ...(answer.notes.length > 0
        ? [h('ul', { class: 'notes' }, ...answer.notes.map((n) => h('li', {}, `note: ${n}`)))]
        : []),
      h(
        'p',
        {},
        `${answer.roles.length} role${answer.roles.length === 1 ? '' : 's'}, ${answer.principals.length} principal${answer.principals.length === 1 ? '' : 's'}` +
          (answer.breakGlass.length > 0 ? `, ${answer.breakGlass.length} break-glass accounts` : '') +
          ' can.',
      ),
      screens['who-can'].container,
    );
    show('who-can', answerTables(model, answer));
  } catch (err) {
    if (!AccessQueryError.isAccessQueryError(err)) throw err;
    screens['who-can'].tables = [];
    replace(out, h('p', { class: 'error', role: 'alert' }, err.message));
  }
});

// --- graph ------------------------------------------------------------------------------------------------------

let graph: GraphView | undefined;
const focusInput = byId<HTMLInputElement>('graph-focus');
function openGraph(): void {
  if (graph) return;
  fillList(
    'graph-names',
    [...model.baselines, ...model.tasks, ...model.roles].map((x) => x.name),
  );
  graph = createGraph(byId('graph'), model, (name) => {
    focusInput.value = name;
    focusGraph(name);
  });
  handle.graphFirstRender = graph.firstRender;
  void graph.firstRender.then((ms) =>
    replace(
      byId('graph-status'),
      `Showing all ${model.baselines.length + model.tasks.length + model.roles.length} groups (drawn in ${Math.round(ms)} ms).`,
    ),
  );
}
function focusGraph(name: string): void {
  const shown = graph?.focus(name.trim());
  replace(
    byId('graph-status'),
    shown === undefined
      ? `No group is named "${name.trim()}".`
      : `Showing ${name.trim()} with ${shown - 1} groups it reaches or is reached by.`,
  );
}
byId('graph-show-focus').addEventListener('click', () => focusGraph(focusInput.value));
focusInput.addEventListener('keydown', (e) => {
  if (e.key === 'Enter') focusGraph(focusInput.value);
});
byId('graph-show-all').addEventListener('click', () => {
  graph?.showAll();
  replace(
    byId('graph-status'),
    `Showing all ${model.baselines.length + model.tasks.length + model.roles.length} groups.`,
  );
});
byId('graph-fit').addEventListener('click', () => graph?.fit());

handle.ready = true;
document.body.dataset.ready = 'true';
