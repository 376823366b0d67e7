/**
 * A bus process for bus-durability.test.ts, run with `node` and ended with SIGKILL. Every mode registers the same
 * rule and target, as a restarted service would.
 *   produce DB DELIVERED ACCEPTED  publishes events without end, appending each id to ACCEPTED only once putEvents
 *                                  has accepted it, and records deliveries
 *   consume DB DELIVERED           only records deliveries
 *   hang    DB DELIVERED           records each delivery it starts, then never finishes it (holds the lease)
 */
import { appendFileSync } from 'node:fs';
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import { isPutEventsFailure } from '../../ports/event-bus.port.ts';
import { openDatabase } from '../sqlite/open-database.ts';
import type { BusEvent } from './bus-event.ts';
import { SqliteEventBus } from './sqlite-event-bus.ts';

const DURABILITY_LEASE_MS = 1_500;
const DURABILITY_SOURCE = 'contentflow.durability';

const [mode, dbFile, deliveredFile, acceptedFile] = process.argv.slice(2);
if (!dbFile || !deliveredFile || !['produce', 'consume', 'hang'].includes(mode ?? '')) {
  throw new Error(`usage: bus-durability-child.ts produce|consume|hang DB DELIVERED [ACCEPTED]; got ${process.argv}`);
}

// A slow target, so that a backlog of accepted but undelivered events builds up before the kill.
const record = async (event: BusEvent) => {
  await sleep(5);
  appendFileSync(deliveredFile, `${event.id}\n`);
};
const hang = (event: BusEvent) => {
  appendFileSync(deliveredFile, `${event.id}\n`);
  return new Promise<void>(() => {});
};

const bus = new SqliteEventBus({ db: openDatabase(dbFile), leaseMs: DURABILITY_LEASE_MS, pollIntervalMs: 50 });
bus.registerRule({
  name: 'durability',
  eventPattern: { source: [DURABILITY_SOURCE] },
  targets: [{ id: 'recorder', handler: mode === 'hang' ? hang : record, maxConcurrency: 2 }],
});
bus.start();

if (mode === 'produce') {
  if (!acceptedFile) throw new Error('produce needs an ACCEPTED file');
  for (let batch = 0; ; batch += 1) {
    const entries = Array.from({ length: 10 }, (_, n) => ({
      source: DURABILITY_SOURCE,
      detailType: 'Durability.Probed',
      detail: { batch, n },
    }));
    const result = await bus.putEvents(entries);
    const accepted = result.entries.flatMap((entry) => (isPutEventsFailure(entry) ? [] : [entry.eventId]));
    appendFileSync(acceptedFile, accepted.map((id) => `${id}\n`).join(''));
    await nextTurn(); // let deliveries run between batches, as a real publisher would
  }
}
