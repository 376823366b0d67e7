import { test as baseTest } from 'vitest';
import { ApiHarness } from './api-harness.ts';

/**
 * Vitest's `test` with fixtures: `h`, a fresh API over its own database (closed after the test), and `ana`, a
 * signed-in user of it; each is made only for the tests that name it.
 */
export const test = baseTest
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's dependencies from this pattern; h has none.
  .extend('h', async ({}, { onCleanup }) => {
    const h = await ApiHarness.create();
    onCleanup(() => h.close());
    return h;
  })
  .extend('ana', async ({ h }) => h.user('ana@example.com'));
