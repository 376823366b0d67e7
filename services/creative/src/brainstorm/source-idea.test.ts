import { brainstormInputSchema } from '@contentflow/events';
import { expect, test } from 'vitest';
import { kindOf, readSourceIdea } from './source-idea.ts';

const read = (input: Record<string, unknown>) => readSourceIdea(brainstormInputSchema.parse(input));

test.each([
  ['5 espresso mistakes beginners make', 'mistakes'],
  ['Espresso myths nobody should believe', 'myths'],
  ['Cheap vs expensive grinders compared', 'comparison'],
  ['The gear I would buy again', 'toolkit'],
  ['Espresso at home', undefined],
])('%j reads as %s', (text, kind) => {
  expect(kindOf(text)?.id).toBe(kind);
});

test('a bare angle gets a format its kind suits, a platform that posts it, a title and a hook', () => {
  const reading = read({ idea: { angle: 'Cheap vs expensive espresso grinders, compared for beginners' } });
  expect(reading.kind?.id).toBe('comparison');
  expect(reading.idea).toEqual({
    title: 'Cheap vs expensive espresso grinders, compared for beginners',
    angle: 'Cheap vs expensive espresso grinders, compared for beginners',
    hook: 'Why do so many people struggle with expensive espresso grinders?',
    format: 'long-form',
    platform: 'youtube',
  });
  expect(reading.platforms).toHaveLength(8);
});

test('the idea’s own platform bounds its format, and is where variants go by default', () => {
  const reading = read({ idea: { angle: 'The espresso gear I would buy again', platform: 'x' } });
  expect(reading.idea).toMatchObject({ format: 'short', platform: 'x' });
  expect(reading.platforms).toEqual(['x']);
});

test('a long angle gives a title cut between words', () => {
  const angle = `${'An honest look at the everyday realities of making espresso at home '.repeat(3)}`.trim();
  expect(read({ idea: { angle } }).idea.title).toBe(
    'An honest look at the everyday realities of making espresso at home An honest look at the everyday…',
  );
});

test('problem framing shows in the sentiment', () => {
  expect(read({ idea: { angle: 'The worst espresso mistakes and failures' } }).sentiment).toBeLessThan(0);
  expect(read({ idea: { angle: 'The best, easiest espresso wins' } }).sentiment).toBeGreaterThan(0);
});
