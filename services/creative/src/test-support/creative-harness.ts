import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { JOBS_SOURCE, jobRequestedV1 } from '@contentflow/events';
import {
  blobKey,
  type Content,
  createSqliteRepositories,
  type EngineJobOutcome,
  LocalBlobStore,
  newId,
  OfflineTextGenerator,
  openDatabase,
  type Repositories,
  runEngineJob,
  SqliteEventBus,
  type TextGenerator,
} from '@contentflow/platform';
import { createCreativeEngine } from '../creative-engine.ts';
import { RepositoryContentHistory } from '../history/repository-content-history.ts';

export interface StoredContent {
  content: Content;
  output: unknown;
}

export interface CreativeJobRun {
  outcome: EngineJobOutcome;
  stored: StoredContent[];
}

/** Something the tenant published before, with what it earned per platform. */
export interface PastPost {
  title: string;
  kind?: string;
  metadata?: Content['metadata'];
  engagement?: { platform: string; metrics: Record<string, number> }[];
}

export interface CreativeHarness {
  readonly repositories: Repositories;
  /** Runs one Job.Requested for `task` through runEngineJob, as the engine's Lambda handler would. */
  run(
    task: string,
    input: Record<string, unknown>,
    options?: { tenantId?: string; writer?: TextGenerator },
  ): Promise<CreativeJobRun>;
  /** Records past content (and its engagement) the way other engines and the analytics engine would. */
  publish(tenantId: string, post: PastPost): Promise<Content>;
  close(): Promise<void>;
}

/** The creative engine on the real local adapters (SQLite repositories and bus, files for blobs) in a temp dir. */
export function startCreativeHarness(options: { now?: () => Date } = {}): CreativeHarness {
  const dataDir = mkdtempSync(join(tmpdir(), 'cf-creative-'));
  const db: DatabaseSync = openDatabase(join(dataDir, 'contentflow.db'));
  const events = new SqliteEventBus({ db });
  const repositories = createSqliteRepositories(db);
  const blobs = new LocalBlobStore({ dataDir, baseUrl: 'http://localhost:3000' });
  const history = new RepositoryContentHistory(repositories);
  const now = options.now ?? (() => new Date('2026-01-15T09:00:00Z'));
  let observations = 0;
  return {
    repositories,
    async run(task, input, { tenantId = 'tenant-1', writer = new OfflineTextGenerator() } = {}) {
      const engine = createCreativeEngine(async () => ({ writer, history, now }));
      const jobId = newId();
      const { detail } = jobRequestedV1.create({
        tenantId,
        source: JOBS_SOURCE,
        data: { jobId, engine: 'creative', task, input, requestedBy: 'user-1' },
      });
      const outcome = await runEngineJob(detail, engine, { events, content: repositories.content, blobs });
      const contents = await repositories.content.listByJob(tenantId, jobId);
      const stored = await Promise.all(
        contents.map(async (content) => ({
          content,
          output: JSON.parse(Buffer.from((await blobs.get(content.blobKey)).body).toString('utf8')) as unknown,
        })),
      );
      return { outcome, stored };
    },
    async publish(tenantId, post) {
      const jobId = newId();
      const { content } = await repositories.content.create({
        tenantId,
        jobId,
        producerKey: 'published:0',
        kind: post.kind ?? 'text/article',
        mimeType: 'text/markdown',
        blobKey: blobKey(tenantId, 'jobs', jobId, 'post.md'),
        bytes: 0,
        title: post.title,
        metadata: post.metadata ?? {},
        provider: { engine: 'text', provider: 'offline' },
      });
      for (const { platform, metrics } of post.engagement ?? []) {
        observations += 1;
        const observedAt = new Date(Date.UTC(2026, 0, 1, 0, observations)).toISOString();
        await repositories.engagement.record({ tenantId, contentId: content.id, platform, metrics, observedAt });
      }
      return content;
    },
    async close() {
      await events.stop();
      db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
