import { Grants } from '../../../lib/model';
import { DEFAULT_RULE_LIMITS } from '../../../lib/rules/options';
import { vpnGroupLimit } from '../../../lib/rules/limits/vpn-group-limit';
import { minimal } from '../../fixtures/minimal';
import { violationsOf } from '../helpers';

const withPools = () => {
  const d = minimal();
  return {
    ...d,
    baselines: [
      ...d.baselines,
      { environment: 'PROD', service: 'VPN', action: 'ACCESS', grants: [Grants.vpnPool('172.16.1.0/24')] },
      { environment: 'DEV', service: 'VPN', action: 'ACCESS', grants: [Grants.vpnPool('172.16.2.0/24')] },
    ],
    vpn: { defaultAddressPrefixes: ['172.16.0.0/24'], defaultGroupObjectId: '0000a115-0000-4000-8000-000000000001' },
  };
};

describe('vpn-group-limit', () => {
  test('the default is 90 groups per gateway (VPN Gateway user groups); 2 pools and the default group comply', () => {
    expect(DEFAULT_RULE_LIMITS.vpnGroupsPerGateway).toBe(90);
    expect(violationsOf(vpnGroupLimit, withPools(), { limits: { vpnGroupsPerGateway: 3 } })).toEqual([]);
  });

  test('fails when the pools and the default group pass the limit', () => {
    expect(violationsOf(vpnGroupLimit, withPools(), { limits: { vpnGroupsPerGateway: 2 } })).toEqual([
      {
        path: 'baselines',
        message: '2 VPN pool baselines and the default group make 3 policy groups, more than a gateway takes (2)',
        value: 3,
        fix: 'merge pools that lead to the same network into one baseline',
      },
    ]);
  });
});
