/**
 * Federated identity credentials: how a pipeline or agent signs in as an application the library creates,
 * without a secret (workload identity federation). Each credential trusts exactly one subject of one issuer,
 * pinned to one repository and environment or branch, one Azure DevOps service connection, or one Kubernetes
 * service account. Build them with {@link FederatedCredentials}: the types make an unpinned subject (a GitHub
 * credential without an environment, branch or pull request) a type error, and validation rejects wildcards.
 */

/** The audience every credential accepts: Microsoft Entra ID's token exchange (Graph federatedIdentityCredential). */
export const FEDERATED_AUDIENCE = 'api://AzureADTokenExchange';
/** Issuer of GitHub Actions OIDC tokens. */
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** Prefix of the Azure DevOps issuer; the organization ID (a UUID) follows. */
export const AZURE_DEVOPS_ISSUER_PREFIX = 'https://vstoken.dev.azure.com/';
/** Graph limit of federated identity credentials per application (federatedidentitycredentials-overview.md). */
export const MAX_FEDERATED_CREDENTIALS = 20;

/** What every federated credential may add: a name and a description. */
export interface FederatedCredentialOptions {
  /**
   * Display name of the credential, unique in its application (3-120 characters: letters, digits, `-`).
   * @default - derived from the subject, e.g. `github-contoso-app-env-prod`
   */
  readonly name?: string;
  /** Free text. @default - none */
  readonly description?: string;
}

/** GitHub Actions jobs of one repository that deploy to one GitHub environment: `repo:<owner>/<repo>:environment:<env>`. */
export interface GitHubEnvironmentCredential extends FederatedCredentialOptions {
  /** Discriminant: GitHub Actions OIDC. */
  readonly kind: 'githubActions';
  /** `<owner>/<repository>`, exactly as GitHub spells it (subjects are compared case-sensitively). */
  readonly repository: string;
  /** The GitHub environment, e.g. `prod`. Protect it with required reviewers in GitHub. */
  readonly environment: string;
  /** Not with an environment: the environment pins the subject. */
  readonly branch?: never;
  /** Not with an environment. */
  readonly pullRequest?: never;
}

/** GitHub Actions jobs of one repository running on one branch (no environment): `repo:<owner>/<repo>:ref:refs/heads/<branch>`. */
export interface GitHubBranchCredential extends FederatedCredentialOptions {
  /** Discriminant: GitHub Actions OIDC. */
  readonly kind: 'githubActions';
  /** `<owner>/<repository>`, exactly as GitHub spells it. */
  readonly repository: string;
  /** Branch name without `refs/heads/`, e.g. `main`. */
  readonly branch: string;
  /** Not with a branch: a job in an environment has the environment as its subject. */
  readonly environment?: never;
  /** Not with a branch. */
  readonly pullRequest?: never;
}

/** GitHub Actions jobs triggered by pull requests of one repository: `repo:<owner>/<repo>:pull_request`. For read-only plan identities. */
export interface GitHubPullRequestCredential extends FederatedCredentialOptions {
  /** Discriminant: GitHub Actions OIDC. */
  readonly kind: 'githubActions';
  /** `<owner>/<repository>`, exactly as GitHub spells it. */
  readonly repository: string;
  /** Jobs triggered by pull requests. */
  readonly pullRequest: true;
  /** Not with pull requests. */
  readonly environment?: never;
  /** Not with pull requests. */
  readonly branch?: never;
}

/** A GitHub Actions credential: pinned to an environment, a branch, or pull requests of one repository. */
export type GitHubActionsCredential =
  GitHubEnvironmentCredential | GitHubBranchCredential | GitHubPullRequestCredential;

/**
 * One Azure DevOps service connection (Azure DevOps issuer): subject `sc://<organization>/<project>/<service connection>`,
 * issuer `https://vstoken.dev.azure.com/<organization id>`. Microsoft retires this issuer on 2027-07-01 for
 * single-tenant applications in the public cloud; new service connections use the Entra issuer.
 */
export interface AzureDevOpsCredential extends FederatedCredentialOptions {
  /** Discriminant: an Azure DevOps service connection. */
  readonly kind: 'azureDevOps';
  /** Organization name, e.g. `contoso`. */
  readonly organization: string;
  /** Organization ID (a UUID), shown on the service connection's workload identity details. */
  readonly organizationId: string;
  /** Project name. */
  readonly project: string;
  /** Service connection name, exactly as in Azure DevOps. */
  readonly serviceConnection: string;
}

