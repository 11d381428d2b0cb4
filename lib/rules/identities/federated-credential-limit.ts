/** Rule `federated-credential-limit`: an application has at most 20 federated identity credentials (Graph limit). */
import { MAX_FEDERATED_CREDENTIALS } from '../../model/federated-credentials';
import { notApplicable, type Rule, type Violation } from '../rule';

/** At most 20 federated credentials per application. */
export const federatedCredentialLimit: Rule = {
  id: 'federated-credential-limit',
  level: 'error',
  suppressible: false,
  summary: 'an application has at most 20 federated identity credentials',
  source: 'platform-facts 3 "Max 20 per application" (Graph federatedidentitycredentials-overview.md)',
  check(ctx) {
    const apps = ctx.model.applications ?? [];
    if (apps.length === 0) return notApplicable('no application with federated credentials is declared');
    const out: Violation[] = [];
    for (const app of apps) {
      const n = app.federatedCredentials.length;
      if (n <= MAX_FEDERATED_CREDENTIALS) continue;
      out.push({
        path: `applications.${app.name}.federatedCredentials`,
        message: `application ${app.name} has ${n} federated credentials; Entra accepts ${MAX_FEDERATED_CREDENTIALS}`,
        value: n,
        fix: 'split the pipelines across applications (one per repository or environment), each in the same role',
      });
    }
    return out;
  },
};
