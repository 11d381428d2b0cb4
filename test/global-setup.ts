/**
 * Jest's global setup: builds the access explorer's bundle once when it is missing or stale (a fresh clone, a
 * change under lib/explorer or lib/report), before the workers start, so no two workers build it at once.
 */
import { ensureExplorerBundle } from '../lib/report/explorer/explorer-bundle';

export default function globalSetup(): void {
  ensureExplorerBundle();
}