/** One Kubernetes service account of one cluster (AKS workload identity): `system:serviceaccount:<namespace>:<name>`. */
export interface KubernetesServiceAccountCredential extends FederatedCredentialOptions {
  /** Discriminant: a Kubernetes service account. */
  readonly kind: 'kubernetesServiceAccount';
  /** The cluster's OIDC issuer URL (`az aks show --query oidcIssuerProfile.issuerUrl`), https. */
  readonly issuer: string;
  /** Namespace of the service account (a DNS label). */
  readonly namespace: string;
  /** Name of the service account. */
  readonly serviceAccount: string;
}

/** Any federated identity credential. */
export type FederatedCredential = GitHubActionsCredential | AzureDevOpsCredential | KubernetesServiceAccountCredential;

/** Typed builders of {@link FederatedCredential}s. */
export const FederatedCredentials = {
  /** GitHub Actions jobs of `repository` (`owner/repo`) deploying to GitHub environment `environment`. */
  githubEnvironment(
    repository: string,
    environment: string,
    extra: FederatedCredentialOptions = {},
  ): GitHubEnvironmentCredential {
    return { kind: 'githubActions', repository, environment, ...extra };
  },
  /** GitHub Actions jobs of `repository` running on branch `branch` (e.g. `main`), outside any environment. */
  githubBranch(repository: string, branch: string, extra: FederatedCredentialOptions = {}): GitHubBranchCredential {
    return { kind: 'githubActions', repository, branch, ...extra };
  },
  /** GitHub Actions jobs of `repository` triggered by pull requests: for read-only (plan) identities. */
  githubPullRequest(repository: string, extra: FederatedCredentialOptions = {}): GitHubPullRequestCredential {
    return { kind: 'githubActions', repository, pullRequest: true, ...extra };
  },
  /** One Azure DevOps service connection (Azure DevOps issuer). */
  azureDevOps(props: Omit<AzureDevOpsCredential, 'kind'>): AzureDevOpsCredential {
    return { kind: 'azureDevOps', ...props };
  },
  /** One Kubernetes service account of the cluster whose OIDC issuer is `issuer`. */
  kubernetesServiceAccount(
    props: Omit<KubernetesServiceAccountCredential, 'kind'>,
  ): KubernetesServiceAccountCredential {
    return { kind: 'kubernetesServiceAccount', ...props };
  },
} as const;

/** The token issuer a credential trusts. */
export function federatedIssuer(c: FederatedCredential): string {
  switch (c.kind) {
    case 'githubActions':
      return GITHUB_ACTIONS_ISSUER;
    case 'azureDevOps':
      return `${AZURE_DEVOPS_ISSUER_PREFIX}${c.organizationId}`;
    case 'kubernetesServiceAccount':
      return c.issuer;
  }
}

/** The token subject a credential trusts, e.g. `repo:contoso/app:environment:prod`. */
export function federatedSubject(c: FederatedCredential): string {
  switch (c.kind) {
    case 'githubActions':
      if (c.environment !== undefined) return `repo:${c.repository}:environment:${c.environment}`;
      if (c.branch !== undefined) return `repo:${c.repository}:ref:refs/heads/${c.branch}`;
      return `repo:${c.repository}:pull_request`;
    case 'azureDevOps':
      return `sc://${c.organization}/${c.project}/${c.serviceConnection}`;
    case 'kubernetesServiceAccount':
      return `system:serviceaccount:${c.namespace}:${c.serviceAccount}`;
  }
}

/**
 * The repository whose pull requests a GitHub Actions credential trusts (subject `repo:<owner>/<repo>:pull_request`),
 * or undefined for any other credential (a repository name has no `:`, so an environment or branch subject never
 * matches).
 */
export function pullRequestRepository(c: {
  readonly kind: FederatedCredential['kind'];
  readonly subject: string;
}): string | undefined {
  return c.kind === 'githubActions' ? /^repo:([^:]+):pull_request$/.exec(c.subject)?.[1] : undefined;
}

const urlName = (parts: readonly string[]): string =>
  parts
    .join('-')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);

/** The credential's display name: its `name`, or one derived from the subject. */
export function federatedCredentialName(c: FederatedCredential): string {
  if (c.name !== undefined) return c.name;
  switch (c.kind) {
    case 'githubActions': {
      const repo = c.repository.split('/');
      if (c.environment !== undefined) return urlName(['github', ...repo, 'env', c.environment]);
      if (c.branch !== undefined) return urlName(['github', ...repo, 'branch', c.branch]);
      return urlName(['github', ...repo, 'pull-request']);
    }
    case 'azureDevOps':
      return urlName(['ado', c.organization, c.project, c.serviceConnection]);
    case 'kubernetesServiceAccount':
      return urlName(['k8s', c.namespace, c.serviceAccount]);
  }
}
