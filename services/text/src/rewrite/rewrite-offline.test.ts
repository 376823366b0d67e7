import { rewriteInputSchema } from '@contentflow/events';
import { OfflineTextGenerator } from '@contentflow/platform';
import { expect, test } from 'vitest';
import { usePlainWords } from './plain-words.ts';
import { rewriteText } from './rewrite-text.ts';
import { splitLongSentence } from './split-sentences.ts';

const WORDY =
  'In order to facilitate the utilization of our platform, it is necessary that users commence by establishing an ' +
  'account; subsequent to this step, they are able to access all of the additional functionality that is provided.';

test('plain words replace wordy ones, choosing the alternative with fewest syllables', async () => {
  const { text, substitutions } = await usePlainWords('We utilize additional tools to commence.');
  expect(text).toBe('We use more tools to start.');
  expect(substitutions).toEqual([
    { from: 'utilize', to: 'use' },
    { from: 'additional', to: 'more' },
    { from: 'commence', to: 'start' },
  ]);
});

test('a long sentence splits at the joint nearest its middle', () => {
  expect(splitLongSentence(WORDY)).toEqual([
    'In order to facilitate the utilization of our platform, it is necessary that users commence by establishing an account.',
    'Subsequent to this step, they are able to access all of the additional functionality that is provided.',
  ]);
});

test('simplifying toward a grade lowers it and says what changed', async () => {
  const input = rewriteInputSchema.parse({ text: WORDY, targetGrade: 10 });
  const output = await rewriteText(input, new OfflineTextGenerator(), new AbortController().signal);
  expect(output.targetGrade!.after!).toBeLessThan(output.targetGrade!.before!);
  expect(output.changes).toContain('Replaced "utilization" with "use".');
  expect(output.changes).toContain('Split long sentences 1 time.');
  expect(output.text).not.toContain('utilization');
});

test('shortening keeps the most important sentences of each paragraph in order; tone sets the register', async () => {
  const text =
    'Our bakery opens at seven. We do not sell bread after noon! The sourdough starter behind the counter is forty years old and feeds every loaf we bake. Parking is free.\n\n' +
    'It is a family business.';
  const output = await rewriteText(
    rewriteInputSchema.parse({ text, length: 'shorter', tone: 'professional' }),
    new OfflineTextGenerator(),
    new AbortController().signal,
  );
  const [first, second] = output.text.split('\n\n');
  expect(second).toBe('It is a family business.');
  expect(first!.split(/(?<=\.) /)).toHaveLength(2);
  expect(output.after.words).toBeLessThan(output.before.words);
  expect(output.changes.some((change) => change.startsWith('Dropped 2 of 5 sentences'))).toBe(true);
});
