import { describe, expect, it, vi } from 'vitest';
import type { BusEvent } from './bus-event.ts';
import { putAll, recordingHandler, testEntry, useBusFixture } from './bus-test-support.ts';

const fixture = useBusFixture();
const anyTestEvent = { source: ['contentflow.test'] };
/** Polls and wake-ups that would claim are kept out of the way where a test must see the put's own lease. */
const NO_POLL = { pollIntervalMs: 60_000 };

function deliveryRows() {
  return fixture
    .open()
    .prepare('SELECT attempts, lease_token IS NOT NULL AS leased FROM bus_deliveries ORDER BY id')
    .all()
    .map((row) => ({ attempts: Number(row['attempts']), leased: Number(row['leased']) === 1 }));
}

/** A handler that holds each invocation until released, recording the order events arrived in. */
function gatedHandler() {
  const started: number[] = [];
  const gates: Array<() => void> = [];
  return {
    started,
    releaseAll: () => {
      for (const open of gates.splice(0)) open();
    },
    handler: (event: BusEvent) => {
      started.push(Number(event.detail['n']));
      return new Promise<void>((resolve) => gates.push(resolve));
    },
  };
}

/** A started bus (its own connection, as another process) with one gated target, by default one event at a time. */
function startedBus({ maxConcurrency = 1 }: { maxConcurrency?: number } = {}) {
  const bus = fixture.bus(NO_POLL);
  const target = gatedHandler();
  bus.registerRule({
    name: 'all',
    eventPattern: anyTestEvent,
    targets: [{ id: 't', handler: target.handler, maxConcurrency }],
  });
  bus.start();
  return { bus, target };
}

describe('SqliteEventBus: deliveries leased by their put', () => {
  it('leases a delivery to a target of this process as its first attempt, within the put, and delivers it', async () => {
    const { bus, target } = startedBus({ maxConcurrency: 5 });
    // Starting looks for pending work first; until that claim has run, a put leaves its delivery to it.
    await new Promise((resolve) => setImmediate(resolve));

    const [id] = await putAll(bus, [testEntry(1)]);

    // Committed with the event: a crash now leaves a leased row whose lease runs out, then it is retried.
    expect(deliveryRows()).toEqual([{ attempts: 1, leased: true }]);
    await vi.waitFor(() => expect(target.started).toEqual([1]));
    target.releaseAll();
    await vi.waitFor(() => expect(bus.pendingDeliveryCounts()).toEqual([]));
    expect(id).toBeDefined();
  });

  it('hands the target its own copy of the event, as it was archived', async () => {
    const bus = fixture.bus(NO_POLL);
    const target = recordingHandler();
    bus.registerRule({ name: 'all', eventPattern: anyTestEvent, targets: [{ id: 't', handler: target.handler }] });
    bus.start();
    const detail = { n: 1, tags: ['a'] };

    await bus.putEvents([{ ...testEntry(1), detail }]);
    detail.tags.push('changed after the put');

    await vi.waitFor(() => expect(target.events).toHaveLength(1));
    expect(target.events[0]?.detail).toEqual({ n: 1, tags: ['a'] });
  });

  it('leaves the delivery pending when the target’s concurrency is in use, and keeps the order of the backlog', async () => {
    const { bus, target } = startedBus();

    await putAll(bus, [testEntry(1)]);
    await vi.waitFor(() => expect(target.started).toEqual([1]));
    await putAll(bus, [testEntry(2), testEntry(3)]);
    expect(deliveryRows()).toEqual([
      { attempts: 1, leased: true },
      { attempts: 0, leased: false },
      { attempts: 0, leased: false },
    ]);

    // Each finished invocation frees the one slot; the backlog goes first, oldest first, before a newer event.
    target.releaseAll();
    await vi.waitFor(() => expect(target.started).toEqual([1, 2]));
    await putAll(bus, [testEntry(4)]);
    for (const expected of [
      [1, 2, 3],
      [1, 2, 3, 4],
    ]) {
      target.releaseAll();
      await vi.waitFor(() => expect(target.started).toEqual(expected));
    }
    target.releaseAll();
    await vi.waitFor(() => expect(bus.pendingDeliveryCounts()).toEqual([]));
  });

  it('counts the leases of every process on the file against the target’s concurrency', async () => {
    const { bus: other, target: busy } = startedBus();
    await putAll(other, [testEntry(1)]);
    await vi.waitFor(() => expect(busy.started).toEqual([1]));

    const { bus, target } = startedBus();
    await vi.waitFor(() =>
      expect(bus.pendingDeliveryCounts()).toEqual([{ ruleName: 'all', targetId: 't', pending: 1, inFlight: 1 }]),
    );

    await putAll(bus, [testEntry(2)]);
    expect(deliveryRows()).toEqual([
      { attempts: 1, leased: true },
      { attempts: 0, leased: false },
    ]);
    expect(target.started).toEqual([]);
    busy.releaseAll();
    target.releaseAll();
  });

  it('leases nothing once stopped: what is published during shutdown waits for the next start', async () => {
    const bus = fixture.bus(NO_POLL);
    const target = recordingHandler();
    bus.registerRule({ name: 'all', eventPattern: anyTestEvent, targets: [{ id: 't', handler: target.handler }] });
    bus.start();
    await bus.stop();

    await putAll(bus, [testEntry(1)]);

    expect(deliveryRows()).toEqual([{ attempts: 0, leased: false }]);
    expect(target.events).toEqual([]);
  });
});
