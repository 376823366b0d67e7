import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import {
  type EventBus,
  isPutEventsFailure,
  type PutEventsEntry,
  type PutEventsResult,
  type PutEventsResultEntry,
} from '../../ports/event-bus.port.ts';
import { assertPutEventsEntryCount, checkPutEventsEntry } from '../../ports/put-events-entry.ts';
import { inTransaction } from '../sqlite/open-database.ts';
import { type BusEvent, toBusEvent } from './bus-event.ts';
import { ensureBusSchema } from './bus-schema.ts';
import { DeliveryDispatcher, deliveredEvent, targetKey } from './delivery-dispatcher.ts';
import { type ClaimedDelivery, type DeadDelivery, DeliveryStore, type PendingCount } from './delivery-store.ts';
import { EventArchive, type ReplayRecord } from './event-archive.ts';
import { type ReplayRequest, replayArchive } from './event-replay.ts';
import { type RuleRegistration, resolveRule } from './rule-registration.ts';
import { RuleStore } from './rule-store.ts';

export interface SqliteEventBusOptions {
  /** The shared database (see openDatabase); the bus creates its `bus_` tables if missing. */
  db: DatabaseSync;
  /** Stamped on events and ARNs. */
  account?: string;
  region?: string;
  /** How long a claimed delivery stays leased without a heartbeat; after a crash, the delay before another process retries it. */
  leaseMs?: number;
  /** How often to look for deliveries written or released by other processes. */
  pollIntervalMs?: number;
  /** The clock; tests move it to age events. */
  now?: () => number;
  /** Where failures outside any handler go (a locked file, a failed dead-letter send); they never stop the bus. */
  onError?: (error: unknown) => void;
}

export interface ReplayStatus extends ReplayRecord {
  /** RUNNING while some of the replay's deliveries are still pending. */
  state: 'RUNNING' | 'COMPLETED';
  pendingDeliveries: number;
}

export interface DeadEvent extends Omit<DeadDelivery, 'body'> {
  event: BusEvent;
}

/**
 * The local event bus: EventBridge's semantics on the shared SQLite file. An accepted event is archived and its
 * deliveries (one per matching rule target) are committed before putEvents returns; a dispatcher then delivers
 * each at least once, with retries, dead-lettering, bounded concurrency and leases that let several processes
 * share the file. Rules are registered in code at start; deliveries are keyed by (rule name, target id), so a
 * restarted process picks up what is pending for its targets.
 */
export class SqliteEventBus implements EventBus {
  readonly #db: DatabaseSync;
  readonly #account: string;
  readonly #region: string;
  readonly #now: () => number;
  readonly #archive: EventArchive;
  readonly #deliveries: DeliveryStore;
  readonly #rules: RuleStore;
  readonly #dispatcher: DeliveryDispatcher;

