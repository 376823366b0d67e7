import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { JSONValue } from '@aws-lambda-powertools/commons/types';
import {
  IdempotencyItemAlreadyExistsError,
  IdempotencyItemNotFoundError,
  IdempotencyRecordStatus,
} from '@aws-lambda-powertools/idempotency';
import { BasePersistenceLayer, IdempotencyRecord } from '@aws-lambda-powertools/idempotency/persistence';
import type { IdempotencyRecordStatusValue } from '@aws-lambda-powertools/idempotency/types';

interface Row {
  key: string;
  status: string;
  expiry: number | null;
  in_progress_expiry: number | null;
  response: string | null;
  payload_hash: string | null;
}

/**
 * Powertools idempotency records in the local SQLite file, with the same conditional-put rule as the
 * DynamoDB layer: a record may be (re)written only when absent, expired, or an in-progress record whose
 * in-progress window has lapsed. That rule is what keeps a redelivered event from running a job twice.
 */
export class SqliteIdempotencyPersistence extends BasePersistenceLayer {
  readonly #statements: Record<'get' | 'put' | 'update' | 'delete', StatementSync>;

  constructor(db: DatabaseSync) {
    super();
    db.exec(`CREATE TABLE IF NOT EXISTS idempotency_records (
      key TEXT PRIMARY KEY,
      status TEXT NOT NULL,
      expiry INTEGER,
      in_progress_expiry INTEGER,
      response TEXT,
      payload_hash TEXT
    )`);
    this.#statements = {
      get: db.prepare('SELECT * FROM idempotency_records WHERE key = ?'),
      put: db.prepare(`INSERT INTO idempotency_records (key, status, expiry, in_progress_expiry, response, payload_hash)
         VALUES (?, ?, ?, ?, NULL, ?)
         ON CONFLICT(key) DO UPDATE SET
           status = excluded.status, expiry = excluded.expiry, in_progress_expiry = excluded.in_progress_expiry,
           response = NULL, payload_hash = excluded.payload_hash
         WHERE idempotency_records.expiry < ?
            OR (idempotency_records.status = ? AND idempotency_records.in_progress_expiry IS NOT NULL
                AND idempotency_records.in_progress_expiry < ?)`),
      update: db.prepare(
        'UPDATE idempotency_records SET status = ?, expiry = ?, response = ?, payload_hash = ? WHERE key = ?',
      ),
      delete: db.prepare('DELETE FROM idempotency_records WHERE key = ?'),
    };
  }

  protected async _getRecord(idempotencyKey: string): Promise<IdempotencyRecord> {
    const row = this.#statements.get.get(idempotencyKey) as Row | undefined;
    if (!row) throw new IdempotencyItemNotFoundError();
    return toRecord(row);
  }

  protected async _putRecord(record: IdempotencyRecord): Promise<void> {
    const now = Date.now();
    const result = this.#statements.put.run(
      record.idempotencyKey,
      record.getStatus(),
      record.expiryTimestamp ?? null,
      record.inProgressExpiryTimestamp ?? null,
      this.isPayloadValidationEnabled() ? (record.payloadHash ?? null) : null,
      now / 1000,
      IdempotencyRecordStatus.INPROGRESS,
      now,
    );
    if (result.changes === 0) {
      const existing = this.#statements.get.get(record.idempotencyKey) as Row | undefined;
      throw new IdempotencyItemAlreadyExistsError(
        `Failed to put record for already existing idempotency key: ${record.idempotencyKey}`,
        existing && toRecord(existing),
      );
    }
  }

  protected async _updateRecord(record: IdempotencyRecord): Promise<void> {
    this.#statements.update.run(
      record.getStatus(),
      record.expiryTimestamp ?? null,
      record.responseData === undefined ? null : JSON.stringify(record.responseData),
      this.isPayloadValidationEnabled() ? (record.payloadHash ?? null) : null,
      record.idempotencyKey,
    );
  }

  protected async _deleteRecord(record: IdempotencyRecord): Promise<void> {
    this.#statements.delete.run(record.idempotencyKey);
  }
}

function toRecord(row: Row): IdempotencyRecord {
  return new IdempotencyRecord({
    idempotencyKey: row.key,
    status: row.status as IdempotencyRecordStatusValue,
    expiryTimestamp: row.expiry ?? undefined,
    inProgressExpiryTimestamp: row.in_progress_expiry ?? undefined,
    responseData: row.response === null ? undefined : (JSON.parse(row.response) as JSONValue),
    payloadHash: row.payload_hash ?? undefined,
  });
}
