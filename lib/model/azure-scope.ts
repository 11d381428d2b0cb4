/**
 * One grammar of Azure scopes (management group, subscription, resource group and resource IDs), case-insensitive
 * like Azure Resource Manager, that accepts a scope only when Azure acts on exactly the literal string: no `.` or
 * `..` segment (a URL resolver removes them or climbs to the parent, RFC 3986 section 5.2.4), no empty segment or
 * trailing `/`, no percent-encoding, `?`, `#`, backslash, whitespace, control or non-ASCII character.
 *
 * Names follow Azure's naming rules
 * (https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/resource-name-rules): a management
 * group or resource group name is 1-90 letters, digits, `_`, `-`, `.`, `(`, `)` and can't end with a period; a
 * resource name never contains `< > % & : \ ? / #` nor ends with a period (this grammar takes the printable ASCII
 * characters `- _ . ( ) ~ ! $ @ , ; = +` besides letters and digits, never `{` or `}`).
 */
import { describeNonAscii, describeSpaceOrControl, firstNonAscii, firstSpaceOrControl } from './characters';

/** What a scope designates. */
export type AzureScopeKind = 'managementGroup' | 'subscription' | 'resourceGroup' | 'resource';

/** A scope that follows the grammar, split into its parts (as written: compare them case-insensitively). */
export interface ParsedAzureScope {
  /** What the scope designates. */
  readonly kind: AzureScopeKind;
  /** The management group ID, for a management group scope. */
  readonly managementGroup?: string;
  /** The subscription ID, for every other scope. */
  readonly subscriptionId?: string;
  /** The resource group name, for a resource group or resource scope. */
  readonly resourceGroup?: string;
  /** The resource type, e.g. `Microsoft.KeyVault/vaults` or `Microsoft.Storage/storageAccounts/blobServices`. */
  readonly resourceType?: string;
  /** The resource name (the last segment), for a resource scope. */
  readonly resourceName?: string;
}

/** A string that is an Azure scope. */
export interface AzureScopeAccepted {
  /** Discriminant: the string is a scope. */
  readonly ok: true;
  /** Its parts. */
  readonly scope: ParsedAzureScope;
}

/** A string that is not an Azure scope. */
export interface AzureScopeRefused {
  /** Discriminant: the string is not a scope. */
  readonly ok: false;
  /** Why, for people, e.g. `it has a ".." segment, ...`. */
  readonly reason: string;
}

/** The result of {@link parseAzureScope}: the parts, or why the string is not a scope. */
export type AzureScopeResult = AzureScopeAccepted | AzureScopeRefused;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Management group and resource group names. */
const GROUP_NAME = /^[A-Za-z0-9_.()-]{1,90}$/;
const NAMESPACE = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)+$/;
const TYPE = /^[A-Za-z][A-Za-z0-9-]*$/;
/** Resource name characters: printable ASCII without the characters Azure names never contain (or `{`, `}`). */
const NAME = /^[A-Za-z0-9_.()~!$@,;=+-]{1,260}$/;

