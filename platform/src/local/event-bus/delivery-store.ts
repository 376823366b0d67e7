import { randomUUID } from 'node:crypto';
import type { DatabaseSync, SQLOutputValue } from 'node:sqlite';
import { inTransaction } from '../sqlite/open-database.ts';

export interface TargetKey {
  ruleName: string;
  targetId: string;
}

export interface DeliveryError {
  code: string;
  message: string;
}

export interface ClaimRequest extends TargetKey {
  /** Most invocations the target may run at once, counted across every process sharing the file. */
  maxConcurrency: number;
  /** Attempts allowed in all: the first one plus the retries. */
  maxAttempts: number;
  /** Deliveries created at or before this instant are too old to attempt (maximum event age). */
  expiredAtOrBefore: number;
}

export interface ClaimedDelivery extends TargetKey {
  id: number;
  eventId: string;
  replayName: string | undefined;
  /** Attempts started so far, this one included when the delivery was claimed to be attempted. */
  attempts: number;
  createdAt: number;
  leaseToken: string;
  lastError: DeliveryError | undefined;
  /** The archived event (JSON). */
  body: string;
}

export interface Claim {
  /** To attempt now: each counts as an attempt and against the target's concurrency. */
  due: ClaimedDelivery[];
  /** Out of attempts or too old: to dead-letter without another attempt. */
  exhausted: ClaimedDelivery[];
  /** Targets that may have more due than this claim took (it hit their concurrency). */
  saturated: TargetKey[];
}

export interface PendingCount extends TargetKey {
  pending: number;
  /** Leased right now by some process. */
  inFlight: number;
}

export interface DeadDelivery extends TargetKey {
  id: number;
  eventId: string;
  replayName: string | undefined;
  attempts: number;
  error: DeliveryError;
  deadAt: Date;
  /** The archived event (JSON). */
  body: string;
}

type Row = Record<string, SQLOutputValue>;

const EXHAUSTED_BATCH = 100;

const CLAIMED_COLUMNS = `id, event_id, rule_name, target_id, replay_name, attempts, created_at, lease_token,
  error_code, error_message`;

const CLAIMABLE = `rule_name = :ruleName AND target_id = :targetId AND state = 'pending'
  AND available_at <= :now AND lease_expires_at <= :now`;

/**
 * Delivery rows: what every process sharing the file agrees on. Each change after a claim is conditional on the
 * lease token, so a process whose lease was taken over (it stalled past the lease) changes nothing.
 */
export class DeliveryStore {
  readonly #db: DatabaseSync;
  readonly #statements;

