import { fileURLToPath } from 'node:url';

/** The monorepo root: esbuild's project root, the lock file's home and the API image's build context. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
