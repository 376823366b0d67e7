import type { IdeaFormat } from '@contentflow/events';

/** What one past item earned on one platform, as last observed. */
export interface PlatformEngagement {
  platform: string;
  /** Views, or impressions or reach where the platform counts no views. */
  reach: number;
  /** Likes, comments, shares, saves, reposts and replies. */
  interactions: number;
}

/** One thing the tenant made, or was offered by this engine before. */
export interface PastItem {
  contentId: string;
  /** The content kind: `video/short`, `text/article`, `creative/ideas`… */
  kind: string;
  createdAt: string;
  /** Absent on untitled content, which still says how its format and platforms did. */
  title?: string;
  /** Present for past suggestions (ideas, series parts, variants). */
  angle?: string;
  hook?: string;
  format?: IdeaFormat;
  engagement: readonly PlatformEngagement[];
}

/**
 * The tenant's history as the creative tasks read it: read-only, newest first. Adapter: the content and engagement
 * repositories (RepositoryContentHistory). When the analytics engine publishes engagement events, an adapter fed by
 * them can replace the engagement half without the tasks noticing.
 */
export interface ContentHistory {
  /** Past items from the tenant's `limit` most recent content records, newest first. */
  recent(tenantId: string, limit: number, signal?: AbortSignal): Promise<PastItem[]>;
}