  constructor(options: SqliteEventBusOptions) {
    this.#db = options.db;
    this.#account = options.account ?? '000000000000';
    this.#region = options.region ?? 'local';
    this.#now = options.now ?? Date.now;
    ensureBusSchema(this.#db);
    this.#archive = new EventArchive(this.#db);
    this.#deliveries = new DeliveryStore(this.#db);
    this.#rules = new RuleStore(this.#db);
    this.#dispatcher = new DeliveryDispatcher({
      store: this.#deliveries,
      leaseMs: options.leaseMs ?? 30_000,
      pollIntervalMs: options.pollIntervalMs ?? 250,
      now: this.#now,
      onError: options.onError ?? ((error) => console.error('event bus:', error)),
    });
  }

  /**
   * Adds or updates a rule and its targets (validated like EventBridge: names, 1–5 targets, retry policy ranges,
   * the event pattern). Throws InvalidRuleError, registering nothing.
   */
  registerRule(registration: RuleRegistration): void {
    const rule = resolveRule(registration);
    this.#rules.put(
      rule.name,
      rule.eventPattern,
      rule.targets.map((target) => target.id),
    );
    for (const { id, ...target } of rule.targets) {
      this.#dispatcher.setTarget({
        ...target,
        ruleName: rule.name,
        targetId: id,
        ruleArn: `arn:aws:events:${this.#region}:${this.#account}:rule/${rule.name}`,
        // Local targets stand in for Lambda functions named by the target id.
        targetArn: `arn:aws:lambda:${this.#region}:${this.#account}:function:${id}`,
      });
    }
  }

  /** Deletes the rule for every process on the file, with its pending deliveries; dead ones stay for inspection. */
  deleteRule(name: string): void {
    this.#dispatcher.removeRule(name);
    inTransaction(this.#db, () => {
      this.#rules.delete(name);
      this.#deliveries.dropPending(name);
    });
  }

  async putEvents(entries: readonly PutEventsEntry[]): Promise<PutEventsResult> {
    assertPutEventsEntryCount(entries);
    const receivedAt = this.#now();
    const results: PutEventsResultEntry[] = [];
    const accepted: Array<{ index: number; event: BusEvent }> = [];
    for (const entry of entries) {
      const check = checkPutEventsEntry(entry);
      if ('failure' in check) {
        results.push(check.failure);
        continue;
      }
      const envelope = { id: randomUUID(), account: this.#account, region: this.#region, receivedAt };
      const event = toBusEvent(check.accepted, envelope);
      accepted.push({ index: results.length, event });
      results.push({ eventId: event.id });
    }
    try {
      const { woken, leased } = this.#archiveAndFanOut(
        accepted.map(({ event }) => event),
        receivedAt,
      );
      for (const delivery of leased) this.#dispatcher.dispatchLeased(delivery);
      this.#dispatcher.wake(woken);
    } catch (error) {
      // Nothing was committed: every accepted entry failed, with EventBridge's retryable code.
      const errorMessage = error instanceof Error ? error.message : String(error);
      for (const { index } of accepted) results[index] = { errorCode: 'InternalFailure', errorMessage };
    }
    return { failedEntryCount: results.filter(isPutEventsFailure).length, entries: results };
  }

  /** Starts delivering to this process's targets. */
  start(): void {
    this.#dispatcher.start();
  }

  /** Stops claiming, waits up to `timeoutMs` for running handlers, then releases the leases still held. */
  async stop({ timeoutMs = 10_000 }: { timeoutMs?: number } = {}): Promise<void> {
    await this.#dispatcher.stop(timeoutMs);
  }

  /** Re-delivers archived events to a rule's targets, marked with `replay-name`. Throws InvalidReplayError. */
  replay(request: ReplayRequest): ReplayStatus {
    const stores = { db: this.#db, archive: this.#archive, deliveries: this.#deliveries, rules: this.#rules };
    const { record, targets } = replayArchive(stores, request, this.#now());
    this.#dispatcher.wake(targets.map(targetKey));
    return this.#status(record);
  }

  describeReplay(name: string): ReplayStatus | undefined {
    const record = this.#archive.replay(name);
    return record && this.#status(record);
  }

  /** Pending deliveries per (rule, target), with how many are being attempted now by any process. */
  pendingDeliveryCounts(): PendingCount[] {
    return this.#deliveries.pendingCounts(this.#now());
  }

  /** Deliveries that ran out of retries on targets without a (working) dead-letter queue, oldest first. */
  deadDeliveries({ limit = 100 }: { limit?: number } = {}): DeadEvent[] {
    return this.#deliveries.deadDeliveries(limit).map(({ body, ...dead }) => ({
      ...dead,
      event: deliveredEvent({ body, replayName: dead.replayName }),
    }));
  }

  /**
   * Archives the events and creates their deliveries in one transaction. A delivery to a target of this process
   * with a free slot is leased right there, to be attempted at once (no claim, no wake-up); the others are left
   * pending, and their targets are returned to wake.
   */
  #archiveAndFanOut(events: readonly BusEvent[], receivedAt: number): { woken: string[]; leased: ClaimedDelivery[] } {
    if (events.length === 0) return { woken: [], leased: [] };
    const routed = events.map((event) => ({ event, targets: this.#rules.targetsFor(event) }));
    const woken = new Set<string>();
    const leased: ClaimedDelivery[] = [];
    const leaseUntil = receivedAt + this.#dispatcher.leaseMs;
    const put = randomUUID();
    inTransaction(this.#db, () => {
      for (const { event, targets } of routed) {
        const body = this.#archive.insert(event, receivedAt);
        for (const target of targets) {
          const delivery = { eventId: event.id, body, ...target };
          const direct = this.#dispatcher.takesDirectly(target);
          const lease = { token: `${put}:${leased.length}`, until: leaseUntil };
          const taken = direct && this.#deliveries.insertLeased(delivery, direct.maxConcurrency, receivedAt, lease);
          if (taken) {
            leased.push(taken);
          } else {
            this.#deliveries.insert(delivery, receivedAt);
            woken.add(targetKey(target));
          }
        }
      }
    });
    return { woken: [...woken], leased };
  }

  #status(record: ReplayRecord): ReplayStatus {
    const pendingDeliveries = this.#deliveries.pendingForReplay(record.name);
    return { ...record, state: pendingDeliveries > 0 ? 'RUNNING' : 'COMPLETED', pendingDeliveries };
  }
}
