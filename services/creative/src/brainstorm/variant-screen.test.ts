import { brainstormInputSchema, type IdeaVariant } from '@contentflow/events';
import { expect, test } from 'vitest';
import { readSourceIdea } from './source-idea.ts';
import { VariantScreen } from './variant-screen.ts';

const reading = readSourceIdea(
  brainstormInputSchema.parse({
    idea: {
      title: 'Espresso mistakes',
      angle: 'Five espresso mistakes beginners make',
      hook: 'Stop doing this with your espresso machine',
      format: 'short',
      platform: 'tiktok',
    },
    platforms: ['tiktok', 'instagram'],
  }),
);
const base: IdeaVariant = {
  changes: ['hook'],
  title: 'Espresso mistakes',
  angle: 'Five espresso mistakes beginners make',
  hook: 'Your espresso tastes sour for one reason',
  format: 'short',
  platform: 'tiktok',
  note: 'A new opening.',
};

test('a variant must change what it says it changes', () => {
  const screen = new VariantScreen(reading, ['angle', 'format', 'hook']);
  expect(screen.check({ ...base, hook: 'Stop doing this with the espresso machine' })).toMatchObject({
    reason: 'unchanged',
    field: 'hook',
  });
  expect(
    screen.check({ ...base, changes: ['angle', 'hook'], angle: 'Espresso mistakes beginners make' }),
  ).toMatchObject({ reason: 'unchanged', field: 'angle' });
  expect(screen.check({ ...base, changes: ['format'], hook: reading.idea.hook })).toMatchObject({
    reason: 'unchanged',
    field: 'format',
  });
});

test('a new format must be named, and only allowed changes and platforms pass', () => {
  const screen = new VariantScreen(reading, ['hook']);
  expect(screen.check({ ...base, format: 'carousel' })).toMatchObject({ reason: 'misplaced', field: 'changes' });
  expect(screen.check({ ...base, changes: ['format'], format: 'carousel' })).toEqual({
    reason: 'misplaced',
    field: 'changes',
    message: 'changes may name only hook, not format',
  });
  expect(screen.check({ ...base, platform: 'youtube' })).toMatchObject({ reason: 'misplaced', field: 'platform' });
});

test('a new angle brings its own hook; the second of two alike is a duplicate of the first', () => {
  const screen = new VariantScreen(reading, ['angle']);
  const angled = { ...base, changes: ['angle', 'hook'] as const, angle: 'How I got into espresso' };
  expect(screen.check({ ...angled, changes: [...angled.changes] })).toBeUndefined();
  expect(screen.check({ ...angled, changes: [...angled.changes], title: 'Another title' })).toEqual({
    reason: 'duplicate',
    of: 0,
  });
});
