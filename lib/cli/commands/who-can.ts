/**
 * `task-access who-can`: which roles and principals can do something, standing or just in time, and the path.
 * One question per run: `--azure-action` or `--azure-role` (with an optional `--scope`), `--k8s-verb` with
 * `--k8s-resource` or `--non-resource-url` on a `--cluster`, or `--directory-role`.
 */
import { Option } from 'commander';
import type { ResolvedModel } from '../../model/resolved';
import type { AzurePlane } from '../../report/azure-actions';
import { AccessQueryError } from '../../report/query-error';
import { formatWhoCan } from '../../report/text';
import { answerWhoCan, type WhoCanAnswer, type WhoCanQuestion } from '../../report/who-can';
import type { WhoCanFieldNames } from '../../report/who-can-fields';
import { addInputOptions, loadAccessModel, type AccessInputOptions } from '../access-input';
import { checkKnownKubernetesRequest, checkKnownOperation } from '../../report/known-names';
import { printJson, processIo, runCommand, type CommandIo } from '../command-io';
import { EXIT, registerCommand } from '../program';

/** Options of `who-can`. */
export interface WhoCanOptions extends AccessInputOptions {
  readonly azureAction?: string;
  readonly plane?: AzurePlane;
  readonly azureRole?: string;
  readonly scope?: string;
  readonly k8sVerb?: string;
  readonly k8sResource?: string;
  readonly apiGroup?: string;
  readonly namespace?: string;
  readonly cluster?: string;
  readonly resourceName?: string;
  readonly nonResourceUrl?: string;
  readonly directoryRole?: string;
  /** Exit 1 when someone can: `standing` (only standing access fails) or `any`. */
  readonly failIf?: 'standing' | 'any';
  /** Ask about an operation, verb or resource no role of the catalog or the definition names. */
  readonly allowUnknown?: boolean;
  readonly json?: boolean;
}

const given = (v: unknown): boolean => v !== undefined;

/** The flag of each field of a question: the inspector's errors and notes name what was typed. */
export const WHO_CAN_FLAGS: WhoCanFieldNames = {
  operation: '--azure-action',
  plane: '--plane',
  azureRole: '--azure-role',
  scope: '--scope',
  directoryRole: '--directory-role',
  cluster: '--cluster',
  verb: '--k8s-verb',
  resource: '--k8s-resource',
  apiGroup: '--api-group',
  namespace: '--namespace',
  nonResourceUrl: '--non-resource-url',
};

/** The answer, with the inspector's errors naming the flags and the command (`who-can: --cluster "aks-prd" ...`). */
function answer(model: ResolvedModel, question: WhoCanQuestion): WhoCanAnswer {
  try {
    return answerWhoCan(model, question, WHO_CAN_FLAGS);
  } catch (e) {
    if (AccessQueryError.isAccessQueryError(e)) throw new AccessQueryError(`who-can: ${e.message}`);
    throw e;
  }
}

/** The question the options ask. Throws AccessQueryError when they ask none, several, or mix options. */
export function questionFromOptions(o: WhoCanOptions): WhoCanQuestion {
  const kinds = [
    given(o.azureAction) && '--azure-action',
    given(o.azureRole) && '--azure-role',
    given(o.k8sVerb) && '--k8s-verb',
    given(o.directoryRole) && '--directory-role',
  ].filter((k): k is string => k !== false);
  if (kinds.length !== 1) {
    throw new AccessQueryError(
      `who-can: ask one question: ${kinds.length === 0 ? 'none of' : `only one of (got ${kinds.join(', ')})`} --azure-action, --azure-role, --k8s-verb, --directory-role. ` +
        'See task-access who-can --help',
    );
  }
  const k8sOnly = (
    ['k8sResource', 'apiGroup', 'namespace', 'cluster', 'resourceName', 'nonResourceUrl'] as const
  ).filter((k) => given(o[k]));
  const flag = (k: string): string =>
    `--${k.replace(/[A-Z0-9]/g, (c) => `-${c.toLowerCase()}`).replace('k-8s', 'k8s')}`;
  if (kinds[0] !== '--k8s-verb' && k8sOnly.length > 0) {
    throw new AccessQueryError(`who-can: ${k8sOnly.map(flag).join(', ')} only go with --k8s-verb`);
  }
  if (kinds[0] !== '--azure-action' && kinds[0] !== '--azure-role' && given(o.scope)) {
    throw new AccessQueryError('who-can: --scope only goes with --azure-action or --azure-role');
  }
  if (kinds[0] !== '--azure-action' && given(o.plane))
    throw new AccessQueryError('who-can: --plane only goes with --azure-action');
  switch (kinds[0]) {
    case '--azure-action':
      return {
        kind: 'azureAction',
        operation: o.azureAction as string,
        ...(o.plane ? { plane: o.plane } : {}),
        ...(o.scope !== undefined ? { scope: o.scope } : {}),
      };
    case '--azure-role':
      return { kind: 'azureRole', role: o.azureRole as string, ...(o.scope !== undefined ? { scope: o.scope } : {}) };
    case '--directory-role':
      return { kind: 'directoryRole', role: o.directoryRole as string };
    default:
      if (o.cluster === undefined)
        throw new AccessQueryError(
          'who-can: --k8s-verb needs --cluster <name> (a cluster of the definition, e.g. aks-prod)',
        );
      return {
        kind: 'kubernetes',
        request: {
          cluster: o.cluster,
          verb: o.k8sVerb as string,
          ...(o.namespace !== undefined ? { namespace: o.namespace } : {}),
          ...(o.k8sResource !== undefined ? { resource: o.k8sResource } : {}),
          ...(o.apiGroup !== undefined ? { apiGroup: o.apiGroup } : {}),
          ...(o.resourceName !== undefined ? { resourceName: o.resourceName } : {}),
          ...(o.nonResourceUrl !== undefined ? { nonResourceUrl: o.nonResourceUrl } : {}),
        },
      };
  }
}

