/**
 * An application for a pipeline or an agent: `azuread_application` (single-tenant, no secret), its
 * `azuread_service_principal` (the identity that becomes a role member and holds the role's tasks), and one
 * `azuread_application_federated_identity_credential` per trusted subject (audience `api://AzureADTokenExchange`).
 * Addresses: `azuread_application.<name>`, `azuread_service_principal.<name>`,
 * `azuread_application_federated_identity_credential.<name>__<credential name>`.
 */
import { Application } from '@cdktf/provider-azuread/lib/application';
import { ApplicationFederatedIdentityCredential } from '@cdktf/provider-azuread/lib/application-federated-identity-credential';
import { ServicePrincipal } from '@cdktf/provider-azuread/lib/service-principal';
import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import type { ResolvedApplication } from '../model/resolved';
import { named } from './addresses';

/** Props of {@link WorkloadApplication}. */
export interface WorkloadApplicationProps {
  /** The resolved application with its credentials. */
  readonly application: ResolvedApplication;
  /** The azuread provider. */
  readonly provider: TerraformProvider;
}

/** One pipeline or agent application: application, service principal, federated credentials. */
export class WorkloadApplication extends Construct {
  /** The application registration. */
  public readonly application: Application;
  /** Its service principal: the object ID that becomes a role member. */
  public readonly servicePrincipal: ServicePrincipal;
  /** The federated identity credentials, by name. */
  public readonly credentials: ReadonlyMap<string, ApplicationFederatedIdentityCredential>;

  /** Built by {@link TaskAccessModel} and {@link TaskAccessStacks} from the resolved model, not on its own. @internal */
  constructor(scope: Construct, id: string, props: WorkloadApplicationProps) {
    super(scope, id);
    const a = props.application;
    const provider = props.provider;
    this.application = named(
      new Application(this, 'application', {
        provider,
        displayName: a.name,
        description: a.description ?? `Managed by cdktf-task-access: workload identity ${a.name}`,
        signInAudience: 'AzureADMyOrg',
        preventDuplicateNames: true,
      }),
      a.name,
    );
    this.servicePrincipal = named(
      new ServicePrincipal(this, 'service-principal', { provider, clientId: this.application.clientId }),
      a.name,
    );
    const credentials = new Map<string, ApplicationFederatedIdentityCredential>();
    for (const c of a.federatedCredentials) {
      credentials.set(
        c.name,
        named(
          new ApplicationFederatedIdentityCredential(this, `credential-${c.name}`, {
            provider,
            applicationId: this.application.id,
            displayName: c.name,
            ...(c.description !== undefined ? { description: c.description } : {}),
            audiences: [...c.audiences],
            issuer: c.issuer,
            subject: c.subject,
          }),
          a.name,
          c.name,
        ),
      );
    }
    this.credentials = credentials;
  }
}
