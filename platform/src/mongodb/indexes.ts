import type { Db, IndexDescription } from 'mongodb';
import type { CollectionName } from './documents.ts';

/**
 * Every index the repositories rely on, by collection. Unique indexes carry the invariants (one account per
 * email, one job per idempotency key, one content record per delivery, one snapshot per observation); the others
 * match the listings' sort orders so a page is an index range scan.
 */
export const MONGO_INDEXES = {
  users: [{ name: 'email_unique', key: { email: 1 }, unique: true }],
  jobs: [
    {
      name: 'tenant_idempotency_key_unique',
      key: { tenantId: 1, idempotencyKey: 1 },
      unique: true,
      // Jobs without a key omit the field; only keyed jobs take part in the constraint.
      partialFilterExpression: { idempotencyKey: { $type: 'string' } },
    },
    { name: 'tenant_newest', key: { tenantId: 1, createdAt: -1, _id: -1 } },
    { name: 'tenant_status_newest', key: { tenantId: 1, status: 1, createdAt: -1, _id: -1 } },
    { name: 'status_oldest_update', key: { status: 1, updatedAt: 1, _id: 1 } },
    // Only running jobs, for the sweep that fails jobs no engine can still be working on.
    {
      name: 'running_by_start',
      key: { startedAt: 1, _id: 1 },
      partialFilterExpression: { status: 'running' },
    },
  ],
  content: [
    { name: 'delivery_unique', key: { tenantId: 1, jobId: 1, producerKey: 1 }, unique: true },
    { name: 'tenant_newest', key: { tenantId: 1, createdAt: -1, _id: -1 } },
  ],
  engagement: [
    { name: 'observation_unique', key: { tenantId: 1, contentId: 1, observedAt: 1, platform: 1 }, unique: true },
  ],
} as const satisfies Record<CollectionName, readonly IndexDescription[]>;

/** Creates the indexes; safe to run on every start (MongoDB skips indexes that already exist with the same spec). */
export async function ensureIndexes(db: Db): Promise<void> {
  for (const [collection, indexes] of Object.entries(MONGO_INDEXES)) {
    await db.collection(collection).createIndexes([...indexes]);
  }
}
