/**
 * `npm run build:explorer` (run by `npm run build`, so by `prepack` too): bundles the access explorer's script
 * into dist/explorer/ when it is missing or stale, and says which.
 */
import { join, relative } from 'path';
import { EXPLORER_OUT_DIR, ensureExplorerBundle, packageRoot } from '../lib/report/explorer/explorer-bundle';

const root = packageRoot();
const started = Date.now();
const built = ensureExplorerBundle(root);
const dir = relative(process.cwd(), join(root, EXPLORER_OUT_DIR)) || '.';
process.stdout.write(
  built
    ? `access explorer: bundled into ${dir}/ in ${Date.now() - started} ms\n`
    : `access explorer: ${dir}/ is up to date\n`,
);
