import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    setupFiles: ['./tools/vitest-setup.ts'],
    exclude: ['**/node_modules/**', '**/cdk.out/**', '**/dist/**', '**/.contentflow/**'],
    // Child-process durability tests spawn Node; two cores leave little room for more workers.
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