/** The exit code for an answer under `--fail-if`. */
export function whoCanExitCode(answer: WhoCanAnswer, failIf: WhoCanOptions['failIf']): number {
  if (failIf === undefined) return EXIT.OK;
  const holders = [...answer.roles, ...answer.principals];
  const found =
    failIf === 'any'
      ? holders.length > 0 || answer.breakGlass.length > 0
      : holders.some((h) => h.mode === 'standing') || answer.breakGlass.length > 0;
  return found ? EXIT.FAILED : EXIT.OK;
}

/** Runs `who-can` and returns the exit code. */
export function runWhoCan(options: WhoCanOptions, io: CommandIo): number {
  return runCommand(io, (io) => {
    const question = questionFromOptions(options);
    const model = loadAccessModel(options, io.cwd);
    if (options.allowUnknown !== true) {
      if (question.kind === 'azureAction') checkKnownOperation(model, question.operation);
      if (question.kind === 'kubernetes' && question.request.nonResourceUrl === undefined)
        checkKnownKubernetesRequest(model, question.request.verb, question.request.resource);
    }
    const result = answer(model, question);
    if (options.json) printJson(io, result);
    else io.stdout(formatWhoCan(result));
    return whoCanExitCode(result, options.failIf);
  });
}

registerCommand((program) => {
  addInputOptions(
    program
      .command('who-can')
      .summary('who can do something, standing or just-in-time, and through which path')
      .description(
        'Lists the roles and principals that can perform an Azure operation or hold an Azure role at a scope (an ' +
          'assignment at a parent scope counts), make a Kubernetes request on a cluster (a RoleBinding counts in its ' +
          'namespace, a ClusterRoleBinding everywhere), or hold an Entra directory role; standing or just-in-time, with ' +
          'the path role -> task -> baseline -> grant and the PIM policy. Azure operations are evaluated against the ' +
          'Actions/NotActions and DataActions/NotDataActions of the shipped built-in roles and your custom roles.',
      ),
  )
    .option('--azure-action <operation>', 'an Azure operation, e.g. Microsoft.KeyVault/vaults/secrets/setSecret/action')
    .addOption(
      new Option('--plane <plane>', 'control-plane action or data action (default: decided from the catalog)').choices([
        'control',
        'data',
      ]),
    )
    .option('--azure-role <name>', 'an Azure role by name or role definition ID, built-in or custom, e.g. AcrPush')
    .option(
      '--scope <id>',
      'the Azure resource, resource group, subscription or management group ID (default: any scope)',
    )
    .option('--k8s-verb <verb>', 'a Kubernetes verb: get, list, watch, create, update, patch, delete, ...')
    .option('--k8s-resource <resource>', 'resource[/subresource][.group], e.g. secrets, pods/log, deployments.apps')
    .option('--api-group <group>', 'API group of the resource ("" for core; default: any group)')
    .option('--namespace <namespace>', 'namespace of the request (default: a cluster-scoped request)')
    .option('--cluster <name>', 'cluster of the definition, e.g. aks-prod')
    .option('--resource-name <name>', 'name of the object, for rules limited to resource names')
    .option('--non-resource-url <path>', 'a non-resource URL instead of a resource, e.g. /healthz')
    .option('--directory-role <name>', 'an Entra directory role by name or template ID, e.g. "Global Reader"')
    .addOption(
      new Option('--fail-if <mode>', 'exit 1 when someone can: standing (only standing access fails) or any').choices([
        'standing',
        'any',
      ]),
    )
    .option(
      '--allow-unknown',
      'ask about an Azure operation, Kubernetes verb or resource that no role of the catalog or the definition names (default: exit 2 with the nearest name)',
    )
    .option('--json', 'print the answer as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  task-access who-can --azure-action Microsoft.KeyVault/vaults/secrets/setSecret/action \\\n' +
        '      --scope /subscriptions/<sub>/resourceGroups/rg-app-prod/providers/Microsoft.KeyVault/vaults/kv-app-prod\n' +
        '  task-access who-can --azure-role AcrPush --scope /subscriptions/<sub>/resourceGroups/rg-app-prod\n' +
        '  task-access who-can --k8s-verb get --k8s-resource secrets --namespace a --cluster aks-prod\n' +
        '  task-access who-can --directory-role "Global Administrator" --json\n' +
        `\nExit codes: ${EXIT.OK} ok (also when nobody can), ${EXIT.FAILED} someone can under --fail-if, or invalid definition, ` +
        `${EXIT.USAGE} unknown name or bad input.`,
    )
    .action((options: WhoCanOptions) => {
      process.exitCode = runWhoCan(options, processIo());
    });
});
