/** Resolution of the applications the library creates: credentials with issuer, subject and audience. */
import type { AccessModelDefinition } from './definition';
import {
  FEDERATED_AUDIENCE,
  federatedCredentialName,
  federatedIssuer,
  federatedSubject,
} from './federated-credentials';
import { roleName } from './names';
import type { ResolvedApplication, ResolvedFederatedCredential } from './resolved';

/** The definition's applications, sorted by name, each with its credentials (sorted by name) and its roles. */
export function resolveApplications(definition: AccessModelDefinition): ResolvedApplication[] {
  return (definition.applications ?? [])
    .map((a): ResolvedApplication => ({
      name: a.name,
      ...(a.description !== undefined ? { description: a.description } : {}),
      federatedCredentials: a.federatedCredentials
        .map((c): ResolvedFederatedCredential => ({
          kind: c.kind,
          name: federatedCredentialName(c),
          issuer: federatedIssuer(c),
          subject: federatedSubject(c),
          audiences: [FEDERATED_AUDIENCE],
          ...(c.description !== undefined ? { description: c.description } : {}),
        }))
        .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0)),
      roles: definition.roles
        .filter((r) => (r.members ?? []).some((m) => m.kind === 'application' && m.application === a.name))
        .map((r) => roleName(r) as string)
        .sort(),
    }))
    .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
}