  constructor(db: DatabaseSync) {
    this.#db = db;
    this.#statements = {
      insert:
        db.prepare(`INSERT INTO bus_deliveries (event_id, rule_name, target_id, replay_name, created_at, available_at)
        VALUES (:eventId, :ruleName, :targetId, :replayName, :now, :now)`),
      insertLeased: db.prepare(`INSERT INTO bus_deliveries
        (event_id, rule_name, target_id, created_at, available_at, attempts, lease_token, lease_expires_at)
        VALUES (:eventId, :ruleName, :targetId, :now, :now, 1, :leaseToken, :leaseUntil) RETURNING id`),
      countLeased: db.prepare(`SELECT COUNT(*) AS leased FROM bus_deliveries
        WHERE rule_name = :ruleName AND target_id = :targetId AND state = 'pending' AND lease_expires_at > :now`),
      claimExhausted:
        db.prepare(`UPDATE bus_deliveries SET lease_token = :claim || ':' || id, lease_expires_at = :leaseUntil
        WHERE id IN (SELECT id FROM bus_deliveries WHERE ${CLAIMABLE}
          AND (created_at <= :expiredAtOrBefore OR attempts >= :maxAttempts) LIMIT :limit)
        RETURNING ${CLAIMED_COLUMNS}`),
      claimDue: db.prepare(`UPDATE bus_deliveries
        SET lease_token = :claim || ':' || id, lease_expires_at = :leaseUntil, attempts = attempts + 1
        WHERE id IN (SELECT id FROM bus_deliveries WHERE ${CLAIMABLE}
          AND created_at > :expiredAtOrBefore AND attempts < :maxAttempts ORDER BY available_at, id LIMIT :limit)
        RETURNING ${CLAIMED_COLUMNS}`),
      eventBody: db.prepare('SELECT body FROM bus_events WHERE id = ?'),
      ack: db.prepare('DELETE FROM bus_deliveries WHERE id = ? AND lease_token = ?'),
      retryLater: db.prepare(`UPDATE bus_deliveries
        SET available_at = :availableAt, lease_token = NULL, lease_expires_at = 0, error_code = :code, error_message = :message
        WHERE id = :id AND lease_token = :leaseToken`),
      markDead: db.prepare(`UPDATE bus_deliveries
        SET state = 'dead', dead_at = :now, lease_token = NULL, lease_expires_at = 0, error_code = :code, error_message = :message
        WHERE id = :id AND lease_token = :leaseToken`),
      renew: db.prepare(
        'UPDATE bus_deliveries SET lease_expires_at = ? WHERE lease_token IN (SELECT value FROM json_each(?))',
      ),
      release: db.prepare(
        'UPDATE bus_deliveries SET lease_token = NULL, lease_expires_at = 0 WHERE lease_token IN (SELECT value FROM json_each(?))',
      ),
      pendingCounts:
        db.prepare(`SELECT rule_name, target_id, COUNT(*) AS pending, SUM(lease_expires_at > ?) AS in_flight
        FROM bus_deliveries WHERE state = 'pending' GROUP BY rule_name, target_id ORDER BY rule_name, target_id`),
      dead: db.prepare(`SELECT d.*, e.body FROM bus_deliveries d JOIN bus_events e ON e.id = d.event_id
        WHERE d.state = 'dead' ORDER BY d.dead_at, d.id LIMIT ?`),
      dropPending: db.prepare("DELETE FROM bus_deliveries WHERE rule_name = ? AND state = 'pending'"),
      pendingForReplay: db.prepare(
        "SELECT COUNT(*) AS pending FROM bus_deliveries WHERE replay_name = ? AND state = 'pending'",
      ),
    };
  }

  /** Call inside the transaction that archives the event, so the event and its deliveries commit together. */
  insert(delivery: TargetKey & { eventId: string; replayName?: string }, now: number): void {
    const { eventId, ruleName, targetId, replayName = null } = delivery;
    this.#statements.insert.run({ eventId, ruleName, targetId, replayName, now });
  }

  /**
   * Call inside the transaction that archives the event: a delivery its publisher's process attempts at once,
   * inserted already leased as its first attempt, so no claim has to find it. Only when the target has a slot free
   * across every process sharing the file; otherwise nothing is inserted and undefined returned.
   */
  insertLeased(
    delivery: TargetKey & { eventId: string; body: string },
    maxConcurrency: number,
    now: number,
    lease: { token: string; until: number },
  ): ClaimedDelivery | undefined {
    const { eventId, ruleName, targetId, body } = delivery;
    const leased = Number(this.#statements.countLeased.get({ ruleName, targetId, now })?.['leased']);
    if (leased >= maxConcurrency) return undefined;
    const row = this.#statements.insertLeased.get({
      eventId,
      ruleName,
      targetId,
      now,
      leaseToken: lease.token,
      leaseUntil: lease.until,
    });
    const id = Number(row?.['id']);
    return {
      id,
      eventId,
      ruleName,
      targetId,
      replayName: undefined,
      attempts: 1,
      createdAt: now,
      leaseToken: lease.token,
      lastError: undefined,
      body,
    };
  }

  /**
   * Leases what each target may take now, in one transaction so concurrent claimers never share a delivery.
   * Exhausted deliveries are only looked for when `sweepExhausted` is set: they are never due, and
   * dead-lettering them can wait for the periodic sweep, which keeps the claim on the hot path short.
   */
  claim(requests: readonly ClaimRequest[], now: number, leaseMs: number, sweepExhausted: boolean): Claim {
    const claim = randomUUID();
    const leaseUntil = now + leaseMs;
    return inTransaction(this.#db, () => {
      const result: Claim = { due: [], exhausted: [], saturated: [] };
      for (const { ruleName, targetId, maxConcurrency, maxAttempts, expiredAtOrBefore } of requests) {
        const claimable = { ruleName, targetId, now, claim, leaseUntil, maxAttempts, expiredAtOrBefore };
        // Counted before the exhausted ones are leased: dead-lettering them invokes nothing.
        const leased = Number(this.#statements.countLeased.get({ ruleName, targetId, now })?.['leased']);
        const exhausted = sweepExhausted
          ? this.#statements.claimExhausted.all({ ...claimable, limit: EXHAUSTED_BATCH })
          : [];
        const free = maxConcurrency - leased;
        const due = free > 0 ? this.#statements.claimDue.all({ ...claimable, limit: free }) : [];
        result.exhausted.push(...exhausted.map((row) => this.#claimed(row)));
        result.due.push(...due.map((row) => this.#claimed(row)).sort((a, b) => a.id - b.id));
        if (due.length >= free) result.saturated.push({ ruleName, targetId });
      }
      return result;
    });
  }

  /** Delivered: the row goes; the archive keeps the event. */
  ack(delivery: ClaimedDelivery): void {
    this.#statements.ack.run(delivery.id, delivery.leaseToken);
  }

  retryLater(delivery: ClaimedDelivery, availableAt: number, error: DeliveryError): void {
    this.#statements.retryLater.run({ id: delivery.id, leaseToken: delivery.leaseToken, availableAt, ...error });
  }

  markDead(delivery: ClaimedDelivery, error: DeliveryError, now: number): void {
    this.#statements.markDead.run({ id: delivery.id, leaseToken: delivery.leaseToken, now, ...error });
  }

  /** Keeps the leases of running invocations alive, however long the handlers take. */
  renewLeases(leaseTokens: readonly string[], leaseUntil: number): void {
    if (leaseTokens.length > 0) this.#statements.renew.run(leaseUntil, JSON.stringify(leaseTokens));
  }

  /** Hands leases back (graceful stop) so another process can take the deliveries at once. */
  releaseLeases(leaseTokens: readonly string[]): void {
    if (leaseTokens.length > 0) this.#statements.release.run(JSON.stringify(leaseTokens));
  }

  /** For a deleted rule: what was still to deliver goes, as EventBridge drops it with the targets; dead ones stay. */
  dropPending(ruleName: string): void {
    this.#statements.dropPending.run(ruleName);
  }

  pendingCounts(now: number): PendingCount[] {
    return this.#statements.pendingCounts.all(now).map((row) => ({
      ruleName: String(row['rule_name']),
      targetId: String(row['target_id']),
      pending: Number(row['pending']),
      inFlight: Number(row['in_flight']),
    }));
  }

  pendingForReplay(replayName: string): number {
    return Number(this.#statements.pendingForReplay.get(replayName)?.['pending']);
  }

  deadDeliveries(limit: number): DeadDelivery[] {
    return this.#statements.dead.all(limit).map((row) => ({
      ...this.#delivery(row),
      error: { code: String(row['error_code']), message: String(row['error_message']) },
      deadAt: new Date(Number(row['dead_at'])),
      body: String(row['body']),
    }));
  }

  #delivery(row: Row) {
    return {
      id: Number(row['id']),
      eventId: String(row['event_id']),
      ruleName: String(row['rule_name']),
      targetId: String(row['target_id']),
      replayName: row['replay_name'] === null ? undefined : String(row['replay_name']),
      attempts: Number(row['attempts']),
    };
  }

  #claimed(row: Row): ClaimedDelivery {
    const delivery = this.#delivery(row);
    return {
      ...delivery,
      createdAt: Number(row['created_at']),
      leaseToken: String(row['lease_token']),
      lastError:
        row['error_code'] === null
          ? undefined
          : { code: String(row['error_code']), message: String(row['error_message']) },
      body: String(this.#statements.eventBody.get(delivery.eventId)?.['body']),
    };
  }
}
