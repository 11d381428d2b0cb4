/**
 * Which layer a group's display name puts it in, read back from the naming convention
 * (`BASE_<ENV>_<SERVICE>[_<SCOPE>]_<ACTION>`, `TASK_<ENV>_<NAME>`, `ROLE_<NAME>`), or none.
 */
import { WORD_PATTERN } from '../model/names';

/** A group's place in the model, from its name. */
export type LayerOfName =
  | {
      readonly layer: 'baseline';
      readonly environment: string;
      readonly service: string;
      readonly scope?: string;
      readonly action: string;
    }
  | { readonly layer: 'task'; readonly environment: string; readonly name: string }
  | { readonly layer: 'role'; readonly name: string };

const PART = /^[A-Z0-9]+$/;

/** The layer a display name follows the convention of, or undefined. */
export function layerOfName(displayName: string): LayerOfName | undefined {
  const words = displayName.split('_');
  if (!words.every((w) => PART.test(w))) return undefined;
  const [prefix, ...rest] = words;
  if (prefix === 'BASE' && rest.length >= 3) {
    const [environment, service] = rest as [string, string];
    const action = rest[rest.length - 1] as string;
    if (![environment, service, action].every((w) => WORD_PATTERN.test(w))) return undefined;
    const scope = rest.slice(2, -1).join('_');
    return { layer: 'baseline', environment, service, ...(scope ? { scope } : {}), action };
  }
  if (
    prefix === 'TASK' &&
    rest.length >= 2 &&
    WORD_PATTERN.test(rest[0] as string) &&
    WORD_PATTERN.test(rest[1] as string)
  )
    return { layer: 'task', environment: rest[0] as string, name: rest.slice(1).join('_') };
  if (prefix === 'ROLE' && rest.length >= 1 && WORD_PATTERN.test(rest[0] as string))
    return { layer: 'role', name: rest.join('_') };
  return undefined;
}
