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
import { renderAs } from './addresses';
import { planApplicationResources, type ApplicationResources } from './plan/directory-plans';

/** Props of {@link WorkloadApplication}. */
export interface WorkloadApplicationProps {
  /** The resolved application with its credentials. */
  readonly application: ResolvedApplication;
  /** The azuread provider. */
  readonly provider: TerraformProvider;
  /** What to create, from the unit plan. @default - planned from `application` */
  readonly plan?: ApplicationResources;
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
    const plan = props.plan ?? planApplicationResources(a);
    this.application = renderAs(
      new Application(this, 'application', {
        provider,
        displayName: a.name,
        description: a.description ?? `Managed by cdktf-task-access: workload identity ${a.name}`,
        signInAudience: 'AzureADMyOrg',
        preventDuplicateNames: true,
      }),
      plan.registration,
    );
    this.servicePrincipal = renderAs(
      new ServicePrincipal(this, 'service-principal', { provider, clientId: this.application.clientId }),
      plan.servicePrincipal,
    );
    const credentials = new Map<string, ApplicationFederatedIdentityCredential>();
    for (const [i, c] of a.federatedCredentials.entries()) {
      credentials.set(
        c.name,
        renderAs(
          new ApplicationFederatedIdentityCredential(this, `credential-${c.name}`, {
            provider,
            applicationId: this.application.id,
            displayName: c.name,
            ...(c.description !== undefined ? { description: c.description } : {}),
            audiences: [...c.audiences],
            issuer: c.issuer,
            subject: c.subject,
          }),
          plan.credentials[i],
        ),
      );
    }
    this.credentials = credentials;
  }
}
