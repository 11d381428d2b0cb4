/**
 * From an export of a tenant to a definition: the groups that follow the BASE_/TASK_/ROLE_ convention become the
 * definition's baselines, tasks and roles, with what links them (memberships, PIM schedules and policies) and what
 * the baselines grant (Azure role assignments, directory roles, Kubernetes bindings); every object taken is listed
 * with its import ID, and everything else is a finding naming the object and the definition change that would
 * express it. Pure: the export in, data out; the addresses are named by lib/constructs/plan/existing-addresses.ts.
 */
import { azureBuiltInRoles } from '../catalog/azure-roles';
import { directoryRoles, GLOBAL_ADMINISTRATOR_TEMPLATE_ID } from '../catalog/directory-roles';
import type {
  AccessModelDefinition,
  BaselineDefinition,
  BreakGlassAccount,
  CustomAzureRoleDefinition,
  HeldTask,
  JitPolicy,
  Member,
  RoleDefinition,
  TaskDefinition,
} from '../model/definition';
import type { Grant } from '../model/grants';
import { findHiddenCharacters } from '../model/hidden-characters';
import type { ExistingObject, ExistingTarget, ExportObjectRef } from './existing-object';
import { sortFindings, type AdoptionFinding, type AdoptionFindingKind } from './finding';
import type {
  ArmRoleAssignment,
  ArmRoleDefinition,
  GraphDirectoryObject,
  GraphGroup,
  GraphGroupSchedule,
} from './graph-shapes';
import { layerOfName, type LayerOfName } from './layer-names';
import { readPolicy } from './policy';
import type { TenantExport } from './tenant-export';

/** Options of {@link adoptTenant}. */
export interface AdoptOptions {
  /** The time schedules are compared with (expired or not). @default - now */
  readonly now?: Date;
  /**
   * Groups that don't follow the naming convention, by display name or object ID, and the BASE_, TASK_ or ROLE_
   * name each becomes (the first apply renames it). @default - none
   */
  readonly mapping?: Readonly<Record<string, string>>;
}

/** What {@link adoptTenant} makes of an export. */
export interface Adoption {
  /** The definition, with `existing.groups`; `existing.resources` is added once the addresses are named. */
  readonly definition: AccessModelDefinition;
  /** Every other object taken, with its import ID. */
  readonly objects: readonly ExistingObject[];
  /** What the definition does not take as it is. */
  readonly findings: readonly AdoptionFinding[];
}

/** The library's default group description (entra-group.ts), which the definition leaves out. */
const DEFAULT_DESCRIPTION = 'Managed by cdktf-task-access: ';

const USER = '#microsoft.graph.user';
const GROUP = '#microsoft.graph.group';
const SERVICE_PRINCIPAL = '#microsoft.graph.servicePrincipal';

type Layered = { readonly group: GraphGroup; readonly layer: LayerOfName };

const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const lastSegment = (id: string) => id.slice(id.lastIndexOf('/') + 1).toLowerCase();

