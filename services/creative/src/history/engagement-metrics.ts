import type { EngagementMetrics } from '@contentflow/platform';

/** Counters that measure how many saw a post, in order of preference. */
export const REACH_METRICS = ['views', 'impressions', 'reach'] as const;
/** Counters of people acting on a post; summed. */
export const INTERACTION_METRICS = ['likes', 'comments', 'shares', 'saves', 'reposts', 'replies'] as const;

/** Reach and interactions from one snapshot's counters, or undefined when it counts no reach. */
export function readEngagement(metrics: EngagementMetrics): { reach: number; interactions: number } | undefined {
  const reach = REACH_METRICS.map((name) => metrics[name]).find((value) => value !== undefined && value > 0);
  if (reach === undefined) return undefined;
  const interactions = INTERACTION_METRICS.reduce((sum, name) => sum + (metrics[name] ?? 0), 0);
  return { reach, interactions };
}
