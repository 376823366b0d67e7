import { EventEmitter } from 'node:events';
import type { DatabaseSync } from 'node:sqlite';

/**
 * Wakes long polls in this process the moment a message becomes available, instead of at their next poll.
 * Channels are keyed by database file and queue, so two connections to one file in one process share them;
 * writes from other processes are found by polling.
 */
const wakeups = new EventEmitter().setMaxListeners(0);
const inMemoryDatabases = new WeakMap<DatabaseSync, string>();
let inMemoryCount = 0;

export function wakeupChannel(db: DatabaseSync, queue: string): string {
  let database = db.location();
  if (database === null) {
    database = inMemoryDatabases.get(db) ?? `:memory:${++inMemoryCount}`;
    inMemoryDatabases.set(db, database);
  }
  return `${database}\0${queue}`;
}

const due = new Set<string>();

/**
 * Wakes the channel's long polls once the sender's turn is over, not inside it: the sender's caller (the HTTP
 * request that accepted a job, say) answers before a consumer starts on the message, instead of after the
 * whole pipeline's synchronous work that the message sets off.
 */
export function wakeUp(channel: string): void {
  if (due.size === 0) setImmediate(wakeDue);
  due.add(channel);
}

function wakeDue(): void {
  const channels = [...due];
  due.clear();
  for (const channel of channels) wakeups.emit(channel);
}

/** Resolves on the first of: a wake-up on `channel`, `timeoutMs` elapsing, `signal` aborting. */
export function waitForWakeUp(channel: string, timeoutMs: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      wakeups.off(channel, done);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    wakeups.once(channel, done);
    signal?.addEventListener('abort', done, { once: true });
  });
}
