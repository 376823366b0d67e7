import { setTimeout as sleep } from 'node:timers/promises';
import type { BusEvent } from './bus-event.ts';
import { deadLetterMessage } from './dead-letter.ts';
import type { Claim, ClaimedDelivery, DeliveryError, DeliveryStore, TargetKey } from './delivery-store.ts';
import { type ExhaustedRetryCondition, exhaustedCondition, retryDelayMs } from './retry-policy.ts';
import type { ResolvedTarget } from './rule-registration.ts';

export interface ActiveTarget extends TargetKey, Omit<ResolvedTarget, 'id'> {
  ruleArn: string;
  targetArn: string;
}

export interface DispatcherOptions {
  store: DeliveryStore;
  leaseMs: number;
  pollIntervalMs: number;
  now: () => number;
  onError: (error: unknown) => void;
}

/** Rule and target names exclude `/`, so this key is unambiguous. */
export function targetKey({ ruleName, targetId }: TargetKey): string {
  return `${ruleName}/${targetId}`;
}

/** A delivery that could not be attempted (out of attempts or too old) has no target error of its own. */
const NOT_ATTEMPTED: DeliveryError = {
  code: 'UNKNOWN',
  message: 'The event could not be delivered before its retry policy ran out',
};

/**
 * Delivers claimed deliveries to this process's targets, at least once: a claim leases a delivery, success
 * deletes it, failure schedules a retry or dead-letters it. Claims run when something may be due: an in-process
 * put or replay (wake), a finished invocation of a target at its concurrency limit, a retry timer, and a poll for
 * other processes' writes, expired leases and exhausted deliveries.
 */
export class DeliveryDispatcher {
  readonly #options: DispatcherOptions;
  readonly #targets = new Map<string, ActiveTarget>();
  /** Running work by lease token. */
  readonly #inFlight = new Map<string, Promise<void>>();
  readonly #retryTimers = new Set<NodeJS.Timeout>();
  readonly #dirty = new Set<string>();
  /** Targets whose last claim was cut short by their concurrency: a finished invocation claims again at once. */
  readonly #saturated = new Set<string>();
  #running = false;
  #passScheduled = false;
  /** Set by the poll: the next claim also looks for exhausted deliveries. */
  #sweepExhausted = false;
  #poll: NodeJS.Timeout | undefined;
  #heartbeat: NodeJS.Timeout | undefined;

  constructor(options: DispatcherOptions) {
    this.#options = options;
  }

  setTarget(target: ActiveTarget): void {
    this.#targets.set(targetKey(target), target);
    this.wake([targetKey(target)]);
  }