/** A date-time as the definition writes it: ISO 8601 in UTC, to the second. */
function definitionTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Reads an export into a definition, the objects it adopts and the findings. */
export function adoptTenant(tenant: TenantExport, options: AdoptOptions = {}): Adoption {
  const now = (options.now ?? new Date()).getTime();
  const findings: AdoptionFinding[] = [];
  const objects: ExistingObject[] = [];
  const find = (kind: AdoptionFindingKind, object: ExportObjectRef, message: string, suggestion: string) =>
    findings.push({ kind, object, message, suggestion });
  const adopt = (target: ExistingTarget, importId: string, source: ExportObjectRef) =>
    objects.push({ target, importId, source });
  /** A finding when text copied from the export into the definition holds a hidden character (hidden-characters.ts). */
  const reported = new Set<string>();
  const copied = (object: ExportObjectRef, field: string, text: string | undefined): void => {
    const hidden = text === undefined ? [] : findHiddenCharacters(text);
    const key = `${object.id}|${field}`;
    if (hidden.length === 0 || reported.has(key)) return;
    reported.add(key);
    find(
      'hidden-character',
      object,
      `its ${field} holds ${hidden.map((h) => `${h.marker} at character ${h.position}`).join(', ')}, ` +
        'copied into the definition as it is; the rule hidden-character stops synthesis until it is retyped or suppressed',
      `retype the ${field} in the definition without ${hidden.length === 1 ? 'it' : 'them'} (applying it then ` +
        'changes the tenant to match), or suppress hidden-character at its element with the reason it is there',
    );
  };
  /** {@link description} of a group the definition takes, with a finding for a hidden character in it. */
  const groupDescription = (g: GraphGroup): { description?: string } => {
    const d = description(g);
    copied(groupRef(g), 'description', d.description);
    return d;
  };

  for (const file of tenant.incomplete)
    find(
      'incomplete-export',
      { what: 'export file', name: file, id: file },
      'its last page has an @odata.nextLink: the list goes on beyond what was exported',
      'export every page (az rest --url <@odata.nextLink> into the next page file) and import again',
    );

  for (const id of tenant.capped) {
    const g = tenant.groups.find((x) => x.id === id) as GraphGroup;
    find(
      'incomplete-export',
      groupRef(g),
      `${g.members?.length} members are expanded, the most $expand returns: the group may have more`,
      `export its members: az rest --url 'https://graph.microsoft.com/v1.0/groups/${g.id}/members' > members/${g.id}.json`,
    );
  }

  // ---- Groups by layer ---------------------------------------------------------------------------------------
  const groups = new Map<string, GraphGroup>();
  for (const g of tenant.groups) groups.set(g.id.toLowerCase(), g);
  const layered = new Map<string, Layered>();
  const mapping = options.mapping ?? {};
  const used = new Set<string>();
  for (const original of [...groups.values()].sort((a, b) => (a.displayName < b.displayName ? -1 : 1))) {
    const key = mapping[original.id] !== undefined ? original.id : original.displayName;
    const mapped = mapping[key];
    if (mapped !== undefined) used.add(key);
    const g = mapped !== undefined ? { ...original, displayName: mapped } : original;
    const layer = layerOfName(g.displayName);
    if (mapped !== undefined) {
      groups.set(g.id.toLowerCase(), g);
      find(
        layer ? 'assumption' : 'non-conforming-group',
        groupRef(original),
        layer
          ? `mapped to ${mapped}: the first apply renames the group to it`
          : `the mapping names it ${mapped}, which follows none of the BASE_/TASK_/ROLE_ conventions`,
        layer
          ? 'keep the mapping until the rename is applied'
          : 'map it to a BASE_<ENV>_<SERVICE>[_<SCOPE>]_<ACTION>, TASK_<ENV>_<NAME> or ROLE_<NAME> name',
      );
    }
    if (layer) layered.set(g.id.toLowerCase(), { group: g, layer });
    else if (mapped === undefined)
      find(
        'non-conforming-group',
        groupRef(g),
        'its name follows none of the BASE_<ENV>_<SERVICE>[_<SCOPE>]_<ACTION>, TASK_<ENV>_<NAME>, ROLE_<NAME> conventions',
        'rename it to the layer it is, or map it in a mapping file; as it is, it stays outside the definition (a role may still hold it as a member)',
      );
  }
  for (const key of Object.keys(mapping).sort())
    if (!used.has(key))
      find(
        'outside-export',
        { what: 'mapping entry', name: `${key} -> ${mapping[key]}`, id: key },
        'no group of the export has this display name or object ID',
        'fix the name or ID in the mapping file, or remove the entry',
      );
  const layerOf = (id: string) => layered.get(id.toLowerCase());
  const nameOf = (id: string) => layerOf(id)?.group.displayName;
  const describe = (id: string) => {
    const g = groups.get(id.toLowerCase());
    return g ? `${g.displayName} (${g.id})` : id;
  };

  // Activations in progress: the member is there because of PIM (assignment schedules of type `activated`).
  const activated = new Set<string>();
  for (const s of tenant.assignmentSchedules)
    if ((s.assignmentType ?? '').toLowerCase() === 'activated') {
      activated.add(`${s.groupId.toLowerCase()}|${s.principalId.toLowerCase()}`);
      find(
        'activation-in-progress',
        {
          ...scheduleRef('active assignment (activation)', s, describe),
          name: `${describe(s.principalId)} for ${describe(s.groupId)}, membership ${s.groupId}/member/${s.principalId}`,
        },
        'an activation in progress: the principal is a member of the group until it ends, not standing',
        'nothing to do: the eligibility it comes from is imported; import again once it has ended to see no member it added',
      );
    }
  // Time-bound active assignments (PIM assignment schedules with an end), by group and principal.
  const timeBound = new Map<string, GraphGroupSchedule>();
  for (const s of tenant.assignmentSchedules) {
    if ((s.assignmentType ?? '').toLowerCase() === 'activated' || s.accessId !== 'member') continue;
    const end = s.scheduleInfo?.expiration?.endDateTime;
    if (!end) continue; // a permanent assignment is the plain membership, listed in `members`
    timeBound.set(`${s.groupId.toLowerCase()}|${s.principalId.toLowerCase()}`, s);
  }
  const expired = (s: GraphGroupSchedule) => {
    const end = s.scheduleInfo?.expiration?.endDateTime;
    return end ? new Date(end).getTime() <= now : false;
  };

  // ---- Baselines: grants ----------------------------------------------------------------------------------------
  const builtInById = new Map(azureBuiltInRoles().map((r) => [r.id.toLowerCase(), r]));
  const directoryById = new Map(directoryRoles().map((r) => [r.templateId.toLowerCase(), r]));
  const customById = new Map<string, ArmRoleDefinition>();
  for (const d of tenant.azureRoleDefinitions) customById.set(lastSegment(d.id), d);
  const customUsed = new Map<string, CustomAzureRoleDefinition>();
  const grants = new Map<string, Grant[]>();
  const addGrant = (groupId: string, g: Grant) => {
    const k = groupId.toLowerCase();
    grants.set(k, [...(grants.get(k) ?? []), g]);
  };

  for (const a of tenant.azureRoleAssignments) {
    const ra = flatAssignment(a);
    const ref = {
      what: 'Azure role assignment',
      name: `${ra.roleDefinitionId} at ${ra.scope} to ${describe(ra.principalId)}`,
      id: a.id,
    };
    const holder = layerOf(ra.principalId);
    if (!holder || holder.layer.layer !== 'baseline') {
      find(
        holder ? 'role-holds-baseline' : 'outside-export',
        ref,
        holder
          ? `${holder.group.displayName} holds an Azure role directly: only baselines grant`
          : `assigned to ${ra.principalType ?? 'a principal'} ${ra.principalId}, which is no BASE_ group of the export`,
        holder
          ? `declare a baseline granting it and give ${holder.group.displayName} a task holding that baseline`
          : 'grant it through a baseline (a BASE_ group) and a task, or leave it outside the model (it is not imported)',
      );
      continue;
    }
    const baseline = holder.group.displayName;
    const guid = lastSegment(ra.roleDefinitionId);
    const builtIn = builtInById.get(guid);
    const custom = customById.get(guid);
    if (builtIn) {
      addGrant(ra.principalId, { kind: 'azureRole', role: builtIn.name, scope: ra.scope });
      adopt({ kind: 'azureRoleAssignment', baseline, roleName: builtIn.name, scope: ra.scope }, a.id, {
        ...ref,
        name: `${builtIn.name} at ${ra.scope} to ${baseline}`,
      });
    } else if (custom) {
      const def = customRole(custom);
      customUsed.set(def.name, def);
      addGrant(ra.principalId, { kind: 'azureCustomRole', customRole: def.name, scope: ra.scope });
      adopt({ kind: 'azureRoleAssignment', baseline, roleName: def.name, scope: ra.scope }, a.id, {
        ...ref,
        name: `${def.name} at ${ra.scope} to ${baseline}`,
      });
    } else
      find(
        'outside-export',
        ref,
        `role definition ${ra.roleDefinitionId} is neither a built-in role of the catalog nor a custom role of the export`,
        'export the custom role definitions (azure-role-definitions.json) and import again',
      );
  }
  for (const [name, def] of [...customUsed].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const raw = [...customById.values()].find((d) => customRole(d).name === name) as ArmRoleDefinition;
    copied({ what: 'Azure custom role', name, id: raw.id }, 'name', name);
    copied({ what: 'Azure custom role', name, id: raw.id }, 'description', def.description);
    adopt({ kind: 'customRole', name }, `${raw.id}|${def.assignableScopes[0]}`, {
      what: 'Azure custom role',
      name,
      id: raw.id,
    });
  }
  for (const d of tenant.azureRoleDefinitions)
    if (!customUsed.has(customRole(d).name))
      find(
        'outside-export',
        { what: 'Azure custom role', name: customRole(d).name, id: d.id },
        'no BASE_ group of the export is assigned this custom role',
        'declare it in customRoles when a baseline should grant it; as it is, it is not imported',
      );

  const breakGlass: BreakGlassAccount[] = [];
  for (const a of tenant.directoryRoleAssignments) {
    const role = directoryById.get(a.roleDefinitionId.toLowerCase());
    const ref = {
      what: 'directory role assignment',
      name: `${role?.name ?? a.roleDefinitionId} to ${describe(a.principalId)}`,
      id: a.id,
    };
    const holder = layerOf(a.principalId);
    if (holder?.layer.layer === 'baseline' && role && a.directoryScopeId === '/') {
      addGrant(a.principalId, { kind: 'directoryRole', role: role.name });
      adopt(
        { kind: 'directoryRoleAssignment', baseline: holder.group.displayName, roleName: role.name },
        `/roleManagement/directory/roleAssignments/${a.id}`,
        ref,
      );
    } else if (
      !groups.has(a.principalId.toLowerCase()) &&
      a.roleDefinitionId.toLowerCase() === GLOBAL_ADMINISTRATOR_TEMPLATE_ID &&
      a.directoryScopeId === '/'
    ) {
      breakGlass.push({ objectId: a.principalId, globalAdministratorAssignmentId: a.id });
      find(
        'assumption',
        ref,
        'a principal holding Global Administrator directly is taken as a break-glass account',
        'keep it in breakGlass only if it is an emergency access account; otherwise grant Global Administrator through a just-in-time baseline and remove the direct assignment',
      );
    } else
      find(
        holder ? 'role-holds-baseline' : 'direct-directory-role',
        ref,
        holder
          ? `${holder.group.displayName} holds a directory role directly: only baselines grant`
          : `${role?.name ?? a.roleDefinitionId} is assigned to ${describe(a.principalId)} directly${a.directoryScopeId === '/' ? '' : ` at ${a.directoryScopeId}`}`,
        'grant it through a role-assignable baseline (Grants.directoryRole) held just in time, or leave it outside the model (it is not imported)',
      );
  }

  const clusterEnvironments = new Map<string, string>();
  for (const c of tenant.clusters)
    for (const b of c.bindings) {
      const namespaced = b.kind === 'RoleBinding';
      const id = namespaced ? `${b.metadata.namespace ?? 'default'}/${b.metadata.name}` : b.metadata.name;
      const ref = { what: `Kubernetes ${b.kind ?? 'binding'}`, name: `${c.cluster}: ${id}`, id };
      const subjects = b.subjects ?? [];
      const holders = subjects.filter((s) => s.kind === 'Group' && layerOf(s.name)?.layer.layer === 'baseline');
      if (holders.length === 0) {
        find(
          'outside-export',
          ref,
          `its subjects (${subjects.map((s) => `${s.kind} ${s.name}`).join(', ') || 'none'}) are no BASE_ group of the export`,
          'bind it to a baseline group instead (Grants.clusterRoleInNamespace / clusterRoleClusterWide), or leave it outside the model (it is not imported)',
        );
        continue;
      }
      const holder = layerOf((holders[0] as { name: string }).name) as Layered;
      if (subjects.length > 1 || b.roleRef.kind !== 'ClusterRole') {
        find(
          'inexpressible-binding',
          ref,
          subjects.length > 1
            ? `it binds ${subjects.length} subjects; a baseline's binding binds its group alone`
            : `it binds the Role ${b.roleRef.name}; the definition binds built-in ClusterRoles or its own rules`,
          subjects.length > 1
            ? `split it: one binding per baseline group (${holder.group.displayName} gets its own)`
            : `give ${holder.group.displayName} the Role's rules as Grants.rulesInNamespace`,
        );
        continue;
      }
      const env = (holder.layer as { environment: string }).environment;
      if (!clusterEnvironments.has(c.cluster)) clusterEnvironments.set(c.cluster, env);
      addGrant(
        holder.group.id,
        namespaced
          ? {
              kind: 'kubernetes',
              cluster: c.cluster,
              namespace: b.metadata.namespace ?? 'default',
              clusterRole: b.roleRef.name,
            }
          : { kind: 'kubernetes', cluster: c.cluster, clusterWide: true, clusterRole: b.roleRef.name },
      );
      adopt(
        {
          kind: 'kubernetesBinding',
          baseline: holder.group.displayName,
          cluster: c.cluster,
          namespace: namespaced ? (b.metadata.namespace ?? 'default') : null,
          clusterRole: b.roleRef.name,
        },
        id,
        ref,
      );
    }

  // ---- Layers ---------------------------------------------------------------------------------------------------
  const baselines: BaselineDefinition[] = [];
  const adoptedGroups: Record<string, string> = {};
  const taken = new Set<string>(); // group IDs taken into the definition
  for (const { group: g, layer } of layered.values()) {
    if (layer.layer !== 'baseline') continue;
    const list = grants.get(g.id.toLowerCase()) ?? [];
    if (list.length === 0) {
      find(
        'baseline-without-grants',
        groupRef(g),
        'the export shows nothing it grants (no Azure role, directory role or Kubernetes binding); a VPN pool is configured on the gateway, not in these lists',
        `declare the baseline by hand with its grants (e.g. Grants.vpnPool(...)) and add it to existing.groups as ${g.displayName}: '${g.id}'`,
      );
      continue;
    }
    taken.add(g.id.toLowerCase());
    adoptedGroups[g.displayName] = g.id;
    const hasDirectoryRole = list.some((x) => x.kind === 'directoryRole');
    baselines.push({
      environment: layer.environment,
      service: layer.service,
      ...(layer.scope ? { scope: layer.scope } : {}),
      action: layer.action,
      ...groupDescription(g),
      ...(g.isAssignableToRole === true && !hasDirectoryRole ? { roleAssignable: true } : {}),
      grants: sortGrants(list),
    });
  }

  const taskBaselines = new Map<string, string[]>();
  const tasks: TaskDefinition[] = [];
  const standing = new Map<string, HeldTask[]>();
  const eligible = new Map<string, HeldTask[]>();
  const members = new Map<string, Member[]>();
  const push = <T>(m: Map<string, T[]>, k: string, v: T) => m.set(k, [...(m.get(k) ?? []), v]);

  // Memberships: who is a member of which layer group.
  for (const { group: g, layer } of layered.values()) {
    const untaken = layer.layer === 'baseline' && !taken.has(g.id.toLowerCase());
    for (const m of g.members ?? []) {
      const pair = `${g.id.toLowerCase()}|${m.id.toLowerCase()}`;
      if (activated.has(pair)) continue;
      const ref = { what: 'membership', name: `${memberName(m)} in ${g.displayName}`, id: `${g.id}/member/${m.id}` };
      if (untaken) {
        find(
          'baseline-without-grants',
          ref,
          `${g.displayName} is left out (the export shows nothing it grants), so this membership is too`,
          `declare ${g.displayName} by hand, then list it in the baselines of the task that holds it`,
        );
        continue;
      }
      const inner = layerOf(m.id);
      const bound = timeBound.get(pair);
      if (layer.layer === 'baseline') {
        if (inner?.layer.layer === 'task') {
          if (inner.layer.environment !== layer.environment) {
            find(
              'task-environment-mismatch',
              ref,
              `${inner.group.displayName} (${inner.layer.environment}) holds ${g.displayName} (${layer.environment}): a task holds baselines of its own environment`,
              `give ${inner.group.displayName} a baseline of ${inner.layer.environment}, or move this access to a task of ${layer.environment}`,
            );
            continue;
          }
          push(taskBaselines, inner.group.id.toLowerCase(), g.displayName);
          adopt(
            { kind: 'membership', group: g.displayName, member: inner.group.displayName, memberIsGroup: true },
            ref.id,
            ref,
          );
        } else if (inner?.layer.layer === 'role')
          find(
            'role-holds-baseline',
            ref,
            `${inner.group.displayName} is a member of ${g.displayName}: roles hold tasks, never baselines`,
            `declare a task holding ${g.displayName} and give it to ${inner.group.displayName} (standing or eligible)`,
          );
        else
          find(
            inner ? 'unexpected-nesting' : 'direct-baseline-grant',
            ref,
            `${memberName(m)} is a member of ${g.displayName} directly`,
            `give ${memberName(m)} a role whose task holds ${g.displayName} (roles -> tasks -> baselines)`,
          );
      } else if (layer.layer === 'task') {
        if (inner?.layer.layer === 'role') {
          if (bound) {
            if (expired(bound)) {
              find(
                'expired-schedule',
                scheduleRef('active assignment', bound, describe),
                'the time-bound assignment has ended',
                'nothing to do: it is not imported',
              );
              continue;
            }
            push(standing, inner.group.id.toLowerCase(), {
              task: g.displayName as `TASK_${string}`,
              until: definitionTime(bound.scheduleInfo?.expiration?.endDateTime as string),
            });
            adopt(
              { kind: 'assignment', role: inner.group.displayName, task: g.displayName },
              bound.id,
              scheduleRef('active assignment', bound, describe),
            );
          } else {
            push(standing, inner.group.id.toLowerCase(), g.displayName as `TASK_${string}`);
            adopt(
              { kind: 'membership', group: g.displayName, member: inner.group.displayName, memberIsGroup: true },
              ref.id,
              ref,
            );
          }
        } else
          find(
            inner ? 'unexpected-nesting' : 'direct-task-grant',
            ref,
            `${memberName(m)} is a member of ${g.displayName} directly, not through a role`,
            inner
              ? `remove ${inner.group.displayName} from ${g.displayName}: tasks hold baselines, roles hold tasks`
              : `add ${memberName(m)} to a role holding ${g.displayName}`,
          );
      } else {
        if (inner?.layer.layer === 'role') {
          find(
            'nested-role',
            ref,
            `${inner.group.displayName} is a member of ${g.displayName}: role groups are never nested`,
            `give ${inner.group.displayName} \`inherits: ['${g.displayName}']\` (what the nesting gives its members) and remove it from ${g.displayName}`,
          );
          continue;
        }
        if (inner) {
          find(
            'unexpected-nesting',
            ref,
            `${inner.group.displayName} is a member of the role group ${g.displayName}`,
            `give ${g.displayName} the task instead (standing or eligible)`,
          );
          continue;
        }
        const member = memberOf(m);
        copied({ what: 'member', name: memberName(m), id: m.id }, 'display name', member?.displayName);
        if (!member) {
          find(
            'outside-export',
            ref,
            `a ${m['@odata.type'] ?? 'directory object'} is no member kind the definition knows (user, group, service principal)`,
            'remove it from the role group, or leave it (it is not imported)',
          );
          continue;
        }
        if (bound) {
          if (expired(bound)) {
            find(
              'expired-schedule',
              scheduleRef('active assignment', bound, describe),
              'the time-bound membership has ended',
              'nothing to do: it is not imported',
            );
            continue;
          }
          push(members, g.id.toLowerCase(), {
            ...member,
            until: definitionTime(bound.scheduleInfo?.expiration?.endDateTime as string),
          } as Member);
          adopt(
            { kind: 'assignment', role: g.displayName, member: m.id },
            bound.id,
            scheduleRef('active assignment', bound, describe),
          );
        } else {
          push(members, g.id.toLowerCase(), member);
          adopt({ kind: 'membership', group: g.displayName, member: m.id, memberIsGroup: false }, ref.id, ref);
        }
      }
    }
  }

  // Eligibilities.
  const eligibleTasks = new Set<string>();
  for (const s of tenant.eligibilitySchedules) {
    const ref = scheduleRef('eligibility', s, describe);
    const target = layerOf(s.groupId);
    const principal = layerOf(s.principalId);
    if (s.accessId !== 'member') {
      find(
        'inexpressible-policy',
        ref,
        'an eligibility for ownership of the group; the definition makes members eligible',
        'remove it, or manage group owners outside the definition (it is not imported)',
      );
      continue;
    }
    if (!target || (!groups.has(s.principalId.toLowerCase()) && !principal && target.layer.layer !== 'task')) {
      find(
        'outside-export',
        ref,
        `${describe(s.groupId)} or ${describe(s.principalId)} is no group of the export`,
        'export the groups again (groups.json) and import again',
      );
      continue;
    }
    if (expired(s)) {
      find(
        'expired-schedule',
        ref,
        `the eligibility ended at ${s.scheduleInfo?.expiration?.endDateTime}`,
        'nothing to do: it is not imported; renew it in the definition if it is still needed',
      );
      continue;
    }
    const end = s.scheduleInfo?.expiration?.endDateTime;
    if (target.layer.layer === 'task' && principal?.layer.layer === 'role') {
      push(
        eligible,
        principal.group.id.toLowerCase(),
        end
          ? { task: target.group.displayName as `TASK_${string}`, until: definitionTime(end) }
          : (target.group.displayName as `TASK_${string}`),
      );
      eligibleTasks.add(target.group.id.toLowerCase());
      adopt(
        { kind: 'eligibility', principal: principal.group.displayName, group: target.group.displayName },
        s.id,
        ref,
      );
    } else if (
      target.layer.layer === 'baseline' &&
      principal?.layer.layer === 'role' &&
      taken.has(target.group.id.toLowerCase())
    )
      // A role-assignable baseline is reached by an eligibility of each role whose just-in-time task holds it.
      adopt(
        { kind: 'eligibility', principal: principal.group.displayName, group: target.group.displayName },
        s.id,
        ref,
      );
    else
      find(
        target.layer.layer === 'baseline'
          ? principal?.layer.layer === 'role'
            ? 'role-holds-baseline'
            : 'direct-baseline-grant'
          : target.layer.layer === 'task'
            ? 'direct-task-grant'
            : 'nested-role',
        ref,
        `${describe(s.principalId)} is eligible for ${target.group.displayName}, which the model does not link that way`,
        target.layer.layer === 'task'
          ? `make ${describe(s.principalId)} a member of a role eligible for ${target.group.displayName}`
          : `make it eligible for a task holding it, through a role`,
      );
  }

  // Policies of the tasks held just in time.
  const policies = new Map(
    tenant.policyAssignments
      .filter((p) => p.scopeType === 'Group' && p.roleDefinitionId === 'member')
      .map((p) => [p.scopeId.toLowerCase(), p]),
  );
  const roleOfGroup = (id: string) => (layerOf(id)?.layer.layer === 'role' ? nameOf(id) : undefined);
  for (const { group: g, layer } of layered.values()) {
    if (layer.layer !== 'task') continue;
    const ref = groupRef(g);
    const held = taskBaselines.get(g.id.toLowerCase()) ?? [];
    if (held.length === 0) {
      find(
        'outside-export',
        ref,
        'the task group holds no baseline the definition takes',
        `make ${g.displayName} a member of its baselines' groups, or remove it`,
      );
      continue;
    }
    taken.add(g.id.toLowerCase());
    adoptedGroups[g.displayName] = g.id;
    const p = policies.get(g.id.toLowerCase());
    let jit: JitPolicy | undefined;
    if (eligibleTasks.has(g.id.toLowerCase())) {
      const read = readPolicy(p?.policy?.rules ?? [], roleOfGroup);
      jit = read.jit;
      for (const why of read.inexpressible)
        find(
          'inexpressible-policy',
          { what: 'PIM policy', name: `policy of ${g.displayName}`, id: p?.policyId ?? g.id },
          `the definition can't express ${why}`,
          `choose the nearest the definition takes in ${g.displayName}.jit; the first apply sets it`,
        );
      if (p)
        adopt({ kind: 'policy', group: g.displayName }, p.policyId, {
          what: 'PIM policy',
          name: `policy of ${g.displayName}`,
          id: p.policyId,
        });
      else
        find(
          'assumption',
          ref,
          "no PIM policy of the group is in the export: the definition's defaults are assumed",
          'export the policy assignments (policy-assignments.json) and import again',
        );
    }
    tasks.push({
      environment: layer.environment,
      name: layer.name,
      ...groupDescription(g),
      baselines: [...held].sort() as `BASE_${string}`[],
      ...(jit ? { jit } : {}),
    });
  }
  for (const p of tenant.policyAssignments) {
    const owner = layerOf(p.scopeId);
    if (owner?.layer.layer === 'task' && eligibleTasks.has(p.scopeId.toLowerCase()) && p.roleDefinitionId === 'member')
      continue;
    find(
      'outside-export',
      { what: 'PIM policy', name: `${p.roleDefinitionId} policy of ${describe(p.scopeId)}`, id: p.policyId },
      'the definition manages the member policy of just-in-time tasks only',
      'nothing to do: it is not imported',
    );
  }

  const roles: RoleDefinition[] = [];
  const taskNames = new Set(tasks.map((t) => `TASK_${t.environment}_${t.name}`));
  for (const { group: g, layer } of layered.values()) {
    if (layer.layer !== 'role') continue;
    const k = g.id.toLowerCase();
    const keep = (h: HeldTask) => taskNames.has(typeof h === 'string' ? h : h.task);
    const s = (standing.get(k) ?? []).filter(keep).sort(byHeld);
    const e = (eligible.get(k) ?? []).filter(keep).sort(byHeld);
    const m = (members.get(k) ?? []).sort((a, b) => (memberSort(a) < memberSort(b) ? -1 : 1));
    taken.add(k);
    adoptedGroups[g.displayName] = g.id;
    roles.push({
      name: layer.name,
      ...groupDescription(g),
      ...(s.length ? { standing: s } : {}),
      ...(e.length ? { eligible: e } : {}),
      ...(m.length ? { members: m } : {}),
    });
  }

  // Owners: those of every adopted group become settings.groupOwners; the others are findings.
  const ownerSets = [...taken]
    .map((id) => (groups.get(id) as GraphGroup).owners)
    .filter((o): o is readonly GraphDirectoryObject[] => o !== undefined);
  let groupOwners: string[] = [];
  if (ownerSets.length > 0) {
    const all = ownerSets.length === taken.size;
    groupOwners = all
      ? ownerSets
          .reduce<string[]>(
            (acc, o, i) => (i === 0 ? o.map((x) => x.id) : acc.filter((id) => o.some((x) => x.id === id))),
            [],
          )
          .sort()
      : [];
    for (const id of [...taken].sort()) {
      const g = groups.get(id) as GraphGroup;
      for (const o of g.owners ?? [])
        if (!groupOwners.includes(o.id))
          find(
            'extra-owner',
            { what: 'group owner', name: `${memberName(o)} owns ${g.displayName}`, id: o.id },
            `${memberName(o)} owns ${g.displayName} but not every group of the definition`,
            `remove the owner (owners manage membership outside the definition), or list it in settings.groupOwners to own every group`,
          );
    }
    if (groupOwners.length > 0)
      find(
        'assumption',
        { what: 'group owners', name: 'settings.groupOwners', id: groupOwners.join(',') },
        'the owners every adopted group has are taken as settings.groupOwners',
        'if one of them is the identity that applies the Terraform, move it to settings.deployingIdentityObjectId',
      );
  }

  // ---- The definition --------------------------------------------------------------------------------------------
  const environments = [
    ...new Set([...baselines.map((b) => b.environment), ...tasks.map((t) => t.environment)]),
  ].sort();
  for (const env of environments)
    if (/^PROD/.test(env))
      find(
        'assumption',
        { what: 'environment', name: env, id: env },
        `${env} is taken as a protected environment (its groups get prevent_destroy)`,
        `set protected: false on ${env} if it is not production`,
      );
  const clusters = [...clusterEnvironments]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, environment]) => ({ name, environment }));
  const definition: AccessModelDefinition = {
    environments: environments.map((name) => (/^PROD/.test(name) ? { name, protected: true } : { name })),
    ...(clusters.length ? { clusters } : {}),
    ...(customUsed.size ? { customRoles: [...customUsed.values()].sort(byName) } : {}),
    baselines: baselines.sort((a, b) => (baselineKey(a) < baselineKey(b) ? -1 : 1)),
    tasks: tasks.sort((a, b) => (`${a.environment}_${a.name}` < `${b.environment}_${b.name}` ? -1 : 1)),
    roles: roles.sort(byName),
    ...(breakGlass.length ? { breakGlass: breakGlass.sort((a, b) => (a.objectId < b.objectId ? -1 : 1)) } : {}),
    ...(groupOwners.length ? { settings: { groupOwners } } : {}),
    existing: { groups: Object.fromEntries(Object.entries(adoptedGroups).sort(([a], [b]) => (a < b ? -1 : 1))) },
  };
  return {
    definition,
    objects: objects.sort((a, b) => (a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : 0)),
    findings: sortFindings(findings),
  };
}

