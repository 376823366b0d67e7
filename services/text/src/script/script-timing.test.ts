import { MAX_CAPTION_WORDS, SPEAKING_WORDS_PER_MINUTE, shortScriptSchema } from '@contentflow/events';
import { OfflineTextGenerator } from '@contentflow/platform';
import { expect, test } from 'vitest';
import { timeScript, wordBudget } from './script-timing.ts';
import { writeScript } from './write-script.ts';

const SCRIPT = {
  hook: 'Three habits make sourdough easy.',
  beats: [{ text: 'Feed the starter at the same time every day, morning or night.' }, { text: 'Weigh everything.' }],
  cta: 'Follow for more.',
};

test('caption chunks hold at most five words, follow each other, and cover every word in order', () => {
  const { captionChunks, words, estimatedDurationSec, timeline } = timeScript(SCRIPT);
  expect(captionChunks.every((chunk) => chunk.words <= MAX_CAPTION_WORDS && chunk.endSec > chunk.startSec)).toBe(true);
  captionChunks.forEach((chunk, index) => {
    if (index > 0) expect(chunk.startSec).toBeGreaterThanOrEqual(captionChunks[index - 1]!.endSec);
  });
  expect(captionChunks.map((chunk) => chunk.text).join(' ')).toBe(
    [SCRIPT.hook, ...SCRIPT.beats.map((beat) => beat.text), SCRIPT.cta].join(' '),
  );
  expect(words).toBe(5 + 12 + 2 + 3);
  // Speaking time alone is words at 150 a minute; the pauses at punctuation come on top.
  expect(estimatedDurationSec).toBeGreaterThan((words * 60) / SPEAKING_WORDS_PER_MINUTE);
  expect(timeline.map(({ part, beat }) => [part, beat])).toEqual([
    ['hook', undefined],
    ['beat', 0],
    ['beat', 1],
    ['cta', undefined],
  ]);
  expect(timeline.at(-1)!.endSec).toBe(estimatedDurationSec);
});

test('the word budget fills nine tenths of the length at the speaking rate', () => {
  expect([15, 30, 60].map(wordBudget)).toEqual([33, 67, 135]);
});

test.each([15, 30, 60] as const)(
  'an offline %i-second script from a text fits its length and video.short takes it',
  async (lengthSec) => {
    const text =
      'Sourdough rewards routine. Feed your starter at the same time each day. Use a kitchen scale instead of cups. ' +
      'Keep the dough warm while it rises. Bake in a covered pot for a crisp crust. Let the loaf cool before slicing.';
    const output = await writeScript(
      { text, lengthSec, tone: 'friendly', format: 'plain' },
      new OfflineTextGenerator(),
      new AbortController().signal,
    );
    expect(output.estimatedDurationSec).toBeLessThanOrEqual(lengthSec);
    expect(shortScriptSchema.parse(output.script)).toEqual(output.script);
  },
);