/** Why a scope's characters make Azure read something else than the literal string, or undefined. */
function characterProblem(s: string): string | undefined {
  const space = firstSpaceOrControl(s);
  if (space !== undefined) return `it contains ${describeSpaceOrControl(space)}`;
  const foreign = firstNonAscii(s);
  if (foreign !== undefined) return `it contains ${describeNonAscii(foreign)}`;
  if (s.includes('%'))
    return 'it contains "%": Azure decodes percent-encoding (%2F is "/", %2E is "."), so it would act on another path';
  if (s.includes('\\')) return 'it contains "\\", which some clients turn into "/"';
  if (/[?#]/.test(s))
    return 'it contains "?" or "#", which end the path of a URL: Azure would see only what precedes it';
  return undefined;
}

function groupNameProblem(what: string, name: string): string | undefined {
  if (!GROUP_NAME.test(name)) return `the ${what} "${name}" is not 1-90 letters, digits, "_", "-", ".", "(" and ")"`;
  if (name.endsWith('.')) return `the ${what} "${name}" ends with "." (Azure names can't end with a period)`;
  return undefined;
}

/**
 * The type and name of a resource from the segments after `.../providers`: a namespace, then type/name pairs; an
 * extension resource repeats `providers/<namespace>` before its own type/name pairs. A string says what is wrong.
 */
function resourceParts(segments: readonly string[]): string | { type: string; name: string } {
  const missing = 'a resource ID names a namespace, a resource type and a resource after "providers"';
  let namespace = segments[0] ?? '';
  const types: string[] = [];
  let name = '';
  for (let i = 1; i < segments.length; i += 2) {
    if (types.length > 0 && segments[i].toLowerCase() === 'providers') {
      namespace = segments[i + 1] ?? '';
      if (!NAMESPACE.test(namespace)) break;
      types.length = 0;
      continue;
    }
    const [type, n] = [segments[i], segments[i + 1]];
    if (!TYPE.test(type)) return `"${type}" is not a resource type (letters, digits and "-")`;
    if (n === undefined) return `the resource type "${type}" is not followed by a resource name`;
    if (!NAME.test(n) || n.endsWith('.'))
      return `the resource name "${n}" is not 1-260 letters, digits and - _ . ( ) ~ ! $ @ , ; = +, or ends with "."`;
    types.push(type);
    name = n;
  }
  if (!NAMESPACE.test(namespace))
    return namespace === ''
      ? missing
      : `"${namespace}" is not a resource provider namespace such as Microsoft.KeyVault`;
  if (types.length === 0) return missing;
  return { type: `${namespace}/${types.join('/')}`, name };
}

/**
 * Parses an Azure scope: `/providers/Microsoft.Management/managementGroups/<id>`, `/subscriptions/<uuid>`,
 * `/subscriptions/<uuid>/resourceGroups/<name>` or `/subscriptions/<uuid>/resourceGroups/<name>/providers/<namespace>/<type>/<name>[/<type>/<name>...]`,
 * every keyword case-insensitive. Anything Azure would resolve differently from the literal string is refused,
 * with the reason.
 */
export function parseAzureScope(s: string): AzureScopeResult {
  const fail = (reason: string): AzureScopeResult => ({ ok: false, reason });
  if (s === '') return fail('it is empty');
  if (s === '/') return fail('the root scope "/" is not accepted: name the tenant root management group instead');
  const chars = characterProblem(s);
  if (chars) return fail(chars);
  if (!s.startsWith('/')) return fail('it does not start with "/"');
  if (s.length > 1 && s.endsWith('/')) return fail('it ends with "/"');
  const segments = s.slice(1).split('/');
  const dot = segments.find((x) => x === '.' || x === '..');
  if (dot !== undefined)
    return fail(
      `it has a "${dot}" segment, which a URL resolver removes or uses to climb to the parent: Azure would act on another scope than the one written`,
    );
  if (segments.some((x) => x === '')) return fail('it has an empty segment ("//"), which a URL resolver collapses');
  const lower = segments.map((x) => x.toLowerCase());
  if (lower[0] === 'providers') {
    if (lower[1] !== 'microsoft.management' || lower[2] !== 'managementgroups' || segments.length !== 4)
      return fail(
        'a scope starting with /providers is a management group: /providers/Microsoft.Management/managementGroups/<id>',
      );
    const why = groupNameProblem('management group ID', segments[3]);
    return why ? fail(why) : { ok: true, scope: { kind: 'managementGroup', managementGroup: segments[3] } };
  }
  if (lower[0] !== 'subscriptions')
    return fail('a scope starts with /subscriptions/<uuid> or /providers/Microsoft.Management/managementGroups/<id>');
  const subscriptionId = segments[1];
  if (subscriptionId === undefined) return fail('"/subscriptions" is not followed by a subscription ID');
  if (!UUID.test(subscriptionId)) return fail(`the subscription ID "${subscriptionId}" is not a UUID`);
  if (segments.length === 2) return { ok: true, scope: { kind: 'subscription', subscriptionId } };
  if (lower[2] !== 'resourcegroups' || segments.length === 3)
    return fail('a subscription is followed by /resourceGroups/<name>');
  const resourceGroup = segments[3];
  const rg = groupNameProblem('resource group name', resourceGroup);
  if (rg) return fail(rg);
  if (segments.length === 4) return { ok: true, scope: { kind: 'resourceGroup', subscriptionId, resourceGroup } };
  if (lower[4] !== 'providers') return fail('a resource group is followed by /providers/<namespace>/<type>/<name>');
  const r = resourceParts(segments.slice(5));
  if (typeof r === 'string') return fail(r);
  return {
    ok: true,
    scope: { kind: 'resource', subscriptionId, resourceGroup, resourceType: r.type, resourceName: r.name },
  };
}

/**
 * The key two scopes are the same Azure scope by: Azure compares resource IDs case-insensitively, so
 * `/Subscriptions/X` and `/subscriptions/x` are one scope (a second role assignment at it gets 409 Conflict).
 */
export function azureScopeKey(scope: string): string {
  return scope.toLowerCase();
}
