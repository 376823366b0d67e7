import { defineConfig } from 'vitest/config';

/**
 * The site's tests, run from this folder (`npm test -w frontend`). Pure modules are tested in Node; the build and
 * browser tests set their own longer timeouts.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'dist/**'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