function groupRef(g: GraphGroup): ExportObjectRef {
  return { what: 'group', name: g.displayName, id: g.id };
}

function scheduleRef(what: string, s: GraphGroupSchedule, describe: (id: string) => string): ExportObjectRef {
  return { what, name: `${describe(s.principalId)} for ${describe(s.groupId)}`, id: s.id };
}

function memberName(m: GraphDirectoryObject): string {
  return `${m.userPrincipalName ?? m.displayName ?? m.id} (${m.id})`;
}

function memberOf(m: GraphDirectoryObject): Member | undefined {
  const shown = m.userPrincipalName ?? m.displayName ?? undefined;
  const displayName = shown ? { displayName: shown } : {};
  switch (m['@odata.type']) {
    case USER:
      return { kind: 'user', objectId: m.id, ...displayName };
    case GROUP:
      return { kind: 'group', objectId: m.id, ...displayName };
    case SERVICE_PRINCIPAL:
      return { kind: 'servicePrincipal', objectId: m.id, ...displayName };
    default:
      return undefined;
  }
}

function memberSort(m: Member): string {
  return m.kind === 'application' ? `app:${m.application}` : (m.objectId ?? m.userPrincipalName ?? '');
}

function byHeld(a: HeldTask, b: HeldTask): number {
  const x = typeof a === 'string' ? a : a.task;
  const y = typeof b === 'string' ? b : b.task;
  return x < y ? -1 : x > y ? 1 : 0;
}

