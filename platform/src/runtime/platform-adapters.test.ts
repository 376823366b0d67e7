import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { EventBridgeEventBus } from '../aws/eventbridge/eventbridge-event-bus.ts';
import { S3BlobStore } from '../aws/s3/s3-blob-store.ts';
import { LocalBlobStore } from '../local/blob-store/local-blob-store.ts';
import { SqliteEventBus } from '../local/event-bus/sqlite-event-bus.ts';
import { InProcessJobChangeFeed } from '../local/job-change-feed/in-process-job-change-feed.ts';
import { openDatabase } from '../local/sqlite/open-database.ts';
import { MongoJobChangeFeed } from '../mongodb/mongo-job-change-feed.ts';
import { closePlatformAdapters, platformAdapters } from './platform-adapters.ts';

const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cf-adapters-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await closePlatformAdapters();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('platform adapters', () => {
  test('the local defaults share one database and expose the local runtime parts', async () => {
    const adapters = await platformAdapters({ CONTENTFLOW_DATA_DIR: dataDir() });
    expect(adapters.events).toBeInstanceOf(SqliteEventBus);
    expect(adapters.blobs).toBeInstanceOf(LocalBlobStore);
    expect(adapters.local?.bus).toBe(adapters.events);
    expect(adapters.local?.blobs).toBe(adapters.blobs);
    const { job } = await adapters.repositories.jobs.create({
      tenantId: 't1',
      engine: 'text',
      task: 'analyze',
      input: {},
      correlationId: 'c1',
    });
    expect(await adapters.repositories.jobs.get('t1', job.id)).toMatchObject({ status: 'queued' });
  });

  test('a background failure of the local bus reaches the process’s listener, with its source', async () => {
    const dir = dataDir();
    const adapters = await platformAdapters({ CONTENTFLOW_DATA_DIR: dir });
    const heard: Array<[string, string]> = [];
    adapters.onBackgroundError((error, source) => heard.push([source, String(error)]));
    adapters.local?.bus.registerRule({
      name: 'all',
      eventPattern: { source: ['contentflow.test'] },
      targets: [{ id: 't', handler: async () => {} }],
    });
    await adapters.durability.durable(); // the rule's writes commit at the end of this turn
    // Another process holds the write lock past the busy timeout: the dispatcher's claim fails in the background.
    adapters.local?.db.exec('PRAGMA busy_timeout = 50');
    const other = openDatabase(join(dir, 'contentflow.db'));
    other.exec('BEGIN IMMEDIATE');
    try {
      adapters.local?.bus.start();
      await vi.waitFor(() => expect(heard).toContainEqual(['event bus', expect.stringMatching(/locked|busy/i)]));
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });

  test('the same configuration yields the same adapters; another data dir yields others', async () => {
    const dir = dataDir();
    expect(await platformAdapters({ CONTENTFLOW_DATA_DIR: dir })).toBe(
      await platformAdapters({ CONTENTFLOW_DATA_DIR: dir }),
    );
    expect(await platformAdapters({ CONTENTFLOW_DATA_DIR: dataDir() })).not.toBe(
      await platformAdapters({ CONTENTFLOW_DATA_DIR: dir }),
    );
  });

  test('AWS adapters are chosen per port; without a local bus there is no local runtime', async () => {
    const adapters = await platformAdapters({
      CONTENTFLOW_DATA_DIR: dataDir(),
      CONTENTFLOW_EVENT_BUS: 'eventbridge',
      CONTENTFLOW_EVENT_BUS_NAME: 'contentflow',
      CONTENTFLOW_BLOB_STORE: 's3',
      CONTENTFLOW_MEDIA_BUCKET: 'contentflow-media',
    });
    expect(adapters.events).toBeInstanceOf(EventBridgeEventBus);
    expect(adapters.blobs).toBeInstanceOf(S3BlobStore);
    expect(adapters.local).toBeUndefined();
    expect(adapters.ports).toMatchObject({ commandQueue: 'local', database: 'sqlite' });
  });

  test('with SQLite, live job changes go through the in-process feed', async () => {
    const adapters = await platformAdapters({ CONTENTFLOW_DATA_DIR: dataDir() });
    expect(adapters.jobChanges).toBeInstanceOf(InProcessJobChangeFeed);
  });

  // Needs a server (a replica set, for the change stream); see README.
  test.skipIf(process.env['MONGODB_URI'] === undefined)(
    'with MongoDB, live job changes come from the jobs change stream',
    async () => {
      const adapters = await platformAdapters({
        CONTENTFLOW_DATA_DIR: dataDir(),
        CONTENTFLOW_DATABASE: 'mongodb',
        MONGODB_URI: process.env['MONGODB_URI'],
      });
      expect(adapters.jobChanges).toBeInstanceOf(MongoJobChangeFeed);
    },
  );
});
