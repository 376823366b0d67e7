import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import { z } from 'zod';
import { buildContent, type Content, type NewContent } from '../../domain/content.ts';
import { jsonObjectSchema } from '../../domain/json.ts';
import { decodeCursor, listingScope, type Page, type PageRequest, pageLimit, toPage } from '../../domain/page.ts';
import type { ContentRepository, CreateContentResult } from '../../ports/content.repository.port.ts';
import type { RepositoryOptions } from '../../ports/repositories.port.ts';
import { jsonColumn, nullable } from './sqlite-columns.ts';

// The delivery index makes a redelivered event a no-op and also serves `listByJob`.
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS repo_content (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL,
    job_id TEXT NOT NULL,
    producer_key TEXT NOT NULL,
    kind TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    blob_key TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    title TEXT,
    metadata TEXT NOT NULL,
    provider TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE UNIQUE INDEX IF NOT EXISTS repo_content_delivery ON repo_content (tenant_id, job_id, producer_key);
  CREATE INDEX IF NOT EXISTS repo_content_by_tenant ON repo_content (tenant_id, created_at DESC, id DESC);
`;

const contentRow = z
  .object({
    id: z.string(),
    tenant_id: z.string(),
    job_id: z.string(),
    producer_key: z.string(),
    kind: z.string(),
    mime_type: z.string(),
    blob_key: z.string(),
    bytes: z.number(),
    title: nullable(z.string()),
    metadata: jsonColumn(jsonObjectSchema),
    provider: jsonColumn(z.object({ engine: z.string(), provider: z.string(), model: z.string().optional() })),
    created_at: z.string(),
  })
  .transform(
    (row): Content => ({
      id: row.id,
      tenantId: row.tenant_id,
      jobId: row.job_id,
      producerKey: row.producer_key,
      kind: row.kind,
      mimeType: row.mime_type,
      blobKey: row.blob_key,
      bytes: row.bytes,
      title: row.title,
      metadata: row.metadata,
      provider: row.provider,
      createdAt: row.created_at,
    }),
  );

function toContent(row: unknown): Content | null {
  return row === undefined ? null : contentRow.parse(row);
}

export class SqliteContentRepository implements ContentRepository {
  readonly #db: DatabaseSync;
  readonly #now: () => Date;
  readonly #insert: StatementSync;
  readonly #byId: StatementSync;
  readonly #byDelivery: StatementSync;
  readonly #byJob: StatementSync;

  constructor(db: DatabaseSync, options: RepositoryOptions = {}) {
    db.exec(SCHEMA);
    this.#db = db;
    this.#now = options.now ?? (() => new Date());
    this.#insert = db.prepare(
      `INSERT INTO repo_content (id, tenant_id, job_id, producer_key, kind, mime_type, blob_key, bytes, title,
         metadata, provider, created_at)
       VALUES ($id, $tenantId, $jobId, $producerKey, $kind, $mimeType, $blobKey, $bytes, $title,
         $metadata, $provider, $createdAt)
       ON CONFLICT (tenant_id, job_id, producer_key) DO NOTHING`,
    );
    this.#byId = db.prepare('SELECT * FROM repo_content WHERE id = ? AND tenant_id = ?');
    this.#byDelivery = db.prepare('SELECT * FROM repo_content WHERE tenant_id = ? AND job_id = ? AND producer_key = ?');
    this.#byJob = db.prepare('SELECT * FROM repo_content WHERE tenant_id = ? AND job_id = ? ORDER BY created_at, id');
  }

  async create(input: NewContent): Promise<CreateContentResult> {
    const content = buildContent(input, this.#now());
    const { changes } = this.#insert.run({
      ...content,
      title: content.title ?? null,
      metadata: JSON.stringify(content.metadata),
      provider: JSON.stringify(content.provider),
    });
    if (Number(changes) === 1) return { content, created: true };
    const existing = toContent(this.#byDelivery.get(content.tenantId, content.jobId, content.producerKey));
    if (existing === null) throw new Error(`content insert for job ${content.jobId} was ignored but none matches`);
    return { content: existing, created: false };
  }

  async get(tenantId: string, id: string): Promise<Content | null> {
    return toContent(this.#byId.get(id, tenantId));
  }

  async list(tenantId: string, request: PageRequest = {}): Promise<Page<Content>> {
    const limit = pageLimit(request.limit);
    const scope = listingScope('content', tenantId);
    const params: Record<string, SQLInputValue> = { tenantId, limit: limit + 1 };
    let after = '';
    if (request.cursor !== undefined) {
      const position = decodeCursor(scope, request.cursor);
      after = 'AND (created_at < $afterCreatedAt OR (created_at = $afterCreatedAt AND id < $afterId))';
      params['afterCreatedAt'] = position.createdAt;
      params['afterId'] = position.id;
    }
    const rows = this.#db
      .prepare(
        `SELECT * FROM repo_content WHERE tenant_id = $tenantId ${after}
         ORDER BY created_at DESC, id DESC LIMIT $limit`,
      )
      .all(params);
    return toPage(
      rows.map((row) => contentRow.parse(row)),
      limit,
      scope,
    );
  }

  async listByJob(tenantId: string, jobId: string): Promise<Content[]> {
    return this.#byJob.all(tenantId, jobId).map((row) => contentRow.parse(row));
  }
}
