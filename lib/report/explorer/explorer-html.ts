/**
 * access-explorer.html: one self-contained page (no request leaves it: the script and styles are inline and a
 * Content-Security-Policy allows nothing else) that answers the auditor's questions in a browser, offline. The
 * resolved model is embedded as JSON (escaped by {@link jsonForScript}) and the script (lib/explorer, bundled by
 * explorer-bundle.ts) computes everything from it with the lib/report code the command line runs. The page's
 * markup here holds no text from the definition: the script writes that with `textContent` only.
 */
import { createHash } from 'crypto';
import { withoutDefinitionPaths } from '../../model/definition-paths';
import type { ResolvedModel } from '../../model/resolved';
import { jsonForScript } from '../escape/script-json';
import { explorerAssets, type ExplorerAssets } from './explorer-bundle';

/** The id of the element holding the embedded model. */
export const EXPLORER_DATA_ID = 'access-model';

const cspHash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The model as the page embeds it: without the definition paths (they point into a file the page doesn't carry),
 * every object's keys sorted, so a model resolved from a definition and the same model read back from
 * access-model.json (whose reader builds objects in the schema's key order) give the same bytes.
 */
function embeddedModel(model: ResolvedModel): unknown {
  return sortedKeys(withoutDefinitionPaths(model));
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = sortedKeys(v);
  }
  return out;
}

/** Renders the page for a model; `assets` default to the bundled script and style sheet. */
export function renderExplorerHtml(model: ResolvedModel, assets: ExplorerAssets = explorerAssets()): string {
  const csp = [
    "default-src 'none'",
    `script-src ${cspHash(assets.script)}`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="cdktf-task-access">
<title>Access explorer</title>
<style>${assets.style}</style>
</head>
<body>
${BODY}
<script type="application/json" id="${EXPLORER_DATA_ID}">${jsonForScript(embeddedModel(model))}</script>
<script>${assets.script}</script>
</body>
</html>
`;
}

/** The page's skeleton: landmarks, labelled controls and empty regions the script fills. */
const BODY = `<a class="skip" href="#main">Skip to the answers</a>
<header>
<h1>Access explorer</h1>
<p id="summary" class="summary" aria-live="polite"></p>
<noscript><p>This page needs JavaScript to answer questions. The same information is in access-report.md and access-model.json beside it.</p></noscript>
</header>
<nav aria-label="Views" class="tabs" role="tablist">
<button type="button" role="tab" id="tab-search" aria-controls="view-search" aria-selected="true">Search</button>
<button type="button" role="tab" id="tab-who-can" aria-controls="view-who-can" aria-selected="false" tabindex="-1">Who can</button>
<button type="button" role="tab" id="tab-graph" aria-controls="view-graph" aria-selected="false" tabindex="-1">Graph</button>
</nav>
<form id="filters" class="filters" aria-label="Filters">
<fieldset>
<legend>Filters (apply to every table)</legend>
<label>Environment <select id="filter-environment" name="environment"><option value="">all</option></select></label>
<label>Access <select id="filter-mode" name="mode"><option value="">standing and just-in-time</option><option value="standing">standing only</option><option value="eligible">just-in-time only</option></select></label>
<label><input type="checkbox" id="filter-high-privilege" name="highPrivilege"> high privilege only</label>
<label>Expiring within <input type="number" id="filter-expiring" name="expiringDays" min="0" step="1" inputmode="numeric" size="4"> days</label>
<button type="button" id="export-csv">Export CSV of what is shown</button>
<button type="button" id="print">Print</button>
</fieldset>
</form>
<main id="main" tabindex="-1">
<section id="view-search" role="tabpanel" aria-labelledby="tab-search">
<h2 class="visually-hidden">Search</h2>
<div class="search">
<label for="search-input">Search a principal, role, task or baseline by name, user principal name or object ID</label>
<input type="search" id="search-input" autocomplete="off" spellcheck="false" aria-describedby="search-count" aria-controls="search-results">
<p id="search-count" aria-live="polite"></p>
<ul id="search-results" class="results"></ul>
</div>
<div id="details" aria-live="polite"></div>
</section>
<section id="view-who-can" role="tabpanel" aria-labelledby="tab-who-can" hidden>
<h2>Who can</h2>
<form id="who-can-form" class="who-can">
<fieldset>
<legend>Question</legend>
<label>Ask about <select id="wc-kind" name="kind">
<option value="azureAction">an Azure operation at a scope</option>
<option value="azureRole">an Azure role at a scope</option>
<option value="kubernetes">a Kubernetes request</option>
<option value="directoryRole">an Entra directory role</option>
</select></label>
<div data-kind="azureAction">
<label>Operation <input id="wc-operation" name="operation" size="60" list="wc-operations" placeholder="Microsoft.KeyVault/vaults/secrets/setSecret/action"></label>
<label>Plane <select id="wc-plane" name="plane"><option value="">decided from the catalog</option><option value="control">control (Actions)</option><option value="data">data (DataActions)</option></select></label>
</div>
<div data-kind="azureRole">
<label>Role <input id="wc-azure-role" name="azureRole" size="40" list="wc-azure-roles" placeholder="Key Vault Secrets Officer"></label>
</div>
<div data-kind="azureAction azureRole">
<label>Scope (empty: any scope) <input id="wc-scope" name="scope" size="80" list="wc-scopes" placeholder="/subscriptions/..."></label>
</div>
<div data-kind="kubernetes">
<label>Cluster <select id="wc-cluster" name="cluster"></select></label>
<label>Verb <input id="wc-verb" name="verb" size="12" placeholder="get"></label>
<label>Resource <input id="wc-resource" name="resource" size="24" placeholder="secrets, pods/log, deployments.apps"></label>
<label>Namespace (empty: cluster-scoped) <input id="wc-namespace" name="namespace" size="16"></label>
<label>Resource name <input id="wc-resource-name" name="resourceName" size="16"></label>
<label>or non-resource URL <input id="wc-non-resource-url" name="nonResourceUrl" size="16" placeholder="/healthz"></label>
</div>
<div data-kind="directoryRole">
<label>Directory role <input id="wc-directory-role" name="directoryRole" size="40" list="wc-directory-roles" placeholder="Global Reader"></label>
</div>
<label><input type="checkbox" id="wc-allow-unknown" name="allowUnknown"> ask about a name no role lists (--allow-unknown)</label>
<button type="submit">Ask</button>
</fieldset>
<datalist id="wc-operations"></datalist><datalist id="wc-azure-roles"></datalist><datalist id="wc-scopes"></datalist><datalist id="wc-directory-roles"></datalist>
</form>
<div id="who-can-answer" aria-live="polite"></div>
</section>
<section id="view-graph" role="tabpanel" aria-labelledby="tab-graph" hidden>
<h2>Layer graph</h2>
<p id="graph-help">Columns BASE_, TASK_, ROLE_. Solid lines: active membership; dashed: PIM eligibility. Drag to pan, scroll to zoom; choose an element to show it with its neighbours.</p>
<div class="graph-controls">
<label for="graph-focus">Focus on</label> <input id="graph-focus" list="graph-names" size="40" autocomplete="off">
<datalist id="graph-names"></datalist>
<button type="button" id="graph-show-focus">Show with neighbours</button>
<button type="button" id="graph-show-all">Show everything</button>
<button type="button" id="graph-fit">Fit</button>
</div>
<p id="graph-status" aria-live="polite"></p>
<div id="graph" role="img" aria-labelledby="graph-help graph-status"></div>
</section>
</main>`;
