import { describe, expect, test } from 'vitest';
import type { PastItem } from './content-history.port.ts';
import { HistoryProfile, pitchTermsOf } from './history-profile.ts';

let ids = 0;
function item(fields: Partial<PastItem> & Pick<PastItem, 'title'>): PastItem {
  ids += 1;
  return {
    contentId: `c${ids}`,
    kind: 'text/article',
    createdAt: '2026-01-01T00:00:00.000Z',
    engagement: [],
    ...fields,
  };
}

const seen = (platform: string, reach: number, interactions: number) => ({ platform, reach, interactions });

describe('engagement', () => {
  const profile = new HistoryProfile([
    item({ title: 'A', format: 'carousel', engagement: [seen('instagram', 1_000, 100)] }),
    item({ title: 'B', format: 'carousel', engagement: [seen('instagram', 1_000, 80)] }),
    item({ title: 'C', format: 'short', engagement: [seen('tiktok', 1_000, 10), seen('youtube', 1_000, 30)] }),
    item({ title: 'D', format: 'short', engagement: [seen('tiktok', 1_000, 20)] }),
    item({ title: 'E', format: 'thread', engagement: [seen('x', 1_000, 200)] }),
    item({ title: 'F' }),
  ]);

  test('rates per format and platform against the tenant’s mean, where two items or more back them', () => {
    // Item rates: 0.1, 0.08, 0.02, 0.02, 0.2 → mean 0.084. Platform rates: 0.1, 0.08, 0.01, 0.03, 0.02, 0.2 → 0.073….
    expect(profile.itemsWithEngagement).toBe(5);
    expect(profile.performance).toEqual([
      { dimension: 'platform', value: 'instagram', items: 2, engagementRate: 0.09, relative: 1.23 },
      { dimension: 'format', value: 'carousel', items: 2, engagementRate: 0.09, relative: 1.07 },
      { dimension: 'format', value: 'short', items: 2, engagementRate: 0.02, relative: 0.24 },
      { dimension: 'platform', value: 'tiktok', items: 2, engagementRate: 0.015, relative: 0.2 },
    ]);
  });

  test('the lean multiplies format and platform, each held between ½ and 2, neutral without evidence', () => {
    expect(profile.lean('carousel', 'instagram')).toBeCloseTo(1.07 * 1.23);
    expect(profile.lean('short', 'tiktok')).toBe(0.25);
    expect(profile.lean('thread', 'x')).toBe(1);
  });

  test('winners did at least a quarter better than the mean: A, at 1.19×, does not count', () => {
    expect(profile.winners.map(({ item: { title }, rate, relative }) => [title, rate, relative])).toEqual([
      ['E', 0.2, 2.38],
    ]);
  });

  test('no winners on fewer than three items with figures, and nothing from zero engagement', () => {
    const few = new HistoryProfile([item({ title: 'A', engagement: [seen('x', 10, 9)] })]);
    expect(few.winners).toEqual([]);
    const silent = new HistoryProfile([1, 2, 3].map((n) => item({ title: `${n}`, engagement: [seen('x', 10, 0)] })));
    expect(silent.performance).toEqual([]);
    expect(silent.winners).toEqual([]);
  });
});

describe('repeats', () => {
  const profile = new HistoryProfile([
    item({ title: '5 espresso mistakes beginners make' }),
    item({
      kind: 'creative/ideas',
      title: 'Grinders, ranked',
      angle: 'Every grinder under 200 dollars, ranked by taste',
      hook: 'I tested every cheap grinder',
    }),
  ]);

  test('a pitch whose title says what a past title said repeats it', () => {
    const pitch = { title: 'Three espresso mistakes every beginner makes', angle: 'Anything', hook: 'Else' };
    expect(profile.repeatOf(pitchTermsOf(pitch))?.title).toBe('5 espresso mistakes beginners make');
  });

  test('a pitch whose angle and hook say what a past suggestion said repeats it, whatever its title', () => {
    const pitch = {
      title: 'The grinder shoot-out',
      angle: 'Every cheap grinder under 200 dollars ranked by taste',
      hook: 'I tested every grinder',
    };
    expect(profile.repeatOf(pitchTermsOf(pitch))?.title).toBe('Grinders, ranked');
  });

  test('another idea on the same subject does not', () => {
    const pitch = { title: 'How I got into espresso', angle: 'My first attempt', hook: 'It went badly' };
    expect(profile.repeatOf(pitchTermsOf(pitch))).toBeUndefined();
  });
});

test('published formats count content, not suggestions', () => {
  const profile = new HistoryProfile([
    item({ title: 'A', format: 'short' }),
    item({ title: 'B', format: 'short' }),
    item({ title: 'C', kind: 'creative/ideas', format: 'thread' }),
  ]);
  expect(profile.publishedCount).toBe(2);
  expect([...profile.publishedFormats]).toEqual([['short', 2]]);
});
