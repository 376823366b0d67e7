import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { blobKey, createSqliteRepositories, newId, openDatabase, type Repositories } from '@contentflow/platform';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { RepositoryContentHistory } from './repository-content-history.ts';
import { suggestionsMetadata } from './suggestion-metadata.ts';

/** The history adapter over the real SQLite repositories. */
let dir: string;
let db: DatabaseSync;
let repositories: Repositories;
let clock = Date.UTC(2026, 0, 1);
const TENANT = 'tenant-a';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cf-creative-history-'));
  db = openDatabase(join(dir, 'contentflow.db'));
  // Each record a minute after the last, so "newest first" is well defined.
  repositories = createSqliteRepositories(db, {
    now: () => {
      clock += 60_000;
      return new Date(clock);
    },
  });
});

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

async function record(kind: string, fields: { title?: string; metadata?: Record<string, unknown> }, tenantId = TENANT) {
  const jobId = newId();
  const { content } = await repositories.content.create({
    tenantId,
    jobId,
    producerKey: 'test:0',
    kind,
    mimeType: 'application/json',
    blobKey: blobKey(tenantId, 'jobs', jobId, 'out.json'),
    bytes: 0,
    ...(fields.title ? { title: fields.title } : {}),
    metadata: (fields.metadata ?? {}) as never,
    provider: { engine: kind.split('/')[0]!, provider: 'offline' },
  });
  return content;
}

test('content and past suggestions become items, newest first, with the latest engagement per platform', async () => {
  const short = await record('video/short', { title: 'Pulling a shot' });
  const observe = (platform: string, observedAt: string, metrics: Record<string, number>) =>
    repositories.engagement.record({ tenantId: TENANT, contentId: short.id, platform, metrics, observedAt });
  await observe('tiktok', '2026-01-02T00:00:00Z', { views: 100, likes: 5 });
  await observe('tiktok', '2026-01-03T00:00:00Z', { views: 400, likes: 20, comments: 4, shares: 1 });
  await observe('youtube', '2026-01-03T00:00:00Z', { impressions: 50, likes: 2 });
  await observe('x', '2026-01-03T00:00:00Z', { likes: 3 });
  await record('image/graphic', { metadata: { format: 'carousel' } });
  const graphic = await record('image/graphic', { title: 'Milk steaming', metadata: { format: 'carousel' } });
  await record('creative/ideas', {
    title: '2 ideas: espresso',
    metadata: suggestionsMetadata([
      { title: 'Grinders, ranked', angle: 'Every grinder, ranked', hook: 'I tested them all', format: 'long-form' },
      { title: 'Espresso myths' },
    ]),
  });
  await record('creative/ideas', { title: 'From an older version', metadata: { ideas: ['not this shape'] } });
  await record('text/article', { title: 'Another tenant’s post' }, 'tenant-b');

  const items = await new RepositoryContentHistory(repositories).recent(TENANT, 100);
  expect(items.map(({ contentId: _id, createdAt: _at, ...rest }) => rest)).toEqual([
    {
      kind: 'creative/ideas',
      title: 'Grinders, ranked',
      angle: 'Every grinder, ranked',
      hook: 'I tested them all',
      format: 'long-form',
      engagement: [],
    },
    { kind: 'creative/ideas', title: 'Espresso myths', engagement: [] },
    { kind: 'image/graphic', title: 'Milk steaming', format: 'carousel', engagement: [] },
    {
      kind: 'video/short',
      title: 'Pulling a shot',
      format: 'short',
      engagement: [
        { platform: 'tiktok', reach: 400, interactions: 25 },
        { platform: 'youtube', reach: 50, interactions: 2 },
      ],
    },
  ]);
  expect(items[2]!.contentId).toBe(graphic.id);
});

test('reads at most `limit` records, across pages', async () => {
  for (let n = 0; n < 120; n += 1) await record('text/article', { title: `Post ${n}` }, 'tenant-many');
  const items = await new RepositoryContentHistory(repositories).recent('tenant-many', 105);
  expect(items).toHaveLength(105);
  expect(items[0]!.title).toBe('Post 119');
  expect(items.at(-1)!.title).toBe('Post 15');
});
