import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { z } from 'zod';
import {
  buildEngagementSnapshot,
  type EngagementSnapshot,
  type NewEngagementSnapshot,
} from '../../domain/engagement.ts';
import type { EngagementRepository } from '../../ports/engagement.repository.port.ts';
import type { RepositoryOptions } from '../../ports/repositories.port.ts';
import { jsonColumn } from './sqlite-columns.ts';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS repo_engagement (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL,
    content_id TEXT NOT NULL,
    platform TEXT NOT NULL,
    observed_at TEXT NOT NULL,
    metrics TEXT NOT NULL,
    recorded_at TEXT NOT NULL
  ) STRICT;
  CREATE UNIQUE INDEX IF NOT EXISTS repo_engagement_observation
    ON repo_engagement (tenant_id, content_id, observed_at, platform);
`;

const snapshotRow = z
  .object({
    id: z.string(),
    tenant_id: z.string(),
    content_id: z.string(),
    platform: z.string(),
    observed_at: z.string(),
    metrics: jsonColumn(z.record(z.string(), z.number())),
    recorded_at: z.string(),
  })
  .transform(
    (row): EngagementSnapshot => ({
      id: row.id,
      tenantId: row.tenant_id,
      contentId: row.content_id,
      platform: row.platform,
      metrics: row.metrics,
      observedAt: row.observed_at,
      recordedAt: row.recorded_at,
    }),
  );

export class SqliteEngagementRepository implements EngagementRepository {
  readonly #now: () => Date;
  readonly #upsert: StatementSync;
  readonly #byContent: StatementSync;

  constructor(db: DatabaseSync, options: RepositoryOptions = {}) {
    db.exec(SCHEMA);
    this.#now = options.now ?? (() => new Date());
    this.#upsert = db.prepare(
      `INSERT INTO repo_engagement (id, tenant_id, content_id, platform, observed_at, metrics, recorded_at)
       VALUES ($id, $tenantId, $contentId, $platform, $observedAt, $metrics, $recordedAt)
       ON CONFLICT (tenant_id, content_id, observed_at, platform)
         DO UPDATE SET metrics = excluded.metrics, recorded_at = excluded.recorded_at
       RETURNING *`,
    );
    this.#byContent = db.prepare(
      'SELECT * FROM repo_engagement WHERE tenant_id = ? AND content_id = ? ORDER BY observed_at, platform',
    );
  }

  async record(input: NewEngagementSnapshot): Promise<EngagementSnapshot> {
    const snapshot = buildEngagementSnapshot(input, this.#now());
    return snapshotRow.parse(this.#upsert.get({ ...snapshot, metrics: JSON.stringify(snapshot.metrics) }));
  }

  async listByContent(tenantId: string, contentId: string): Promise<EngagementSnapshot[]> {
    return this.#byContent.all(tenantId, contentId).map((row) => snapshotRow.parse(row));
  }
}
