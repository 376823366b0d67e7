import type { ContentGoal, IdeaFormat } from '@contentflow/events';
import type { HistoryProfile } from '../history/history-profile.ts';

/** How each goal is served, completing "It serves <goal>: …". */
const GOAL_REASONS: Readonly<Record<ContentGoal, string>> = {
  awareness: 'it gives people who do not know you yet a reason to stop',
  engagement: 'it asks for a reaction, so people comment to agree, disagree or add their own',
  followers: 'it promises more of the same, which is why people follow',
  traffic: 'it answers something people look for, with more to read or watch elsewhere',
  leads: 'it offers something useful enough to sign up for',
  sales: 'it helps people choose what to buy',
  community: 'it puts your audience in the story',
  authority: 'it shows expertise by explaining, not claiming',
};

/** What a format does well, for ideas with nothing more timely to say. */
const FORMAT_REASONS: Readonly<Record<IdeaFormat, string>> = {
  short: 'Short video reaches people who do not follow you yet.',
  carousel: 'Carousels invite saves and shares, and every slide keeps people on the post.',
  thread: 'A thread lets each point stand alone, so it can be quoted and shared point by point.',
  'long-form': 'Long-form builds the search traffic and trust that short posts cannot.',
};

/** Below this many published items, a missing format says nothing. */
const GAP_MIN_ITEMS = 5;

const percent = (rate: number): string => `${(rate * 100).toFixed(1)}%`;

/** The tenant's figures for this format or platform, when they did better than the tenant's mean. */
function performanceSentence(profile: HistoryProfile, format: IdeaFormat, platform: string): string | undefined {
  const candidates = [profile.relativeOf('format', format), profile.relativeOf('platform', platform)];
  const best = candidates
    .filter((entry) => entry !== undefined && entry.relative > 1)
    .toSorted((a, b) => b!.relative - a!.relative)[0];
  if (!best) return undefined;
  const what = best.dimension === 'format' ? `${best.value} posts` : `posts on ${best.value}`;
  return (
    `Your ${what} average ${percent(best.engagementRate)} engagement, ${best.relative}× your overall rate ` +
    `(${best.items} posts).`
  );
}

function gapSentence(profile: HistoryProfile, format: IdeaFormat): string | undefined {
  if (profile.publishedCount < GAP_MIN_ITEMS || profile.publishedFormats.has(format)) return undefined;
  return `None of your last ${profile.publishedCount} pieces is a ${format === 'long-form' ? 'long-form piece' : format}, so it adds variety.`;
}

export interface WhyNowFacts {
  /** A reason of the idea's own (the month it suits, the past post it follows up), first when present. */
  timely?: string;
  format: IdeaFormat;
  platform: string;
  goal: ContentGoal;
  profile: HistoryProfile;
}

/**
 * Why an idea, now, from facts only: its own timely reason, else how the format or platform did for the tenant,
 * else a format the tenant has not used lately, else what the format does well; then the goal it serves.
 */
export function whyNowOf(facts: WhyNowFacts): string {
  const signal =
    facts.timely ??
    performanceSentence(facts.profile, facts.format, facts.platform) ??
    gapSentence(facts.profile, facts.format) ??
    FORMAT_REASONS[facts.format];
  return `${signal} It serves ${facts.goal}: ${GOAL_REASONS[facts.goal]}.`;
}

/** The why-now of a follow-up to a past post that did well. */
export function followUpReason(title: string, rate: number, relative: number): string {
  return `"${title}" earned ${percent(rate)} engagement, ${relative}× your average, so people want more of it.`;
}
