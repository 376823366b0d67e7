import type { EngagementSnapshot, NewEngagementSnapshot } from '../domain/engagement.ts';

/** Engagement metrics per content item and platform. Local adapter: SQLite. AWS adapter: MongoDB. */
export interface EngagementRepository {
  /**
   * Idempotent per (tenantId, contentId, platform, observedAt): recording the same observation again replaces its
   * metrics instead of adding a second snapshot.
   */
  record(input: NewEngagementSnapshot): Promise<EngagementSnapshot>;
  /** Oldest observation first, then by platform. */
  listByContent(tenantId: string, contentId: string): Promise<EngagementSnapshot[]>;
}
