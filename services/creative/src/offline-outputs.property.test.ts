import {
  CONTENT_GOALS,
  creativeBrainstormTask,
  creativeIdeasTask,
  creativeSeriesTask,
  IDEA_FORMATS,
  SERIES_CADENCES,
  SOCIAL_PLATFORMS,
  VARIANT_CHANGES,
} from '@contentflow/events';
import { OfflineTextGenerator, TaskError } from '@contentflow/platform';
import { TOKENIZER_TRAPS } from '@contentflow/platform/test-support';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { brainstormIdea } from './brainstorm/brainstorm-idea.ts';
import type { PastItem } from './history/content-history.port.ts';
import { HistoryProfile, pitchTermsOf } from './history/history-profile.ts';
import { suggestIdeas } from './ideas/suggest-ideas.ts';
import { termsOf } from './language/terms.ts';
import { planSeries } from './series/plan-series.ts';
import { jaccard, NEAR_DUPLICATE_THRESHOLD, withoutShared } from './similarity/near-duplicates.ts';

/**
 * For any valid input, the offline provider's answer passes the task's output contract: 100 random inputs per task,
 * mixing plain vocabulary with what breaks tokenizers (emoji, scripts without spaces, lone surrogates, markup).
 */
const RUNS = 100;
const writer = new OfflineTextGenerator();
const signal = new AbortController().signal;

const word = fc.constantFrom(
  'espresso',
  'sourdough',
  'budget',
  'marketing',
  'creators',
  'freelancers',
  'home',
  'Paris',
  ...TOKENIZER_TRAPS,
  '🚀',
  'iPhone',
  'caf\uD800',
  'mistakes',
  'for',
  'the',
);
const phrase = (max: number) =>
  fc
    .array(word, { minLength: 1, maxLength: 12 })
    .map((words) => words.join(' ').slice(0, max).trim())
    .filter((text) => /[\p{L}\p{N}]/u.test(text));
const unique = <T>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { minLength: 1 });

const pastItem: fc.Arbitrary<PastItem> = fc.record({
  contentId: fc.uuid(),
  kind: fc.constantFrom('text/article', 'video/short', 'image/graphic', 'creative/ideas'),
  createdAt: fc.constant('2026-01-01T00:00:00.000Z'),
  title: phrase(150),
  format: fc.constantFrom(...IDEA_FORMATS),
  engagement: fc.array(
    fc.record({
      platform: fc.constantFrom(...SOCIAL_PLATFORMS),
      reach: fc.integer({ min: 1, max: 100_000 }),
      interactions: fc.integer({ min: 0, max: 5_000 }),
    }),
    { maxLength: 3 },
  ),
});

describe('creative.ideas', () => {
  const rawInput = fc
    .record({
      niche: phrase(100),
      audience: phrase(100),
      platforms: unique(SOCIAL_PLATFORMS),
      goals: unique(CONTENT_GOALS),
      formats: fc.option(unique(IDEA_FORMATS), { nil: undefined }),
      count: fc.integer({ min: 1, max: 20 }),
      date: fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }),
    })
    .map(({ formats, date, ...input }) => ({
      ...input,
      ...(formats ? { formats } : {}),
      date: date.toISOString().slice(0, 10),
    }))
    .filter((input) => creativeIdeasTask.input.safeParse(input).success);

  test('valid against the output contract, as many as asked, none repeating history or each other', async () => {
    await fc.assert(
      fc.asyncProperty(rawInput, fc.array(pastItem, { maxLength: 25 }), async (raw, past) => {
        const input = creativeIdeasTask.input.parse(raw);
        const history = { recent: async () => past };
        const output = await suggestIdeas(input, { writer, history, tenantId: 't', today: '2026-01-01', signal });
        expect(creativeIdeasTask.output.safeParse(output).error).toBeUndefined();
        expect(output.ideas).toHaveLength(input.count);
        const profile = new HistoryProfile(past);
        const shared = termsOf(`${input.niche} ${input.audience}`);
        const own = output.ideas.map((idea) => {
          expect(profile.repeatOf(pitchTermsOf(idea))).toBeUndefined();
          return withoutShared(pitchTermsOf(idea).pitch, shared);
        });
        for (const [i, a] of own.entries()) {
          for (const b of own.slice(i + 1)) expect(jaccard(a, b)).toBeLessThan(NEAR_DUPLICATE_THRESHOLD);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

test('creative.series: valid against the output contract, one part per part asked', async () => {
  const rawInput = fc
    .record({
      theme: phrase(100),
      parts: fc.integer({ min: 3, max: 12 }),
      cadence: fc.constantFrom(...SERIES_CADENCES),
      platform: fc.constantFrom(...SOCIAL_PLATFORMS),
      audience: fc.option(phrase(100), { nil: undefined }),
      subtopics: fc.option(fc.uniqueArray(phrase(100), { minLength: 1, maxLength: 10 }), { nil: undefined }),
    })
    .map(({ audience, subtopics, ...input }) => ({
      ...input,
      ...(audience ? { audience } : {}),
      ...(subtopics ? { subtopics: subtopics.slice(0, input.parts - 2) } : {}),
    }))
    .filter((input) => creativeSeriesTask.input.safeParse(input).success);
  await fc.assert(
    fc.asyncProperty(rawInput, async (raw) => {
      const input = creativeSeriesTask.input.parse(raw);
      const output = await planSeries(input, { writer, tomorrow: '2026-02-27', signal });
      expect(creativeSeriesTask.output.safeParse(output).error).toBeUndefined();
      expect(output.parts).toHaveLength(input.parts);
    }),
    { numRuns: RUNS },
  );
});

test('creative.brainstorm: valid against the output contract, or a clear IDEAS_EXHAUSTED when changes are few', async () => {
  const rawInput = fc
    .record({
      idea: fc.record(
        {
          angle: phrase(400),
          title: phrase(150),
          hook: phrase(250),
          format: fc.constantFrom(...IDEA_FORMATS),
          platform: fc.constantFrom(...SOCIAL_PLATFORMS),
          goal: fc.constantFrom(...CONTENT_GOALS),
        },
        { requiredKeys: ['angle'] },
      ),
      count: fc.integer({ min: 1, max: 20 }),
      changes: fc.option(unique(VARIANT_CHANGES), { nil: undefined }),
      platforms: fc.option(unique(SOCIAL_PLATFORMS), { nil: undefined }),
      audience: fc.option(phrase(100), { nil: undefined }),
    })
    .map(({ changes, platforms, audience, ...input }) => ({
      ...input,
      ...(changes ? { changes } : {}),
      ...(platforms ? { platforms } : {}),
      ...(audience ? { audience } : {}),
    }))
    .filter((input) => creativeBrainstormTask.input.safeParse(input).success);
  await fc.assert(
    fc.asyncProperty(rawInput, async (raw) => {
      const input = creativeBrainstormTask.input.parse(raw);
      try {
        const output = await brainstormIdea(input, { writer, signal });
        expect(creativeBrainstormTask.output.safeParse(output).error).toBeUndefined();
        expect(output.variants).toHaveLength(input.count);
      } catch (error) {
        // Only format changes (three other formats at most) can run out; the message says how many there were.
        expect(error).toBeInstanceOf(TaskError);
        expect(error).toMatchObject({ code: 'IDEAS_EXHAUSTED' });
        const available = Number(/have (\d+) distinct/.exec((error as Error).message)?.[1]);
        expect(available).toBeLessThan(input.count);
      }
    }),
    { numRuns: RUNS },
  );
});
