/**
 * The providers the model's resources use: the user's own, or ones created in the stack.
 * One Kubernetes provider per cluster, aliased by the cluster's name.
 */
import { AzureadProvider } from '@cdktf/provider-azuread/lib/provider';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';

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
  /** @default - an `azurerm` provider with `features {}` and `resource_provider_registrations = "none"` */
  readonly azurerm?: TerraformProvider;
  /** Kubernetes providers by cluster name. @default - one provider per cluster, alias = cluster name */
  readonly kubernetes?: Readonly<Record<string, TerraformProvider>>;
  /** Connection of created Kubernetes providers, by cluster name. @default - kubeconfig context = cluster name */
  readonly kubernetesAccess?: Readonly<Record<string, KubernetesClusterAccess>>;
}

/** Resolves or creates the providers, lazily: a stack only gets the providers its resources use. */
export class AccessProviders extends Construct {
  private azureadProvider?: TerraformProvider;
  private azurermProvider?: TerraformProvider;
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
