import { brainstormInputSchema } from '@contentflow/events';
import { expect, test } from 'vitest';
import { composeOfflineVariants } from './compose-offline-variants.ts';
import { readSourceIdea } from './source-idea.ts';

const idea = {
  angle: 'Five espresso mistakes beginners make',
  hook: 'Stop doing this',
  format: 'short',
  platform: 'tiktok',
};

function variants(input: Record<string, unknown>) {
  const valid = brainstormInputSchema.parse({ idea, ...input });
  return composeOfflineVariants(valid, readSourceIdea(valid));
}

test('only hooks: the angle, title, format and platform stay the idea’s', () => {
  const hooks = variants({ changes: ['hook'], count: 6 });
  expect(hooks).toHaveLength(6);
  for (const variant of hooks) {
    expect(variant).toMatchObject({ changes: ['hook'], angle: idea.angle, format: 'short', platform: 'tiktok' });
  }
  expect(new Set(hooks.map((variant) => variant.hook)).size).toBe(6);
});

test('new angles without new formats keep the idea’s format', () => {
  for (const variant of variants({ changes: ['angle'], count: 10 })) {
    expect(variant.changes).toEqual(['angle', 'hook']);
    expect(variant.format).toBe('short');
  }
});

test('a problem-framed idea gets gain-framed angles first', () => {
  const [first] = variants({ changes: ['angle'], count: 1 });
  expect(first!.note).toMatch(/It turns the idea’s framing around\.$/);
});

test('formats go to the platforms asked for that post them', () => {
  const formats = variants({ changes: ['format'], count: 3, platforms: ['tiktok', 'youtube', 'x'] });
  expect(formats.map(({ format, platform }) => [format, platform])).toEqual([
    ['carousel', 'tiktok'],
    ['thread', 'x'],
    ['long-form', 'youtube'],
  ]);
});
