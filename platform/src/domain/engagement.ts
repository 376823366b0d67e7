import { z } from 'zod';
import { idSchema, newId } from './ids.ts';

/** Counters as a platform reports them (views, likes, shares, watchSeconds…). */
export type EngagementMetrics = Record<string, number>;

/** One observation of a content item's metrics on one platform at one moment. */
export interface EngagementSnapshot {
  id: string;
  tenantId: string;
  contentId: string;
  platform: string;
  metrics: EngagementMetrics;
  /** When the platform's numbers were true. With contentId and platform, identifies the snapshot. */
  observedAt: string;
  /** When this snapshot was last written. */
  recordedAt: string;
}

export const newEngagementSnapshotSchema = z.object({
  tenantId: idSchema,
  contentId: idSchema,
  platform: z.string().regex(/^[a-z0-9_-]{1,32}$/, 'a platform is 1–32 of [a-z0-9_-]'),
  metrics: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/), z.number().nonnegative().finite()),
  observedAt: z.iso.datetime().transform((at) => new Date(at).toISOString()),
});

export type NewEngagementSnapshot = z.input<typeof newEngagementSnapshotSchema>;

export function buildEngagementSnapshot(input: NewEngagementSnapshot, now: Date): EngagementSnapshot {
  return { id: newId(), ...newEngagementSnapshotSchema.parse(input), recordedAt: now.toISOString() };
}
