import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JOBS_SOURCE, jobRequestedV1 } from '@contentflow/events';
import {
  type Content,
  createSqliteRepositories,
  type EngineDefinition,
  type EngineJobOutcome,
  LocalBlobStore,
  newId,
  openDatabase,
  runEngineJob,
  SqliteEventBus,
} from '@contentflow/platform';

export interface StoredContent {
  content: Content;
  body: Buffer;
}

export interface EngineJobRun {
  outcome: EngineJobOutcome;
  stored: StoredContent[];
}

export interface LocalEngineHarness {
  /** Runs one Job.Requested for `task` through runEngineJob, as the engine's Lambda handler would. */
  run(task: string, input: Record<string, unknown>, tenantId?: string): Promise<EngineJobRun>;
  close(): void;
}

/** An engine on the real local adapters (SQLite repositories and bus, files for blobs) in a temporary data dir. */
export function startLocalEngineHarness(engine: EngineDefinition): LocalEngineHarness {
  const dataDir = mkdtempSync(join(tmpdir(), 'cf-text-'));
  const db = openDatabase(join(dataDir, 'contentflow.db'));
  const events = new SqliteEventBus({ db });
  const repositories = createSqliteRepositories(db);
  const blobs = new LocalBlobStore({ dataDir, baseUrl: 'http://localhost:3000' });
  return {
    async run(task, input, tenantId = 'tenant-1') {
      const jobId = newId();
      const { detail } = jobRequestedV1.create({
        tenantId,
        source: JOBS_SOURCE,
        data: { jobId, engine: engine.engine, task, input, requestedBy: 'user-1' },
      });
      const outcome = await runEngineJob(detail, engine, { events, content: repositories.content, blobs });
      const contents = await repositories.content.listByJob(tenantId, jobId);
      const stored = await Promise.all(
        contents.map(async (content) => ({ content, body: Buffer.from((await blobs.get(content.blobKey)).body) })),
      );
      return { outcome, stored };
    },
    close() {
      db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
