/**
 * The who-can questions of the command line, asked in the page and answered by the same code: the names
 * nothing knows are refused as `task-access who-can` refuses them (lib/report/known-names.ts) unless asked
 * anyway, then lib/report/who-can.ts answers. Errors and notes name the page's fields.
 */
import { describeMode, describeGrant, describePath, describePolicy } from '../report/describe';
import { checkKnownKubernetesRequest, checkKnownOperation, type KnownNameLabels } from '../report/known-names';
import { answerWhoCan, type WhoCanAnswer, type WhoCanHolder, type WhoCanQuestion } from '../report/who-can';
import type { WhoCanFieldNames } from '../report/who-can-fields';
import type { ResolvedModel } from '../model/resolved';
import type { Row, Table } from './tables';

/** The page's field names, in errors and notes. */
export const PAGE_FIELD_NAMES: WhoCanFieldNames = {
  operation: 'Operation',
  plane: 'Plane',
  azureRole: 'Role',
  scope: 'Scope',
  directoryRole: 'Directory role',
  cluster: 'Cluster',
  verb: 'Verb',
  resource: 'Resource',
  apiGroup: 'API group',
  namespace: 'Namespace',
  nonResourceUrl: 'Non-resource URL',
};

const PAGE_KNOWN_LABELS: KnownNameLabels = {
  prefix: '',
  operation: 'Operation',
  verb: 'Verb',
  resource: 'Resource',
  allowUnknown: '"ask about a name no role lists"',
};

/** The form's values, as typed (an empty text field is an option not given). */
export interface WhoCanForm {
  /** Which question: an Azure operation or role, a Kubernetes request, a directory role. */
  readonly kind: WhoCanQuestion['kind'];
  /** The Azure operation (`--azure-action`). */
  readonly operation: string;
  /** `control`, `data`, or empty: decided from the catalog (`--plane`). */
  readonly plane: string;
  /** The Azure role by name or ID (`--azure-role`). */
  readonly azureRole: string;
  /** The Azure scope; empty: any scope (`--scope`). */
  readonly scope: string;
  /** The cluster (`--cluster`). */
  readonly cluster: string;
  /** The Kubernetes verb (`--k8s-verb`). */
  readonly verb: string;
  /** The resource, `resource[/sub][.group]` (`--k8s-resource`). */
  readonly resource: string;
  /** The namespace; empty: a cluster-scoped request (`--namespace`). */
  readonly namespace: string;
  /** The object's name (`--resource-name`). */
  readonly resourceName: string;
  /** A non-resource URL instead of a resource (`--non-resource-url`). */
  readonly nonResourceUrl: string;
  /** The directory role by name or template ID (`--directory-role`). */
  readonly directoryRole: string;
  /** Ask about a name no role lists (`--allow-unknown`). */
  readonly allowUnknown: boolean;
}

const opt = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());

/** The question the form asks (an empty optional field is left out, as an option not given). */
export function questionOfForm(f: WhoCanForm): WhoCanQuestion {
  switch (f.kind) {
    case 'azureAction': {
      const scope = opt(f.scope);
      return {
        kind: 'azureAction',
        operation: f.operation.trim(),
        ...(f.plane === 'control' || f.plane === 'data' ? { plane: f.plane } : {}),
        ...(scope !== undefined ? { scope } : {}),
      };
    }
    case 'azureRole': {
      const scope = opt(f.scope);
      return { kind: 'azureRole', role: f.azureRole.trim(), ...(scope !== undefined ? { scope } : {}) };
    }
    case 'directoryRole':
      return { kind: 'directoryRole', role: f.directoryRole.trim() };
    case 'kubernetes': {
      const [namespace, resource, resourceName, nonResourceUrl] = [
        opt(f.namespace),
        opt(f.resource),
        opt(f.resourceName),
        opt(f.nonResourceUrl),
      ];
      return {
        kind: 'kubernetes',
        request: {
          cluster: f.cluster,
          verb: f.verb.trim(),
          ...(namespace !== undefined ? { namespace } : {}),
          ...(resource !== undefined ? { resource } : {}),
          ...(resourceName !== undefined ? { resourceName } : {}),
          ...(nonResourceUrl !== undefined ? { nonResourceUrl } : {}),
        },
      };
    }
  }
}

/** Answers the form's question; throws AccessQueryError (its message for the page) on a refused question. */
export function answerForm(model: ResolvedModel, f: WhoCanForm): WhoCanAnswer {
  const question = questionOfForm(f);
  if (!f.allowUnknown) {
    if (question.kind === 'azureAction') checkKnownOperation(model, question.operation, PAGE_KNOWN_LABELS);
    if (question.kind === 'kubernetes' && question.request.nonResourceUrl === undefined)
      checkKnownKubernetesRequest(model, question.request.verb, question.request.resource, PAGE_KNOWN_LABELS);
  }
  return answerWhoCan(model, question, PAGE_FIELD_NAMES);
}

const COLUMNS = ['access', 'holder', 'path', 'grant', 'because', 'conditions', 'policy'];

function holderRows(model: ResolvedModel, holders: readonly WhoCanHolder[]): Row[] {
  const envOf = new Map(model.baselines.map((b) => [b.name, b.environment]));
  const high = new Map(model.tasks.map((t) => [t.name, t.highPrivilege]));
  return holders.flatMap((h) =>
    h.paths.map((p): Row => ({
      cells: [
        describeMode(p.mode),
        h.key !== undefined && h.key !== h.name ? `${h.name} (${h.memberKind ?? 'principal'} ${h.key})` : h.name,
        describePath(p, p.baseline),
        describeGrant(p.grant),
        p.because,
        p.conditions.join('; '),
        p.policy ? describePolicy(p.policy) : '',
      ],
      facts: {
        environment: envOf.get(p.baseline) ?? '',
        mode: p.mode,
        highPrivilege: high.get(p.task) === true,
        ...(p.window?.until !== undefined ? { until: p.window.until } : {}),
      },
    })),
  );
}

/** The answer as tables: roles, principals (one row per path), break-glass accounts when asked about them. */
export function answerTables(model: ResolvedModel, a: WhoCanAnswer): Table[] {
  const tables: Table[] = [
    { caption: 'Roles', columns: COLUMNS, rows: holderRows(model, a.roles) },
    { caption: 'Principals', columns: COLUMNS, rows: holderRows(model, a.principals) },
  ];
  if (a.breakGlass.length > 0) {
    tables.push({
      caption: 'Break-glass accounts (active, permanent Global Administrator)',
      columns: ['object ID', 'display name'],
      rows: a.breakGlass.map((b) => ({ cells: [b.objectId, b.displayName ?? ''] })),
    });
  }
  return tables;
}
