import { ideasInputSchema } from '@contentflow/events';
import { TaskError } from '@contentflow/platform';
import { describe, expect, test } from 'vitest';
import type { PastItem } from '../history/content-history.port.ts';
import { HistoryProfile } from '../history/history-profile.ts';
import { CALENDAR_MOMENTS } from './calendar-moments.ts';
import { allowedPlacements, composeOfflineIdeas, goalFit } from './compose-offline-ideas.ts';
import { ARCHETYPES } from './idea-bank.ts';
import { pitchWordsOf, renderPitch } from './pitch.ts';

const request = {
  niche: 'sourdough baking',
  audience: 'busy parents',
  platforms: ['instagram', 'tiktok', 'youtube', 'x'],
  goals: ['followers'],
  count: 8,
};
const none = new HistoryProfile([]);
const compose = (input: Record<string, unknown>, profile = none, date = '2026-01-15') =>
  composeOfflineIdeas({ input: ideasInputSchema.parse({ ...request, ...input }), date, profile });

describe('goalFit', () => {
  test('a goal served first counts fully, a fifth less per place lower; goals asked weigh 1, ½, ⅓…', () => {
    expect(goalFit(['engagement', 'followers'], ['engagement'])).toBe(1);
    expect(goalFit(['engagement', 'followers'], ['followers'])).toBe(0.8);
    expect(goalFit(['sales'], ['engagement', 'sales'])).toBeCloseTo(0.5 / 1.5);
    expect(goalFit(['sales'], ['community'])).toBe(0);
  });
});

test('placements: every format a platform asked for posts, within the formats asked for', () => {
  expect(allowedPlacements(['x', 'youtube'], ['thread', 'long-form', 'carousel'])).toEqual([
    { format: 'thread', platform: 'x' },
    { format: 'long-form', platform: 'youtube' },
  ]);
});

test('ideas stay on the platforms and formats asked for, spread over them', () => {
  const { ideas } = compose({ formats: ['short', 'thread', 'long-form'], count: 9 });
  expect(new Set(ideas.map((idea) => idea.format))).toEqual(new Set(['short', 'thread', 'long-form']));
  expect(new Set(ideas.map((idea) => idea.platform))).toEqual(new Set(['instagram', 'tiktok', 'youtube', 'x']));
  expect(new Set(ideas.map((idea) => idea.title)).size).toBe(9);
});

test('the goal asked for decides what kind of idea comes first', () => {
  const [forLeads] = compose({ goals: ['leads'], count: 1 }).ideas;
  const [forCommunity] = compose({ goals: ['community'], count: 1 }).ideas;
  expect(forLeads!.goal).toBe('leads');
  expect(forCommunity!.goal).toBe('community');
  expect(forLeads!.title).not.toBe(forCommunity!.title);
});

test('why now reads the month: the same request in January and in September', () => {
  const january = compose({ count: 5 }, none, '2026-01-15').ideas.map((idea) => idea.whyNow);
  const september = compose({ count: 5 }, none, '2026-09-15').ideas.map((idea) => idea.whyNow);
  expect(january.some((why) => why.startsWith(CALENDAR_MOMENTS[0]!.reason))).toBe(true);
  expect(september.some((why) => why.startsWith(CALENDAR_MOMENTS[8]!.reason))).toBe(true);
  expect(september.some((why) => why.startsWith(CALENDAR_MOMENTS[0]!.reason))).toBe(false);
});

test('the same request gives the same ideas: no randomness offline', () => {
  expect(compose({ count: 6 })).toEqual(compose({ count: 6 }));
});

test('when history covers the bank, the job says how many ideas are left instead of repeating', () => {
  const words = pitchWordsOf(request.niche, request.audience);
  const everything: PastItem[] = ARCHETYPES.flatMap((archetype) => archetype.angles).map((template, index) => ({
    contentId: `c${index}`,
    kind: 'text/article',
    createdAt: '2026-01-01T00:00:00.000Z',
    title: renderPitch(template, words, 'short').title,
    engagement: [],
  }));
  const failure = (() => {
    try {
      compose({ count: 5 }, new HistoryProfile(everything));
    } catch (error) {
      return error;
    }
  })();
  expect(failure).toBeInstanceOf(TaskError);
  expect(failure).toMatchObject({
    code: 'IDEAS_EXHAUSTED',
    retryable: false,
    message: expect.stringMatching(
      /^the offline templates have 1 distinct ideas for "sourdough baking" on these platforms and formats, 36 more set aside as repeats of your history; ask for 1 or fewer/,
    ),
  });
});
