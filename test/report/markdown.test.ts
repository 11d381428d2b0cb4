/** The Markdown report: sections, the Mermaid diagram, the tables; deterministic. */
import { mdCell } from '../../lib/report/escape';
import { renderMarkdownReport } from '../../lib/report/markdown';
import { INSPECTOR, inspectorModel } from '../fixtures/inspector';

const model = inspectorModel();
const md = renderMarkdownReport(model);
const section = (heading: string): string => {
  const start = md.indexOf(`${heading}\n`);
  const next = md.indexOf('\n#', start + heading.length);
  return md.slice(start, next < 0 ? undefined : next);
};

test('has every section, in order, and the same bytes on every run', () => {
  expect(md.split('\n').filter((l) => /^##? /.test(l))).toEqual([
    '# Access report',
    '## Summary',
    '## Layers',
    '## Roles',
    '## Principals',
    '## Task policies',
    '## Baselines and their grants',
    '## Break-glass accounts',
    '## Kubernetes ClusterRoles used',
  ]);
  expect(renderMarkdownReport(inspectorModel())).toBe(md);
  expect(md).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
});

test('a role: its tasks with mode, path and policy, then every grant with where and through', () => {
  expect(section('### ROLE_LEAD')).toBe(
    [
      '### ROLE_LEAD',
      '',
      'Members: Carol (user 0000ca01-0000-4000-8000-000000000003).',
      'Inherits: [ROLE_OPERATOR](#role_operator).',
      '',
      '| task | access | via | policy | baselines |',
      '| --- | --- | --- | --- | --- |',
      '| `TASK_PROD_CLUSTER_ADMIN` | just-in-time (high privilege) | ROLE_LEAD (inherits from ROLE_OPERATOR) | max PT1H, approval by ROLE_LEAD, MFA, justification, ticket | `BASE_PROD_K8S_CLUSTER_ADMIN` |',
      '| `TASK_PROD_DIRECTORY_READ` | just-in-time | ROLE_LEAD (inherits from ROLE_OPERATOR) | 2 PIM activations, each its own request (a role-assignable baseline is not reached through the task group):<br>1\\. TASK_PROD_DIRECTORY_READ (gives no grant by itself): max PT8H, no approval, MFA, justification<br>2\\. BASE_PROD_ENTRA_READER (role-assignable): max PT8H, no approval, MFA, justification | `BASE_PROD_ENTRA_READER` (eligible member) |',
      '| `TASK_PROD_OPERATE` | standing | ROLE_LEAD (inherits from ROLE_OPERATOR) |  | `BASE_PROD_K8S_NS_A_VIEWER`<br>`BASE_PROD_RG_APP_CONTRIBUTOR`<br>`BASE_PROD_VM_OPERATOR` |',
      '| `TASK_PROD_READ` | just-in-time | ROLE_LEAD (inherits from ROLE_OPERATOR) | max PT2H, no approval, MFA, justification | `BASE_PROD_K8S_NS_B_LOGS`<br>`BASE_PROD_KV_SECRETS_GET`<br>`BASE_PROD_MG_READER` |',
      '',
      '| access | grant | what | where | through |',
      '| --- | --- | --- | --- | --- |',
      '| just-in-time | Entra directory role | Global Reader (f2ef992c-3afb-46b9-b7cf-a126ee74c451) | tenant (directory) | ROLE_LEAD (inherits from ROLE_OPERATOR) -> TASK_PROD_DIRECTORY_READ -> BASE_PROD_ENTRA_READER |',
      '| just-in-time | Kubernetes | [ClusterRole cluster-admin](#clusterrole-cluster-admin) | cluster-wide on aks-prod | ROLE_LEAD (inherits from ROLE_OPERATOR) -> TASK_PROD_CLUSTER_ADMIN -> BASE_PROD_K8S_CLUSTER_ADMIN |',
      '| standing | Kubernetes | [ClusterRole view](#clusterrole-view) | namespace a on aks-prod | ROLE_LEAD (inherits from ROLE_OPERATOR) -> TASK_PROD_OPERATE -> BASE_PROD_K8S_NS_A_VIEWER |',
      '| just-in-time | Kubernetes | get on pods/log | namespace b on aks-prod | ROLE_LEAD (inherits from ROLE_OPERATOR) -> TASK_PROD_READ -> BASE_PROD_K8S_NS_B_LOGS |',
      `| just-in-time | Azure role | Key Vault Secrets User (4633458b-17de-408a-b874-0445c86b69e6) | \`${INSPECTOR.keyVault}\` | ROLE_LEAD (inherits from ROLE_OPERATOR) -> TASK_PROD_READ -> BASE_PROD_KV_SECRETS_GET |`,
      `| just-in-time | Azure role | Reader (acdd72a7-3385-48ef-bd42-f606fba81ae7) | \`${INSPECTOR.managementGroup}\` | ROLE_LEAD (inherits from ROLE_OPERATOR) -> TASK_PROD_READ -> BASE_PROD_MG_READER |`,
      `| standing | Azure role | Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c) | \`${INSPECTOR.resourceGroup}\` | ROLE_LEAD (inherits from ROLE_OPERATOR) -> TASK_PROD_OPERATE -> BASE_PROD_RG_APP_CONTRIBUTOR |`,
      `| standing | Azure custom role | VM Operator | \`${INSPECTOR.resourceGroup}\` | ROLE_LEAD (inherits from ROLE_OPERATOR) -> TASK_PROD_OPERATE -> BASE_PROD_VM_OPERATOR |`,
      '',
    ].join('\n'),
  );
});

