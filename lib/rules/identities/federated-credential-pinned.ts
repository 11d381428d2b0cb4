/**
 * Rule `federated-credential-pinned`: a federated identity credential trusts one pinned subject: no wildcard, and
 * a GitHub credential names an environment or a branch. A pull-request credential is accepted only for an
 * application whose roles only read (a plan identity): any pull request's code can sign in with it.
 */
import { pullRequestRepository } from '../../model/federated-credentials';
import type { RuleContext } from '../context';
import { taskWrites } from '../../model/privilege';
import { notApplicable, type Rule, type Violation } from '../rule';

function writingTasks(ctx: RuleContext, app: string): string[] {
  const roles = ctx.model.applications?.find((a) => a.name === app)?.roles ?? [];
  const tasks = new Set(roles.flatMap((r) => ctx.roles.get(r)?.standing.map((s) => s.task) ?? []));
  return [...tasks].filter((t) => taskWrites(ctx, t).writes).sort();
}

/** CI federated credential subjects are pinned (no wildcards; a branch or environment). */
export const federatedCredentialPinned: Rule = {
  id: 'federated-credential-pinned',
  level: 'error',
  suppressible: true,
  summary:
    'a federated credential trusts a pinned subject (no wildcard; a GitHub environment or branch; pull requests only for read-only applications)',
  source:
    'pipelines get narrow, pinned identities; Workload identity federation (https://learn.microsoft.com/entra/workload-id/workload-identity-federation-create-trust) (GitHub subjects such as `repo:org/repo:environment:prod`)',
  check(ctx) {
    const apps = ctx.model.applications ?? [];
    if (apps.length === 0) return notApplicable('no application with federated credentials is declared');
    const out: Violation[] = [];
    for (const app of apps) {
      app.federatedCredentials.forEach((c) => {
        const subject = c.subject;
        const path =
          ctx.model.paths?.federatedCredentials[app.name]?.[c.name] ?? `applications.${app.name}.federatedCredentials`;
        if (subject.includes('*')) {
          out.push({
            path,
            message: `a credential of application ${app.name} trusts the wildcard subject ${subject}: any matching workload can sign in as it`,
            value: subject,
            fix: 'name one repository and one environment or branch (one service connection, one service account) per credential',
          });
        } else if (pullRequestRepository(c) !== undefined) {
          const writes = writingTasks(ctx, app.name);
          if (writes.length > 0) {
            out.push({
              path,
              message: `application ${app.name} trusts every pull request of ${pullRequestRepository(c)} (${subject}) and its roles write (${writes.join(', ')}): unreviewed code could sign in with write access`,
              value: subject,
              fix: 'pin the credential to a protected GitHub environment or a branch, or give pull requests a separate read-only application',
            });
          }
        }
      });
    }
    return out;
  },
};
