/**
 * Applications the library creates for pipelines and agents, and their federated identity credentials:
 * rules `naming` and `duplicate` (application names), `empty` (no credential), `federated-credential-limit`
 * (over 20 per application), `federated-credential` (wildcards, unpinned subjects, values the issuers would never
 * send) and `unknown-reference` (a member naming no declared application).
 */
import { isUuid } from '../formats';
import {
  federatedCredentialName,
  federatedIssuer,
  federatedSubject,
  MAX_FEDERATED_CREDENTIALS,
  type FederatedCredential,
} from '../federated-credentials';
import { didYouMean } from '../suggest';
import { rolePath, type ValidationContext } from './context';
import { isDnsLabel } from './naming';

const APP_NAME = /^[a-z][a-z0-9-]{2,119}$/;
const CREDENTIAL_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{2,119}$/;
const WILDCARD = /[*?[\]{}]/;
const REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/;
const BRANCH = /^[A-Za-z0-9._/-]{1,255}$/;
const ADO_ORGANIZATION = /^[A-Za-z0-9][A-Za-z0-9-]{0,49}$/;
const SERVICE_ACCOUNT = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;

/** One field of a credential: its value, and why it is not acceptable (or undefined). */
type FieldCheck = readonly [field: string, value: string | undefined, problem: string | undefined, fix: string];

function isHttpsUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' && u.hostname !== '';
  } catch {
    return false;
  }
}

function branchProblem(b: string): string | undefined {
  if (b.startsWith('refs/')) return 'is a ref, not a branch name (the library adds refs/heads/)';
  if (!BRANCH.test(b) || b.includes('..') || b.includes('//') || /^[/.]|[/.]$/.test(b) || b.endsWith('.lock'))
    return 'is not a git branch name';
  return undefined;
}

/** The field checks of one credential (wildcards are reported separately, first). */
function fieldChecks(c: FederatedCredential): FieldCheck[] {
  switch (c.kind) {
    case 'githubActions':
      return [
        [
          'repository',
          c.repository,
          REPOSITORY.test(c.repository) ? undefined : 'is not <owner>/<repository>',
          'write the repository as GitHub spells it, e.g. "contoso/app" (subjects are case-sensitive)',
        ],
        [
          'environment',
          c.environment,
          c.environment === undefined || (/^\S(.{0,253}\S)?$/.test(c.environment) && !c.environment.includes(':'))
            ? undefined
            : 'is not a GitHub environment name',
          'use the environment name as in the repository settings, e.g. "prod"',
        ],
        [
          'branch',
          c.branch,
          c.branch === undefined ? undefined : branchProblem(c.branch),
          'write the branch name alone, e.g. "main"',
        ],
      ];
    case 'azureDevOps':
      return [
        [
          'organization',
          c.organization,
          ADO_ORGANIZATION.test(c.organization) ? undefined : 'is not an Azure DevOps organization name',
          'use the name in https://dev.azure.com/<organization>',
        ],
        [
          'organizationId',
          c.organizationId,
          isUuid(c.organizationId) ? undefined : 'is not an organization ID (a UUID)',
          "copy the organization ID from the service connection's workload identity federation details",
        ],
        [
          'project',
          c.project,
          c.project.trim() !== '' && !/[/\\:]/.test(c.project) ? undefined : 'is not an Azure DevOps project name',
          'use the project name exactly as in Azure DevOps',
        ],
        [
          'serviceConnection',
          c.serviceConnection,
          c.serviceConnection.trim() !== '' && !c.serviceConnection.includes('/')
            ? undefined
            : 'is not a service connection name',
          'use the service connection name exactly as in Azure DevOps',
        ],
      ];
    case 'kubernetesServiceAccount':
      return [
        [
          'issuer',
          c.issuer,
          isHttpsUrl(c.issuer) ? undefined : 'is not an https URL',
          'use the cluster OIDC issuer URL: az aks show --query oidcIssuerProfile.issuerUrl',
        ],
        [
          'namespace',
          c.namespace,
          isDnsLabel(c.namespace) ? undefined : 'is not a Kubernetes namespace name (a DNS label)',
          'use the namespace of the service account, e.g. "agents"',
        ],
        [
          'serviceAccount',
          c.serviceAccount,
          SERVICE_ACCOUNT.test(c.serviceAccount) ? undefined : 'is not a Kubernetes service account name',
          'use lower-case letters, digits, "-" and ".", e.g. "ticket-reader"',
        ],
      ];
  }
}

