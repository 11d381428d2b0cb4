/**
 * The VPN pools of the baselines as point-to-site user groups, ready for the user's own
 * `VirtualNetworkGateway`: `policyGroup` (Entra group object ID per pool) and
 * `vpnClientConfiguration.virtualNetworkGatewayClientConnection` (pool address prefixes per group).
 * Preview, OpenVPN only, at most 90 groups per gateway (azure-docs point-to-site-user-groups-about.md).
 */
import type {
  VirtualNetworkGatewayPolicyGroup,
  VirtualNetworkGatewayVpnClientConfigurationVirtualNetworkGatewayClientConnection,
} from '@cdktf/provider-azurerm/lib/virtual-network-gateway';
import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import type { ResolvedBaseline } from '../model/resolved';

/** Name of the default policy group and client connection. */
export const DEFAULT_VPN_GROUP = 'default';

/** Props of {@link VpnUserGroups}. */
export interface VpnUserGroupsProps {
  /** Baselines holding a VPN pool, with their group object IDs. */
  readonly pools: readonly {
    /** The baseline granting the pool. */
    readonly baseline: ResolvedBaseline;
    /** Object ID of the baseline's group. */
    readonly groupObjectId: string;
  }[];
  /** The default pool, for VPN users in no pool baseline. */
  readonly defaultAddressPrefixes: readonly string[];
  /** Object ID of the existing group of every VPN user (the default policy group's member). */
  readonly defaultGroupObjectId: string;
}

/** Policy groups and client connections for a point-to-site VPN gateway, and a `vpn_user_groups` output. */
export class VpnUserGroups extends Construct {
  /** For `VirtualNetworkGateway.policyGroup`. Pools get priorities 1..n by name; the default group comes last. */
  public readonly policyGroups: VirtualNetworkGatewayPolicyGroup[];
  /** For `vpnClientConfiguration.virtualNetworkGatewayClientConnection`. */
  public readonly clientConnections: VirtualNetworkGatewayVpnClientConfigurationVirtualNetworkGatewayClientConnection[];

  /** Built by {@link TaskAccessModel} and {@link TaskAccessStacks} from the resolved model, not on its own. @internal */
  constructor(scope: Construct, id: string, props: VpnUserGroupsProps) {
    super(scope, id);
    const pools = [...props.pools].sort((a, b) => (a.baseline.name < b.baseline.name ? -1 : 1));
    this.policyGroups = [
      ...pools.map((p, i) => ({
        name: p.baseline.name,
        isDefault: false,
        priority: i + 1,
        policyMember: [{ name: p.baseline.name, type: 'AADGroupId', value: p.groupObjectId }],
      })),
      {
        name: DEFAULT_VPN_GROUP,
        isDefault: true,
        priority: pools.length + 1,
        policyMember: [{ name: DEFAULT_VPN_GROUP, type: 'AADGroupId', value: props.defaultGroupObjectId }],
      },
    ];
    this.clientConnections = [
      ...pools.map((p) => ({
        name: p.baseline.name,
        policyGroupNames: [p.baseline.name],
        addressPrefixes: p.baseline.grants.flatMap((g) => (g.kind === 'vpnPool' ? [...g.addressPrefixes] : [])),
      })),
      {
        name: DEFAULT_VPN_GROUP,
        policyGroupNames: [DEFAULT_VPN_GROUP],
        addressPrefixes: [...props.defaultAddressPrefixes],
      },
    ];
    new TerraformOutput(this, 'output', {
      value: {
        policy_groups: this.policyGroups.map((g) => ({
          name: g.name,
          is_default: g.isDefault,
          priority: g.priority,
          policy_member: (g.policyMember as { name: string; type: string; value: string }[]).map((m) => ({ ...m })),
        })),
        client_connections: this.clientConnections.map((c) => ({
          name: c.name,
          policy_group_names: c.policyGroupNames,
          address_prefixes: c.addressPrefixes,
        })),
      },
      description: 'Point-to-site user groups: put policy_groups and client_connections on your VPN gateway',
    }).overrideLogicalId('vpn_user_groups');
  }
}
