import { Query } from 'mingo';
import { describe, expect, it } from 'vitest';
import { MONGO_INDEXES } from './indexes.ts';
import { NEWEST_FIRST } from './page-query.ts';

type IndexKey = Record<string, 1 | -1>;

function keysOf(collection: keyof typeof MONGO_INDEXES): IndexKey[] {
  return MONGO_INDEXES[collection].map((index) => index.key);
}

describe('MongoDB indexes', () => {
  it('makes email unique', () => {
    expect(MONGO_INDEXES.users).toContainEqual(expect.objectContaining({ key: { email: 1 }, unique: true }));
  });

  it('makes idempotency keys unique per tenant, for keyed jobs only', () => {
    const index = MONGO_INDEXES.jobs.find((candidate) => 'unique' in candidate && candidate.unique);
    expect(index?.key).toEqual({ tenantId: 1, idempotencyKey: 1 });
    const partial = new Query(index && 'partialFilterExpression' in index ? index.partialFilterExpression : {});
    expect(partial.test({ tenantId: 't', idempotencyKey: 'req-1' })).toBe(true);
    expect(partial.test({ tenantId: 't' })).toBe(false);
  });

  it('makes one content record per delivery and one snapshot per observation', () => {
    expect(MONGO_INDEXES.content).toContainEqual(
      expect.objectContaining({ key: { tenantId: 1, jobId: 1, producerKey: 1 }, unique: true }),
    );
    expect(MONGO_INDEXES.engagement).toContainEqual(
      expect.objectContaining({ key: { tenantId: 1, contentId: 1, observedAt: 1, platform: 1 }, unique: true }),
    );
  });

  it('serves each listing, filtered by tenant (and status), in its sort order from one index', () => {
    const sort = NEWEST_FIRST as IndexKey;
    expect(keysOf('jobs')).toContainEqual({ tenantId: 1, ...sort });
    expect(keysOf('jobs')).toContainEqual({ tenantId: 1, status: 1, ...sort });
    expect(keysOf('content')).toContainEqual({ tenantId: 1, ...sort });
  });

  it('names every index, so a changed spec fails loudly instead of creating a duplicate', () => {
    for (const indexes of Object.values(MONGO_INDEXES)) {
      const names = indexes.map((index) => index.name);
      expect(names.every((name) => typeof name === 'string' && name.length > 0)).toBe(true);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
