import { brainstormOutputSchema, type IdeasOutput, ideasOutputSchema, seriesOutputSchema } from '@contentflow/events';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pitchTermsOf } from './history/history-profile.ts';
import { termsOf } from './language/terms.ts';
import { jaccard, NEAR_DUPLICATE_THRESHOLD } from './similarity/near-duplicates.ts';
import { type CreativeHarness, startCreativeHarness } from './test-support/creative-harness.ts';

/** Creative jobs end to end through the platform's job runner, on the real local adapters in a temp dir. */
let harness: CreativeHarness;
beforeAll(() => {
  harness = startCreativeHarness();
});
afterAll(() => harness.close());

const espresso = {
  niche: 'home espresso',
  audience: 'beginners on a budget',
  platforms: ['instagram', 'tiktok', 'youtube'],
  goals: ['engagement', 'followers'],
  count: 10,
  date: '2026-01-15',
};

/** Posts the tenant already made: three say what the idea bank would say for this niche, in their own words. */
const REPEATS = [
  'Three home espresso mistakes every beginner makes',
  'Home espresso for total beginners',
  'My home espresso kit: what I would buy again',
];

function ideasOf(run: { stored: { output: unknown }[] }): IdeasOutput {
  return ideasOutputSchema.parse(run.stored[0]!.output);
}

function repeatsPast(idea: IdeasOutput['ideas'][number], pastTitles: readonly string[]): string | undefined {
  const terms = pitchTermsOf(idea);
  return pastTitles.find((title) => jaccard(terms.title, termsOf(title)) >= NEAR_DUPLICATE_THRESHOLD);
}

describe('creative.ideas', () => {
  const tenantId = 'tenant-history';
  beforeAll(async () => {
    for (const title of REPEATS) await harness.publish(tenantId, { title });
    // Carousels earned about 9% engagement, short videos about 2%: the tenant's own evidence.
    const carousel = (title: string, likes: number) =>
      harness.publish(tenantId, {
        title,
        kind: 'image/graphic',
        metadata: { format: 'carousel' },
        engagement: [{ platform: 'instagram', metrics: { views: 1_000, likes, saves: 20 } }],
      });
    const short = (title: string, likes: number) =>
      harness.publish(tenantId, {
        title,
        kind: 'video/short',
        engagement: [
          { platform: 'tiktok', metrics: { views: 500, likes: 1 } },
          // The later observation supersedes the earlier one.
          { platform: 'tiktok', metrics: { views: 5_000, likes } },
        ],
      });
    await carousel('Grinder settings for espresso, slide by slide', 75);
    await carousel('Milk steaming in seven slides', 70);
    await short('Pulling a shot in 30 seconds', 90);
    await short('Latte art attempt number four', 110);
  });

  test('no idea repeats the tenant’s past content, and formats that did better come first', async () => {
    const run = await harness.run('ideas', espresso, { tenantId });
    expect(run.outcome.status).toBe('succeeded');
    const output = ideasOf(run);
    expect(output.ideas).toHaveLength(10);
    expect(output.ideas.flatMap((idea) => repeatsPast(idea, REPEATS) ?? [])).toEqual([]);
    expect(output.history).toMatchObject({ itemsConsidered: 7, itemsWithEngagement: 4 });
    expect(output.history.repeatsAvoided).toBeGreaterThanOrEqual(REPEATS.length);
    expect(output.history.performance[0]).toMatchObject({ dimension: 'format', value: 'carousel', items: 2 });
    expect(output.ideas[0]!.format).toBe('carousel');
    // The best carousel gets a follow-up, and its why-now shows the figures it rests on.
    const followUp = output.ideas.find((idea) => idea.title.includes('part 2'));
    expect(followUp?.whyNow).toMatch(/^"Grinder settings for espresso, slide by slide" earned 9\.5% engagement/);
    expect(output.generatedBy).toEqual({ provider: 'offline', model: 'contentflow-templates' });
    expect(output.usage).toEqual({ inputTokens: 0, outputTokens: 0 });
  });

  test('the ideas are recorded as content, and the next request does not offer them again', async () => {
    const first = await harness.run('ideas', { ...espresso, count: 6 }, { tenantId: 'tenant-repeat' });
    const { content } = first.stored[0]!;
    expect(content).toMatchObject({
      kind: 'creative/ideas',
      mimeType: 'application/json',
      title: '6 ideas: home espresso',
      provider: { engine: 'creative', provider: 'offline', model: 'contentflow-templates' },
    });
    expect(content.metadata['suggestions']).toHaveLength(6);
    const offered = ideasOf(first).ideas.map((idea) => idea.title);
    const second = ideasOf(await harness.run('ideas', { ...espresso, count: 6 }, { tenantId: 'tenant-repeat' }));
    expect(second.history.repeatsAvoided).toBeGreaterThanOrEqual(6);
    expect(second.ideas.flatMap((idea) => repeatsPast(idea, offered) ?? [])).toEqual([]);
  });

  test('one tenant’s history does not shape another’s ideas', async () => {
    const output = ideasOf(await harness.run('ideas', espresso, { tenantId: 'tenant-fresh' }));
    expect(output.history).toMatchObject({ itemsConsidered: 0, repeatsAvoided: 0, performance: [] });
    expect(output.ideas.some((idea) => repeatsPast(idea, REPEATS))).toBe(true);
  });

  test('bad input fails the job with every problem named', async () => {
    const { outcome, stored } = await harness.run('ideas', {
      niche: ' ',
      audience: 'bakers',
      platforms: ['myspace'],
      goals: ['engagement'],
      formats: ['reel'],
      count: 21,
    });
    expect(stored).toEqual([]);
    expect(outcome).toEqual({
      status: 'failed',
      code: 'INPUT_INVALID',
      message:
        'niche: niche must not be empty or whitespace only; ' +
        'platforms.0: platform must be one of x, threads, instagram, tiktok, linkedin, facebook, youtube, pinterest; ' +
        'formats.0: format must be one of short, carousel, thread, long-form; count: count must be at most 20',
    });
  });
});

