/**
 * TaskAccessModel, the construct to use alone: the whole model in a stack of yours, with your providers, under
 * the construct in the tree.
 */
import { AzureadProvider } from '@cdktf/provider-azuread/lib/provider';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { Aspects, TerraformResource, TerraformStack, Testing } from 'cdktf';
import type { IConstruct } from 'constructs';
import { referenceOrganisation } from '../../examples/reference-org/definition';
import { TaskAccessModel } from '../../lib/constructs/task-access-model';
import { stackJson } from './synth-helper';

const resourcesUnder = (scope: IConstruct): TerraformResource[] =>
  scope.node.findAll().filter((c): c is TerraformResource => TerraformResource.isTerraformResource(c));

describe('TaskAccessModel in a stack of your own', () => {
  test('uses the providers you give and creates only the ones left out', () => {
    // GIVEN your stack with your azuread and azurerm providers
    const app = Testing.app();
    const stack = new TerraformStack(app, 'platform');
    const azuread = new AzureadProvider(stack, 'azuread', { tenantId: 'contoso-tenant' });
    const azurerm = new AzurermProvider(stack, 'azurerm', { features: [{}], subscriptionId: 'contoso-subscription' });

    // WHEN the model is built there with them
    const access = new TaskAccessModel(stack, 'access', {
      definition: referenceOrganisation,
      providers: { azuread, azurerm },
    });
    const tf = stackJson(Testing.synth(stack));

    // THEN the stack declares your two providers once each, and a Kubernetes provider per cluster (not given)
    const providers = tf.json.provider as Record<string, Record<string, unknown>[]>;
    expect(providers.azuread).toEqual([{ tenant_id: 'contoso-tenant' }]);
    expect(providers.azurerm.filter((p) => p.alias === undefined)).toEqual([
      { features: [{}], subscription_id: 'contoso-subscription' },
    ]);
    expect(providers.kubernetes.map((p) => p.alias).sort()).toEqual(
      referenceOrganisation.clusters?.map((c) => c.name).sort(),
    );
    // and every library resource is under the construct, none beside it
    expect(resourcesUnder(access).length).toBe(resourcesUnder(stack).length);
    expect(access.group('ROLE_DEVELOPER')).toBe(access.built.roles.get('ROLE_DEVELOPER')?.group);
  });

  test('an Aspect added to it visits each of its resources', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'platform');
    const access = new TaskAccessModel(stack, 'access', { definition: referenceOrganisation, report: false });
    const visited = new Set<IConstruct>();
    Aspects.of(access).add({ visit: (n) => void (TerraformResource.isTerraformResource(n) && visited.add(n)) });
    Testing.synth(stack);
    expect(visited.size).toBe(resourcesUnder(access).length);
  });
});
