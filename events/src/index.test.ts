import { expect, test } from 'vitest';
import { EVENT_SOURCE_PREFIX } from './index.ts';

test('sources are namespaced', () => {
  expect(EVENT_SOURCE_PREFIX).toBe('contentflow.');
});