test('creative.series: a plan with a part per subtopic, a teaser per part and dates at the cadence', async () => {
  const { outcome, stored } = await harness.run('series', {
    theme: 'sourdough from scratch',
    parts: 5,
    cadence: 'weekly',
    platform: 'instagram',
    subtopics: ['feeding a starter'],
  });
  expect(outcome.status).toBe('succeeded');
  const output = seriesOutputSchema.parse(stored[0]!.output);
  expect(output.format).toBe('carousel');
  expect(output.parts.map((part) => part.publishOn)).toEqual([
    '2026-01-16',
    '2026-01-23',
    '2026-01-30',
    '2026-02-06',
    '2026-02-13',
  ]);
  expect(output.parts[1]!.title).toBe('Feeding a starter');
  expect(output.parts[0]!.teaser).toBe('Next: Feeding a starter');
  expect(output.parts.at(-1)!.teaser).toBeUndefined();
  expect(output.schedule).toEqual({ startDate: '2026-01-16', endDate: '2026-02-13', spanDays: 28 });
  expect(stored[0]!.content).toMatchObject({ kind: 'creative/series', title: output.title });
});

describe('creative.brainstorm', () => {
  test('variants change the angle, the format or the hook, each saying which', async () => {
    const { outcome, stored } = await harness.run('brainstorm', {
      idea: {
        angle: 'Five espresso mistakes beginners make with a budget machine',
        format: 'short',
        platform: 'tiktok',
      },
      count: 9,
      platforms: ['tiktok', 'instagram', 'youtube'],
    });
    expect(outcome.status).toBe('succeeded');
    const output = brainstormOutputSchema.parse(stored[0]!.output);
    expect(output.variants).toHaveLength(9);
    const changed = new Set(output.variants.flatMap((variant) => variant.changes));
    expect(changed).toEqual(new Set(['angle', 'format', 'hook']));
    for (const variant of output.variants.filter((v) => !v.changes.includes('format'))) {
      expect(variant.format).toBe('short');
    }
    expect(stored[0]!.content.kind).toBe('creative/brainstorm');
  });

  test('asking for more variants than the changes allow fails with IDEAS_EXHAUSTED, not a vague error', async () => {
    const { outcome } = await harness.run('brainstorm', {
      idea: { angle: 'Espresso on a budget', format: 'short', platform: 'tiktok' },
      changes: ['format'],
      count: 3,
      platforms: ['tiktok'],
    });
    expect(outcome).toEqual({
      status: 'failed',
      code: 'IDEAS_EXHAUSTED',
      message:
        'the offline templates have 1 distinct variants of this idea changing its format on tiktok; ask for 1 or ' +
        'fewer, or set CONTENTFLOW_TEXT_PROVIDER to bedrock or openai for a model',
    });
  });
});
