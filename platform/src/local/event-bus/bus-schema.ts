import type { DatabaseSync } from 'node:sqlite';

/**
 * The bus's tables, in the one SQLite file shared with the queue and repositories (hence the `bus_` prefix).
 * Created idempotently: every process that opens the bus runs this.
 */
export function ensureBusSchema(db: DatabaseSync): void {
  db.exec(`
    -- The archive: every accepted event, as delivered. Replays select by the event's own time, like EventBridge.
    CREATE TABLE IF NOT EXISTS bus_events (
      id TEXT PRIMARY KEY,
      event_time INTEGER NOT NULL,
      received_at INTEGER NOT NULL,
      body TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS bus_events_by_time ON bus_events (event_time);

    -- Rules live in the file, not only in the registering process, so a process that only publishes
    -- still fans events out to the targets other processes consume.
    CREATE TABLE IF NOT EXISTS bus_rules (
      name TEXT PRIMARY KEY,
      event_pattern TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS bus_targets (
      rule_name TEXT NOT NULL REFERENCES bus_rules (name) ON DELETE CASCADE,
      target_id TEXT NOT NULL,
      PRIMARY KEY (rule_name, target_id)
    );
    -- Bumped on every rule change, so publishers reload their compiled rules only when needed.
    CREATE TABLE IF NOT EXISTS bus_rules_version (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      version INTEGER NOT NULL
    );
    INSERT OR IGNORE INTO bus_rules_version (id, version) VALUES (1, 0);

    -- One row per (event, rule, target) still to deliver, or dead. Delivered rows are deleted.
    -- A claim sets lease_token and lease_expires_at; a lease that expires (crashed process) is claimed again.
    CREATE TABLE IF NOT EXISTS bus_deliveries (
      id INTEGER PRIMARY KEY,
      event_id TEXT NOT NULL REFERENCES bus_events (id),
      rule_name TEXT NOT NULL,
      target_id TEXT NOT NULL,
      replay_name TEXT,
      state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'dead')),
      attempts INTEGER NOT NULL DEFAULT 0,
      created_at INTEGER NOT NULL,
      available_at INTEGER NOT NULL,
      lease_token TEXT,
      lease_expires_at INTEGER NOT NULL DEFAULT 0,
      error_code TEXT,
      error_message TEXT,
      dead_at INTEGER
    );
    CREATE INDEX IF NOT EXISTS bus_deliveries_due ON bus_deliveries (rule_name, target_id, state, available_at);
    -- Counting a target's leased deliveries (its concurrency in use) must not scan its whole backlog.
    CREATE INDEX IF NOT EXISTS bus_deliveries_leased ON bus_deliveries (rule_name, target_id, lease_expires_at)
      WHERE state = 'pending';

    CREATE TABLE IF NOT EXISTS bus_replays (
      name TEXT PRIMARY KEY,
      rule_name TEXT NOT NULL,
      event_start_time INTEGER NOT NULL,
      event_end_time INTEGER NOT NULL,
      events_replayed INTEGER NOT NULL,
      deliveries_created INTEGER NOT NULL,
      started_at INTEGER NOT NULL
    );
  `);
}
