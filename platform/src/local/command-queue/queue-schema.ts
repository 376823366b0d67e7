import type { DatabaseSync } from 'node:sqlite';

/**
 * The queue's table in the shared SQLite file; every queue lives in it, told apart by `queue`.
 * Times are epoch milliseconds. A message is visible when `visible_at <= now`, so delay, in-flight and
 * visible are one column and a receive is one index range scan on (queue, visible_at).
 * `receipt_token` changes on every receive, which is what makes older receipt handles stale.
 */
export function createQueueSchema(db: DatabaseSync): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS queue_messages (
      seq INTEGER PRIMARY KEY,
      queue TEXT NOT NULL,
      message_id TEXT NOT NULL UNIQUE,
      body TEXT NOT NULL,
      md5_of_body TEXT NOT NULL,
      attributes TEXT,
      sent_at INTEGER NOT NULL,
      visible_at INTEGER NOT NULL,
      receive_count INTEGER NOT NULL DEFAULT 0,
      first_received_at INTEGER,
      receipt_token TEXT,
      dead_letter_source TEXT
    );
    CREATE INDEX IF NOT EXISTS queue_messages_visible ON queue_messages (queue, visible_at);
    CREATE INDEX IF NOT EXISTS queue_messages_dead_lettered ON queue_messages (queue)
      WHERE dead_letter_source IS NOT NULL;
  `);
}
