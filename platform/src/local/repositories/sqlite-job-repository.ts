import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import { z } from 'zod';
import { idSchema } from '../../domain/ids.ts';
import {
  buildJob,
  JOB_STATUSES,
  type Job,
  type JobProgress,
  type JobTransition,
  jobErrorSchema,
  jobProgressSchema,
  jobStatusSchema,
  jobStepSchema,
  jobTransitionPatch,
  type NewJob,
} from '../../domain/job.ts';
import { applyJobStepChange, type JobStepChange } from '../../domain/job-step.ts';
import { jsonObjectSchema } from '../../domain/json.ts';
import { decodeCursor, listingScope, type Page, pageLimit, toPage } from '../../domain/page.ts';
import type {
  CreateJobResult,
  JobRepository,
  JobUpdateResult,
  ListJobsRequest,
  ListQueuedOptions,
} from '../../ports/job.repository.port.ts';
import type { RepositoryOptions } from '../../ports/repositories.port.ts';
import { inTransaction } from '../sqlite/open-database.ts';
import { jsonColumn, nullable } from './sqlite-columns.ts';

// The partial unique index makes the idempotency key unique per tenant while jobs without one stay unconstrained.
// The listing indexes match `list`'s ORDER BY so a page is an index range scan.
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS repo_jobs (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL,
    engine TEXT NOT NULL,
    task TEXT NOT NULL,
    input TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN (${JOB_STATUSES.map((status) => `'${status}'`).join(', ')})),
    progress TEXT NOT NULL,
    error TEXT,
    content_ids TEXT NOT NULL,
    steps TEXT NOT NULL DEFAULT '[]',
    idempotency_key TEXT,
    correlation_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    started_at TEXT,
    finished_at TEXT
  ) STRICT;
  CREATE UNIQUE INDEX IF NOT EXISTS repo_jobs_idempotency
    ON repo_jobs (tenant_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
  CREATE INDEX IF NOT EXISTS repo_jobs_by_tenant ON repo_jobs (tenant_id, created_at DESC, id DESC);
  CREATE INDEX IF NOT EXISTS repo_jobs_by_tenant_status ON repo_jobs (tenant_id, status, created_at DESC, id DESC);
  -- Only queued jobs, for the stranded-jobs sweep: updates of running jobs (progress, content) leave it alone.
  DROP INDEX IF EXISTS repo_jobs_by_status_age;
  CREATE INDEX IF NOT EXISTS repo_jobs_queued_by_age ON repo_jobs (updated_at, id) WHERE status = 'queued';
  -- Only running jobs, for the sweep that fails jobs no engine can still be working on.
  CREATE INDEX IF NOT EXISTS repo_jobs_running_by_start ON repo_jobs (started_at, id) WHERE status = 'running';
`;

/** Tables created before jobs had steps get the column (ADD COLUMN with a default is instant in SQLite). */
function addStepsColumn(db: DatabaseSync): void {
  const columns = db.prepare("SELECT name FROM pragma_table_info('repo_jobs')").all();
  if (!columns.some((column) => column['name'] === 'steps')) {
    db.exec("ALTER TABLE repo_jobs ADD COLUMN steps TEXT NOT NULL DEFAULT '[]'");
  }
}

const jobRow = z
  .object({
    id: z.string(),
    tenant_id: z.string(),
    engine: z.string(),
    task: z.string(),
    input: jsonColumn(jsonObjectSchema),
    status: jobStatusSchema,
    progress: jsonColumn(jobProgressSchema),
    error: nullable(jsonColumn(jobErrorSchema)),
    content_ids: jsonColumn(z.array(z.string())),
    steps: jsonColumn(z.array(jobStepSchema)),
    idempotency_key: nullable(z.string()),
    correlation_id: z.string(),
    created_at: z.string(),
    updated_at: z.string(),
    started_at: nullable(z.string()),
    finished_at: nullable(z.string()),
  })
  .transform(
    (row): Job => ({
      id: row.id,
      tenantId: row.tenant_id,
      engine: row.engine,
      task: row.task,
      input: row.input,
      status: row.status,
      progress: row.progress,
      error: row.error,
      contentIds: row.content_ids,
      steps: row.steps,
      idempotencyKey: row.idempotency_key,
      correlationId: row.correlation_id,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      startedAt: row.started_at,
      finishedAt: row.finished_at,
    }),
  );

/** The rows a sweep reads, decoded; one that does not decode is reported and skipped. */
function readableJobs(rows: Record<string, unknown>[], options: ListQueuedOptions): Job[] {
  const jobs: Job[] = [];
  for (const row of rows) {
    const parsed = jobRow.safeParse(row);
    if (parsed.success) jobs.push(parsed.data);
    else options.onUnreadable?.(String(row['id']), parsed.error);
  }
  return jobs;
}

function toJob(row: unknown): Job | null {
  return row === undefined ? null : jobRow.parse(row);
}

export class SqliteJobRepository implements JobRepository {
  readonly #db: DatabaseSync;
  readonly #now: () => Date;
  readonly #insert: StatementSync;
  readonly #byId: StatementSync;
  readonly #byIdempotencyKey: StatementSync;
  readonly #transition: StatementSync;
  readonly #progress: StatementSync;
  readonly #attach: StatementSync;
  readonly #queuedBefore: StatementSync;
  readonly #runningStartedBefore: StatementSync;
  readonly #steps: StatementSync;

  constructor(db: DatabaseSync, options: RepositoryOptions = {}) {
    db.exec(SCHEMA);
    addStepsColumn(db);
    this.#db = db;
    this.#now = options.now ?? (() => new Date());
    this.#insert = db.prepare(
      `INSERT INTO repo_jobs (id, tenant_id, engine, task, input, status, progress, content_ids, idempotency_key,
         correlation_id, created_at, updated_at)
       VALUES ($id, $tenantId, $engine, $task, $input, $status, $progress, $contentIds, $idempotencyKey,
         $correlationId, $createdAt, $updatedAt)
       ON CONFLICT (tenant_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING`,
    );
    this.#byId = db.prepare('SELECT * FROM repo_jobs WHERE id = ? AND tenant_id = ?');
    this.#byIdempotencyKey = db.prepare('SELECT * FROM repo_jobs WHERE tenant_id = ? AND idempotency_key = ?');
    this.#transition = db.prepare(
      `UPDATE repo_jobs SET
         status = $status,
         updated_at = $updatedAt,
         started_at = COALESCE($startedAt, started_at),
         finished_at = COALESCE($finishedAt, finished_at),
         error = COALESCE($error, error),
         progress = CASE WHEN $completeProgress THEN json_set(progress, '$.percent', 100) ELSE progress END
       WHERE id = $id AND tenant_id = $tenantId AND status IN (SELECT value FROM json_each($from))
       RETURNING *`,
    );
    this.#progress = db.prepare(
      `UPDATE repo_jobs SET progress = $progress, updated_at = $updatedAt
       WHERE id = $id AND tenant_id = $tenantId AND status = 'running'
         AND json_extract(progress, '$.percent') <= $percent
       RETURNING *`,
    );
    this.#queuedBefore = db.prepare(
      "SELECT * FROM repo_jobs WHERE status = 'queued' AND updated_at < ? ORDER BY updated_at, id LIMIT ?",
    );
    this.#runningStartedBefore = db.prepare(
      "SELECT * FROM repo_jobs WHERE status = 'running' AND started_at < ? ORDER BY started_at, id LIMIT ?",
    );
    this.#attach = db.prepare(
      `UPDATE repo_jobs SET content_ids = json_insert(content_ids, '$[#]', $contentId), updated_at = $updatedAt
       WHERE id = $id AND tenant_id = $tenantId
         AND NOT EXISTS (SELECT 1 FROM json_each(repo_jobs.content_ids) WHERE value = $contentId)
       RETURNING *`,
    );
    this.#steps = db.prepare(
      'UPDATE repo_jobs SET steps = $steps, updated_at = $updatedAt WHERE id = $id AND tenant_id = $tenantId RETURNING *',
    );
  }

  async listQueuedBefore(cutoff: Date, limit: number, options: ListQueuedOptions = {}): Promise<Job[]> {
    return readableJobs(this.#queuedBefore.all(cutoff.toISOString(), limit), options);
  }

  async listRunningStartedBefore(cutoff: Date, limit: number, options: ListQueuedOptions = {}): Promise<Job[]> {
    return readableJobs(this.#runningStartedBefore.all(cutoff.toISOString(), limit), options);
  }

  async create(input: NewJob): Promise<CreateJobResult> {
    const job = buildJob(input, this.#now());
    const { changes } = this.#insert.run({
      id: job.id,
      tenantId: job.tenantId,
      engine: job.engine,
      task: job.task,
      input: JSON.stringify(job.input),
      status: job.status,
      progress: JSON.stringify(job.progress),
      contentIds: JSON.stringify(job.contentIds),
      idempotencyKey: job.idempotencyKey ?? null,
      correlationId: job.correlationId,
      createdAt: job.createdAt,
      updatedAt: job.updatedAt,
    });
    if (Number(changes) === 1) return { job, created: true };
    // Only the idempotency index can swallow an insert, so the existing job is there.
    const existing = toJob(this.#byIdempotencyKey.get(job.tenantId, job.idempotencyKey ?? null));
    if (existing === null) throw new Error(`job insert for tenant ${job.tenantId} was ignored but no job matches`);
    return { job: existing, created: false };
  }

  async get(tenantId: string, id: string): Promise<Job | null> {
    return toJob(this.#byId.get(id, tenantId));
  }

  async list(tenantId: string, request: ListJobsRequest = {}): Promise<Page<Job>> {
    const limit = pageLimit(request.limit);
    const scope = listingScope('jobs', tenantId, { status: request.status });
    const conditions = ['tenant_id = $tenantId'];
    const params: Record<string, SQLInputValue> = { tenantId, limit: limit + 1 };
    if (request.status !== undefined) {
      conditions.push('status = $status');
      params['status'] = jobStatusSchema.parse(request.status);
    }
    if (request.cursor !== undefined) {
      const after = decodeCursor(scope, request.cursor);
      conditions.push('(created_at < $afterCreatedAt OR (created_at = $afterCreatedAt AND id < $afterId))');
      params['afterCreatedAt'] = after.createdAt;
      params['afterId'] = after.id;
    }
    const rows = this.#db
      .prepare(
        `SELECT * FROM repo_jobs WHERE ${conditions.join(' AND ')} ORDER BY created_at DESC, id DESC LIMIT $limit`,
      )
      .all(params);
    return toPage(
      rows.map((row) => jobRow.parse(row)),
      limit,
      scope,
    );
  }

  async transition(tenantId: string, id: string, transition: JobTransition): Promise<JobUpdateResult> {
    const patch = jobTransitionPatch(transition, this.#now());
    return this.#update(tenantId, id, this.#transition, {
      status: patch.status,
      updatedAt: patch.updatedAt,
      startedAt: patch.startedAt ?? null,
      finishedAt: patch.finishedAt ?? null,
      error: patch.error === undefined ? null : JSON.stringify(patch.error),
      completeProgress: patch.completeProgress ? 1 : 0,
      from: JSON.stringify(patch.from),
    });
  }

  async updateProgress(tenantId: string, id: string, progress: JobProgress): Promise<JobUpdateResult> {
    const parsed = jobProgressSchema.parse(progress);
    return this.#update(tenantId, id, this.#progress, {
      progress: JSON.stringify(parsed),
      percent: parsed.percent,
      updatedAt: this.#now().toISOString(),
    });
  }

  async attachContent(tenantId: string, id: string, contentId: string): Promise<JobUpdateResult> {
    return this.#update(tenantId, id, this.#attach, {
      contentId: idSchema.parse(contentId),
      updatedAt: this.#now().toISOString(),
    });
  }

  async recordStep(tenantId: string, id: string, change: JobStepChange): Promise<JobUpdateResult> {
    // Read, decide and write under one write lock: another process cannot slip a step change in between.
    return inTransaction(this.#db, () => {
      const job = toJob(this.#byId.get(id, tenantId));
      if (job === null) return { applied: false, job: null };
      const steps = applyJobStepChange(job, change);
      if (steps === null) return { applied: false, job };
      const params = { id, tenantId, steps: JSON.stringify(steps), updatedAt: this.#now().toISOString() };
      return { applied: true, job: jobRow.parse(this.#steps.get(params)) };
    });
  }

  /** Runs a conditional UPDATE … RETURNING; when its condition held nothing, reports the job as it is. */
  #update(
    tenantId: string,
    id: string,
    statement: StatementSync,
    params: Record<string, SQLInputValue>,
  ): JobUpdateResult {
    const updated = statement.get({ ...params, id, tenantId });
    if (updated !== undefined) return { applied: true, job: jobRow.parse(updated) };
    return { applied: false, job: toJob(this.#byId.get(id, tenantId)) };
  }
}