  removeRule(ruleName: string): void {
    for (const [key, target] of this.#targets) if (target.ruleName === ruleName) this.#targets.delete(key);
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#poll = setInterval(() => this.#wakeAll(), this.#options.pollIntervalMs);
    this.#heartbeat = setInterval(() => this.#renewLeases(), this.#options.leaseMs / 3);
    this.#wakeAll();
  }

  /** Something may be due for these targets (keys from {@link targetKey}); claims on the next turn. */
  wake(keys: Iterable<string>): void {
    for (const key of keys) if (this.#targets.has(key)) this.#dirty.add(key);
    if (!this.#running || this.#passScheduled || this.#dirty.size === 0) return;
    this.#passScheduled = true;
    setImmediate(() => this.#claimAndDispatch());
  }

  /**
   * The target, when a put in this process may lease its delivery itself (see DeliveryStore.insertLeased): it runs
   * here, the dispatcher is running, and no backlog is known, so a new event never overtakes older pending ones.
   */
  takesDirectly(key: TargetKey): ActiveTarget | undefined {
    const name = targetKey(key);
    if (!this.#running || this.#saturated.has(name) || this.#dirty.has(name)) return undefined;
    return this.#targets.get(name);
  }

  /**
   * Attempts a delivery its put leased for this process (see {@link takesDirectly}), on a later microtask: the
   * publisher's own handler finishes its turn before a target starts on its event.
   */
  dispatchLeased(delivery: ClaimedDelivery): void {
    const target = this.#targetOf(delivery);
    this.#track(
      delivery,
      Promise.resolve().then(() => this.#attempt(target, delivery)),
    );
  }

  get leaseMs(): number {
    return this.#options.leaseMs;
  }

  /** Claims for every target, other processes' writes, expired leases and exhausted deliveries included. */
  #wakeAll(): void {
    this.#sweepExhausted = true;
    this.wake(this.#targets.keys());
  }

  /** Stops claiming, waits for running invocations up to `timeoutMs`, then hands back the leases still held. */
  async stop(timeoutMs: number): Promise<void> {
    if (!this.#running) return;
    this.#running = false;
    clearInterval(this.#poll);
    for (const timer of this.#retryTimers) clearTimeout(timer);
    this.#retryTimers.clear();
    const deadline = new AbortController();
    const drained = await Promise.race([
      Promise.allSettled(this.#inFlight.values()).then(() => true),
      sleep(timeoutMs, false, { signal: deadline.signal }).catch(() => false),
    ]);
    deadline.abort();
    clearInterval(this.#heartbeat);
    if (!drained) this.#options.store.releaseLeases([...this.#inFlight.keys()]);
  }

  #claimAndDispatch(): void {
    this.#passScheduled = false;
    if (!this.#running) return;
    const { store, now, leaseMs, onError } = this.#options;
    const time = now();
    const requests = [...this.#dirty].flatMap((key) => {
      const target = this.#targets.get(key);
      if (!target) return [];
      const { ruleName, targetId, maxConcurrency, retryPolicy } = target;
      const maxAttempts = retryPolicy.maximumRetryAttempts + 1;
      const expiredAtOrBefore = time - retryPolicy.maximumEventAgeInSeconds * 1_000;
      return [{ ruleName, targetId, maxConcurrency, maxAttempts, expiredAtOrBefore }];
    });
    this.#dirty.clear();
    const sweepExhausted = this.#sweepExhausted;
    this.#sweepExhausted = false;
    let claim: Claim;
    try {
      claim = store.claim(requests, time, leaseMs, sweepExhausted);
    } catch (error) {
      onError(error); // e.g. the file stayed locked past the busy timeout; the next poll claims again
      return;
    }
    for (const request of requests) this.#saturated.delete(targetKey(request));
    for (const target of claim.saturated) this.#saturated.add(targetKey(target));
    for (const delivery of claim.exhausted) {
      const target = this.#targetOf(delivery);
      // The claim picked it for running out of one of these limits, with the same policy and time.
      const condition = exhaustedCondition(target.retryPolicy, delivery, time) ?? 'MaximumEventAgeInSeconds';
      this.#track(delivery, this.#deadLetter(target, delivery, delivery.lastError ?? NOT_ATTEMPTED, condition));
    }
    for (const delivery of claim.due) this.#track(delivery, this.#attempt(this.#targetOf(delivery), delivery));
  }

  #targetOf(delivery: ClaimedDelivery): ActiveTarget {
    // Claims are only made for registered targets, so the lookup cannot miss.
    return this.#targets.get(targetKey(delivery))!;
  }

  #track(delivery: ClaimedDelivery, work: Promise<void>): void {
    const tracked = work.catch(this.#options.onError).finally(() => {
      this.#inFlight.delete(delivery.leaseToken);
      const key = targetKey(delivery);
      if (this.#saturated.has(key)) this.wake([key]); // a slot is free for the backlog
    });
    this.#inFlight.set(delivery.leaseToken, tracked);
  }

  async #attempt(target: ActiveTarget, delivery: ClaimedDelivery): Promise<void> {
    try {
      await target.handler(deliveredEvent(delivery));
    } catch (error) {
      await this.#failed(target, delivery, { code: 'ERROR_FROM_TARGET', message: describe(error) });
      return;
    }
    this.#options.store.ack(delivery);
  }

  async #failed(target: ActiveTarget, delivery: ClaimedDelivery, error: DeliveryError): Promise<void> {
    const now = this.#options.now();
    const retryAt = now + retryDelayMs(delivery.attempts, target.backoff);
    // Dead-letter now rather than waiting for a retry that would come too late.
    const condition = exhaustedCondition(target.retryPolicy, delivery, retryAt);
    if (condition) return this.#deadLetter(target, delivery, error, condition);
    this.#options.store.retryLater(delivery, retryAt, error);
    if (!this.#running) return;
    const timer = setTimeout(() => {
      this.#retryTimers.delete(timer);
      this.wake([targetKey(target)]);
    }, retryAt - now);
    this.#retryTimers.add(timer);
  }

  async #deadLetter(
    target: ActiveTarget,
    delivery: ClaimedDelivery,
    error: DeliveryError,
    condition: ExhaustedRetryCondition,
  ): Promise<void> {
    const { store, now } = this.#options;
    const queue = target.deadLetterQueue;
    if (!queue) {
      store.markDead(delivery, error, now()); // EventBridge would drop it; keeping it lets an operator see why
      return;
    }
    try {
      await queue.send(
        deadLetterMessage({
          event: JSON.stringify(deliveredEvent(delivery)),
          ruleArn: target.ruleArn,
          targetArn: target.targetArn,
          error,
          condition,
          retryAttempts: Math.max(0, delivery.attempts - 1),
        }),
      );
    } catch (sendError) {
      const message = `${error.message}; the dead-letter queue refused it: ${describe(sendError)}`;
      store.markDead(delivery, { code: error.code, message }, now());
      return;
    }
    store.ack(delivery); // the dead-letter queue holds it now
  }

  #renewLeases(): void {
    try {
      this.#options.store.renewLeases([...this.#inFlight.keys()], this.#options.now() + this.#options.leaseMs);
    } catch (error) {
      this.#options.onError(error);
    }
  }
}

/** The archived event, marked with the replay that re-sent it, if any. */
export function deliveredEvent(delivery: { body: string; replayName: string | undefined }): BusEvent {
  const event = JSON.parse(delivery.body) as BusEvent;
  return delivery.replayName === undefined ? event : { ...event, 'replay-name': delivery.replayName };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