function baselineKey(b: BaselineDefinition): string {
  return `BASE_${b.environment}_${b.service}${b.scope ? `_${b.scope}` : ''}_${b.action}`;
}

function description(g: GraphGroup): { description?: string } {
  const d = g.description ?? undefined;
  return d && d !== `${DEFAULT_DESCRIPTION}${g.displayName}` ? { description: d } : {};
}

function grantKey(g: Grant): string {
  switch (g.kind) {
    case 'azureRole':
      return `1|${g.role}|${g.scope}`;
    case 'azureCustomRole':
      return `2|${g.customRole}|${g.scope}`;
    case 'directoryRole':
      return `3|${g.role}`;
    case 'kubernetes':
      return `4|${g.cluster}|${g.namespace ?? ''}|${g.clusterRole ?? ''}`;
    case 'vpnPool':
      return `5|${g.addressPrefixes.join(',')}`;
  }
}

function sortGrants(grants: readonly Grant[]): Grant[] {
  return [...grants].sort((a, b) => (grantKey(a) < grantKey(b) ? -1 : 1));
}

function flatAssignment(a: ArmRoleAssignment): {
  principalId: string;
  principalType?: string;
  roleDefinitionId: string;
  scope: string;
} {
  if (a.properties) return a.properties;
  return {
    principalId: a.principalId ?? '',
    principalType: a.principalType,
    roleDefinitionId: a.roleDefinitionId ?? '',
    scope: a.scope ?? '',
  };
}

function customRole(d: ArmRoleDefinition): CustomAzureRoleDefinition {
  const p = d.properties;
  const name = p?.roleName ?? d.roleName ?? d.name;
  const description = p?.description ?? d.description ?? undefined;
  const perms = p?.permissions ?? d.permissions ?? [];
  const collect = (k: 'actions' | 'notActions' | 'dataActions' | 'notDataActions') =>
    [...new Set(perms.flatMap((x) => x[k] ?? []))].sort();
  const notActions = collect('notActions');
  const dataActions = collect('dataActions');
  const notDataActions = collect('notDataActions');
  return {
    name,
    ...(description ? { description } : {}),
    actions: collect('actions'),
    ...(notActions.length ? { notActions } : {}),
    ...(dataActions.length ? { dataActions } : {}),
    ...(notDataActions.length ? { notDataActions } : {}),
    assignableScopes: [...(p?.assignableScopes ?? d.assignableScopes ?? [])],
  };
}
