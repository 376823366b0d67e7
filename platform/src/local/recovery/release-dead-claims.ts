import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from '../sqlite/open-database.ts';

export interface ReleasedClaims {
  inFlightMessages: number;
  leasedDeliveries: number;
  inProgressRecords: number;
}

function tableExists(db: DatabaseSync, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/**
 * Hands back everything a dead process held, so a restart resumes at once instead of waiting out visibility
 * timeouts, delivery leases and idempotency in-progress windows. Only safe when no other process uses the
 * database — which `claimDataDir` establishes. Nothing is lost either way: this only shortens the wait.
 */
export function releaseDeadClaims(db: DatabaseSync, now = Date.now()): ReleasedClaims {
  return inTransaction(db, () => ({
    // Received but not deleted: visible again (never-received delayed messages keep their delay).
    inFlightMessages: tableExists(db, 'queue_messages')
      ? Number(
          db
            .prepare('UPDATE queue_messages SET visible_at = ? WHERE receipt_token IS NOT NULL AND visible_at > ?')
            .run(now, now).changes,
        )
      : 0,
    leasedDeliveries: tableExists(db, 'bus_deliveries')
      ? Number(
          db
            .prepare('UPDATE bus_deliveries SET lease_token = NULL, lease_expires_at = 0 WHERE lease_expires_at > ?')
            .run(now).changes,
        )
      : 0,
    // A run that died mid-way: its record would refuse the retry until the Lambda timeout passed.
    inProgressRecords: tableExists(db, 'idempotency_records')
      ? Number(db.prepare("DELETE FROM idempotency_records WHERE status = 'INPROGRESS'").run().changes)
      : 0,
  }));
}
