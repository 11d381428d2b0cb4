/** The shipped catalogs: Azure built-in roles, Entra directory roles, Kubernetes default ClusterRoles. */
import {
  AZURE_ROLES_SOURCE,
  GLOBAL_ADMINISTRATOR_TEMPLATE_ID,
  azureBuiltInRoles,
  directoryRoles,
  findAzureBuiltInRole,
  findDirectoryRole,
  findKubernetesClusterRole,
  kubernetesClusterRoleNames,
} from '../../lib/catalog';
import { isUuid } from '../../lib/model';

describe('Azure built-in roles', () => {
  test('finds a role by its exact name, with its GUID', () => {
    expect(findAzureBuiltInRole('Key Vault Secrets Officer')?.id).toBe('b86a8fe4-44ce-4948-aee5-eccb2c155cd7');
    expect(findAzureBuiltInRole('Reader')?.id).toBe('acdd72a7-3385-48ef-bd42-f606fba81ae7');
  });

  test('is exact: other spellings and unknown names are not found', () => {
    expect(findAzureBuiltInRole('key vault secrets officer')).toBeUndefined();
    expect(findAzureBuiltInRole('Key Vault Secret Officer')).toBeUndefined();
  });

  test('holds the 928 roles of the source, unique names, UUID ids, and names its source', () => {
    const roles = azureBuiltInRoles();
    expect(roles).toHaveLength(928);
    expect(new Set(roles.map((r) => r.name)).size).toBe(roles.length);
    expect(roles.every((r) => isUuid(r.id))).toBe(true);
    expect(AZURE_ROLES_SOURCE).toContain('@ db0b2258505032bd004bc356dd3eec87250d5b99');
  });
});

describe('Entra directory roles', () => {
  test('finds a role by name, with its template ID', () => {
    expect(findDirectoryRole('Global Reader')?.templateId).toBe('f2ef992c-3afb-46b9-b7cf-a126ee74c451');
    expect(findDirectoryRole('Global Administrator')?.templateId).toBe(GLOBAL_ADMINISTRATOR_TEMPLATE_ID);
    expect(findDirectoryRole('Global Reeder')).toBeUndefined();
  });

  test('has unique names and UUID template IDs', () => {
    const roles = directoryRoles();
    expect(new Set(roles.map((r) => r.name)).size).toBe(roles.length);
    expect(roles.every((r) => isUuid(r.templateId))).toBe(true);
  });
});

describe('Kubernetes default ClusterRoles', () => {
  const key = (r: unknown) => JSON.stringify(r);
  const includes = (outer: string, inner: string) => {
    const rules = new Set(findKubernetesClusterRole(outer)?.rules.map(key));
    return findKubernetesClusterRole(inner)?.rules.every((r) => rules.has(key(r)));
  };

  test('offers cluster-admin, admin, edit and view', () => {
    expect(kubernetesClusterRoleNames()).toEqual(['cluster-admin', 'admin', 'edit', 'view']);
    expect(findKubernetesClusterRole('viewer')).toBeUndefined();
  });

  test('carries aggregated rules: view is within edit, edit within admin', () => {
    expect(includes('edit', 'view')).toBe(true);
    expect(includes('admin', 'edit')).toBe(true);
    expect(includes('view', 'edit')).toBe(false);
  });

  test('view only reads; cluster-admin allows everything', () => {
    expect(
      findKubernetesClusterRole('view')
        ?.rules.flatMap((r) => r.verbs)
        .every((v) => ['get', 'list', 'watch'].includes(v)),
    ).toBe(true);
    expect(findKubernetesClusterRole('cluster-admin')?.rules[0]).toEqual({
      apiGroups: ['*'],
      resources: ['*'],
      verbs: ['*'],
    });
  });
});