test('a principal in two roles: the union, each path marked with its mode where they differ', () => {
  const alice = section('### Alice');
  expect(alice).toContain(
    `user, object ID \`${INSPECTOR.alice}\`. Roles: [ROLE_OPERATOR](#role_operator), [ROLE_READER](#role_reader) (access is the union).`,
  );
  expect(alice).toContain(
    '| `TASK_PROD_READ` | standing | ROLE_OPERATOR (just-in-time)<br>ROLE_READER (standing) | max PT2H, no approval, MFA, justification |',
  );
  expect(alice).toContain(
    '| standing | Azure role | Key Vault Secrets User (4633458b-17de-408a-b874-0445c86b69e6) | `' +
      INSPECTOR.keyVault +
      '` | ROLE_OPERATOR -> TASK_PROD_READ -> BASE_PROD_KV_SECRETS_GET (just-in-time)<br>ROLE_READER -> TASK_PROD_READ -> BASE_PROD_KV_SECRETS_GET (standing) |',
  );
});

test('the diagram is a mermaid block; task policies, break-glass and ClusterRole rules follow', () => {
  expect(section('## Layers')).toContain('```mermaid\nflowchart LR\n');
  expect(section('## Task policies')).toContain(
    '| `TASK_PROD_READ` | PROD | `ROLE_READER` | `ROLE_LEAD`, `ROLE_OPERATOR` | max PT2H, no approval, MFA, justification | no |',
  );
  expect(section('## Break-glass accounts')).toContain(
    `| breakglass1@contoso.onmicrosoft.com | \`${INSPECTOR.breakGlass}\` |`,
  );
  expect(section('### ClusterRole cluster-admin')).toBe(
    // `*` is escaped: `- * on *` would be a nested list with a bullet instead of the verb.
    '### ClusterRole cluster-admin\n\n- \\* on \\* (API groups: \\*)\n- \\* on non-resource URL \\*\n',
  );
  expect(section('## Summary')).toContain('Baselines no task reaches: none.\nTasks no role holds: none.');
});

test('mdCell escapes pipes and collapses line breaks to a space (a value never starts a line)', () => {
  expect(mdCell('a|b\nc')).toBe('a\\|b c');
});
