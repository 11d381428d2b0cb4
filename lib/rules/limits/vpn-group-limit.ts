/** Rule `vpn-group-limit`: the point-to-site user groups (one per pool baseline, plus the default) fit one gateway (90). */
import { notApplicable, type Rule } from '../rule';

/** At most `limits.vpnGroupsPerGateway` (90) VPN policy groups, the default one included. */
export const vpnGroupLimit: Rule = {
  id: 'vpn-group-limit',
  level: 'error',
  suppressible: false,
  summary: 'at most 90 point-to-site VPN user groups per gateway, the default group included',
  source:
    'About user groups and IP address pools (https://learn.microsoft.com/azure/vpn-gateway/point-to-site-user-groups-about) (at most 90 groups per gateway)',
  check(ctx) {
    const pools = ctx.model.baselines.filter((b) => b.grants.some((g) => g.kind === 'vpnPool'));
    if (pools.length === 0) return notApplicable('no baseline grants a VPN pool');
    const groups = pools.length + 1;
    const limit = ctx.options.limits.vpnGroupsPerGateway;
    if (groups <= limit) return [];
    return [
      {
        path: 'baselines',
        message: `${pools.length} VPN pool baselines and the default group make ${groups} policy groups, more than a gateway takes (${limit})`,
        value: groups,
        fix: 'merge pools that lead to the same network into one baseline',
      },
    ];
  },
};
