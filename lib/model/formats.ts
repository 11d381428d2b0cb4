/** Formats Entra, Azure and networks accept: UUIDs, Azure resource IDs, IPv4 CIDR prefixes. */
import { parseAzureScope } from './azure-scope';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An Entra object ID: a UUID. */
export function isUuid(s: string): boolean {
  return UUID.test(s);
}

/**
 * An Azure scope: management group, subscription, resource group or resource ID, in the one case-insensitive
 * grammar of {@link parseAzureScope} (no `.`/`..` or empty segments, nothing Azure resolves differently).
 */
export function isAzureScope(s: string): boolean {
  return parseAzureScope(s).ok;
}

/** The subscription ID in a scope, or undefined for a management group scope. */
export function subscriptionOf(scope: string): string | undefined {
  return /^\/subscriptions\/([^/]+)/i.exec(scope)?.[1];
}

/** An IPv4 CIDR prefix such as 172.16.1.0/24. */
export function isCidr(s: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(s);
  return !!m && m.slice(1, 5).every((o) => Number(o) <= 255 && String(Number(o)) === o) && Number(m[5]) <= 32;
}