function checkCredential(ctx: ValidationContext, path: string, c: FederatedCredential): void {
  if (c.kind === 'githubActions') {
    const pins = [c.environment !== undefined, c.branch !== undefined, c.pullRequest === true].filter(Boolean).length;
    if (pins !== 1) {
      ctx.report(
        path,
        'federated-credential',
        `a GitHub Actions credential must be pinned to exactly one of environment, branch or pullRequest (it has ${pins})`,
        { environment: c.environment, branch: c.branch, pullRequest: c.pullRequest },
        'use FederatedCredentials.githubEnvironment(repo, env), .githubBranch(repo, branch) or .githubPullRequest(repo)',
      );
    }
  }
  for (const [field, value, problem, fix] of fieldChecks(c)) {
    if (value === undefined) continue;
    if (WILDCARD.test(value)) {
      ctx.report(
        `${path}.${field}`,
        'federated-credential',
        `${field} contains a wildcard; Entra matches a subject exactly, and a credential is pinned to one ${c.kind === 'githubActions' ? 'repository and environment or branch' : c.kind === 'azureDevOps' ? 'service connection' : 'service account'}`,
        value,
        'name one exactly; add one credential per environment or branch you need (at most 20 per application)',
      );
    } else if (problem) ctx.report(`${path}.${field}`, 'federated-credential', `${field} ${problem}`, value, fix);
  }
  if (c.name !== undefined && !CREDENTIAL_NAME.test(c.name)) {
    ctx.report(
      `${path}.name`,
      'federated-credential',
      'a credential name is 3-120 letters, digits, "-" or "_", starting with a letter or digit',
      c.name,
      'choose another name, or leave it out to derive one from the subject',
    );
  }
}

/** Checks the applications and the members that reference them. */
export function checkApplications(ctx: ValidationContext): void {
  const apps = ctx.definition.applications ?? [];
  const seen = new Map<string, string>();
  for (const a of apps) {
    const p = `applications.${a.name}`;
    if (!APP_NAME.test(a.name)) {
      ctx.report(
        `${p}.name`,
        'naming',
        'an application name is 3-120 lower-case letters, digits and "-", starting with a letter (it is also the Terraform address)',
        a.name,
        `use e.g. "${
          a.name
            .toLowerCase()
            .replace(/[^a-z0-9-]+/g, '-')
            .replace(/^[^a-z]+/, '') || 'gh-contoso-app-prod-deploy'
        }"`,
      );
    }
    const first = seen.get(a.name.toLowerCase());
    if (first !== undefined)
      ctx.report(
        p,
        'duplicate',
        `application "${a.name}" is declared more than once; names are compared case-insensitively`,
        a.name,
        'merge their credentials into one application, or rename one',
      );
    else seen.set(a.name.toLowerCase(), p);

    if (a.federatedCredentials.length === 0) {
      ctx.report(
        `${p}.federatedCredentials`,
        'empty',
        `application "${a.name}" has no federated credential, so nothing could sign in as it`,
        [],
        'add one, e.g. FederatedCredentials.githubEnvironment("contoso/app", "prod")',
      );
    }
    if (a.federatedCredentials.length > MAX_FEDERATED_CREDENTIALS) {
      ctx.report(
        `${p}.federatedCredentials`,
        'federated-credential-limit',
        `application "${a.name}" has ${a.federatedCredentials.length} federated credentials; Entra allows at most ${MAX_FEDERATED_CREDENTIALS} per application`,
        a.federatedCredentials.length,
        'split the pipelines over several applications (one per repository or environment), each in its own role',
      );
    }
    const subjects = new Map<string, number>();
    const names = new Map<string, number>();
    a.federatedCredentials.forEach((c, i) => {
      const cp = `${p}.federatedCredentials[${i}]`;
      checkCredential(ctx, cp, c);
      const key = `${federatedIssuer(c)} ${federatedSubject(c)}`;
      const name = federatedCredentialName(c).toLowerCase();
      if (subjects.has(key)) {
        ctx.report(
          cp,
          'duplicate',
          `the subject "${federatedSubject(c)}" is already trusted by federatedCredentials[${subjects.get(key)}]`,
          federatedSubject(c),
          'list each subject once',
        );
      } else if (names.has(name)) {
        ctx.report(
          cp,
          'duplicate',
          `the credential name "${federatedCredentialName(c)}" is already used by federatedCredentials[${names.get(name)}] (names are unique in an application)`,
          federatedCredentialName(c),
          'give one of them a distinct name',
        );
      }
      if (!subjects.has(key)) subjects.set(key, i);
      if (!names.has(name)) names.set(name, i);
    });
  }
  const declared = new Set(apps.map((a) => a.name));
  for (const r of ctx.definition.roles) {
    (r.members ?? []).forEach((m, i) => {
      if (m.kind === 'application' && !declared.has(m.application)) {
        ctx.report(
          `${rolePath(r)}.members[${i}].application`,
          'unknown-reference',
          `application "${m.application}" is not declared.${didYouMean(m.application, declared)}`,
          m.application,
          'declare it in applications, or fix the name',
        );
      }
    });
  }
}
