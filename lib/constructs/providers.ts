/**
 * The providers the model's resources use: the user's own, or ones created in the stack.
 * One Kubernetes provider per cluster, aliased by the cluster's name.
 */
import { AzureadProvider } from '@cdktf/provider-azuread/lib/provider';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import type { ResolvedMonitoring } from '../model/resolved-security';
import { MONITORING_PROVIDER_ALIAS, userAzurermForMonitoring } from './monitoring-provider';

/** How to reach each Kubernetes cluster when the library creates its provider. */
export interface KubernetesClusterAccess {
  /** kubeconfig file. @default '~/.kube/config' */
  readonly configPath?: string;
  /** kubeconfig context. @default - the cluster's name */
  readonly configContext?: string;
}

/** Providers given by the user; any one left out is created. */
export interface AccessProvidersProps {
  /** @default - an `azuread` provider configured from the environment (ARM_* / az login) */
  readonly azuread?: TerraformProvider;
  /**
   * Used for role assignments and custom roles. azurerm 4 needs a subscription ID (`subscription_id`, or
   * `ARM_SUBSCRIPTION_ID`) even though these name their scopes in full: azurerm 4.55.0
   * `internal/provider/provider.go` (`subscription_id` defaults to `ARM_SUBSCRIPTION_ID`; `providerConfigure`
   * fails without it unless `use_cli`) and `internal/clients/auth.go` (`NewResourceManagerAccount`: "subscription
   * ID could not be determined and was not specified", with Azure CLI too).
   * @default - an `azurerm` provider with `features {}` and `resource_provider_registrations = "none"`, its
   * subscription from `ARM_SUBSCRIPTION_ID`
   */
  readonly azurerm?: TerraformProvider;
  /**
   * The azurerm provider of the monitoring resources (action group, alert rules, saved searches, diagnostic
   * setting). It must target the subscription of `monitoring.workspaceId`: the action group and alert rules are
   * created in the provider's subscription. The library can't check a provider given here.
   * @default - `azurerm` when it is given with the workspace's subscription as `subscriptionId`; an error when it is
   * given otherwise; else an `azurerm` provider created with alias `monitoring` and `subscription_id` = the
   * workspace's subscription (`features {}`, `resource_provider_registrations = "none"`)
   */
  readonly azurermMonitoring?: TerraformProvider;
  /** Kubernetes providers by cluster name. @default - one provider per cluster, alias = cluster name */
  readonly kubernetes?: Readonly<Record<string, TerraformProvider>>;
  /** Connection of created Kubernetes providers, by cluster name. @default - kubeconfig context = cluster name */
  readonly kubernetesAccess?: Readonly<Record<string, KubernetesClusterAccess>>;
}

/** Resolves or creates the providers, lazily: a stack only gets the providers its resources use. */
export class AccessProviders extends Construct {
  private azureadProvider?: TerraformProvider;
  private azurermProvider?: TerraformProvider;
  private monitoringProvider?: TerraformProvider;
  private readonly clusters = new Map<string, TerraformProvider>();

  constructor(
    scope: Construct,
    id: string,
    private readonly props: AccessProvidersProps = {},
  ) {
    super(scope, id);
  }

  /** The azuread provider. */
  public get azuread(): TerraformProvider {
    this.azureadProvider ??= this.props.azuread ?? new AzureadProvider(this, 'azuread', {});
    return this.azureadProvider;
  }

  /** The azurerm provider. */
  public get azurerm(): TerraformProvider {
    this.azurermProvider ??=
      this.props.azurerm ??
      new AzurermProvider(this, 'azurerm', { features: [{}], resourceProviderRegistrations: 'none' });
    return this.azurermProvider;
  }

  /**
   * The azurerm provider of the monitoring resources, for the workspace's subscription (the model has one
   * workspace): `azurermMonitoring`, else the given `azurerm` when its `subscriptionId` is that subscription, else
   * (no `azurerm` given) one created with alias `monitoring` and `subscription_id` = that subscription.
   * @throws AccessModelError when `azurerm` is given without `azurermMonitoring` and is not known to target the
   * workspace's subscription.
   */
  public azurermMonitoring(settings: Pick<ResolvedMonitoring, 'workspaceId' | 'subscriptionId'>): TerraformProvider {
    this.monitoringProvider ??=
      this.props.azurermMonitoring ??
      (this.props.azurerm
        ? userAzurermForMonitoring(this.props.azurerm, settings)
        : new AzurermProvider(this, 'azurerm-monitoring', {
            alias: MONITORING_PROVIDER_ALIAS,
            subscriptionId: settings.subscriptionId,
            features: [{}],
            resourceProviderRegistrations: 'none',
          }));
    return this.monitoringProvider;
  }

  /** The Kubernetes provider of a cluster. */
  public kubernetes(cluster: string): TerraformProvider {
    let p = this.clusters.get(cluster) ?? this.props.kubernetes?.[cluster];
    if (!p) {
      const access = this.props.kubernetesAccess?.[cluster] ?? {};
      p = new KubernetesProvider(this, `kubernetes-${cluster}`, {
        alias: cluster,
        configPath: access.configPath ?? '~/.kube/config',
        configContext: access.configContext ?? cluster,
      });
    }
    this.clusters.set(cluster, p);
    return p;
  }
}
