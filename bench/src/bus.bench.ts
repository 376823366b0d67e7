/**
 * Local event bus delivery latency in durable mode (a file database in WAL, as `npm start` runs it): the time from
 * calling putEvents to the target's handler running, with 20 rules on the bus and events paced at 500 per second.
 * Each event matches one rule, so the bus matches 20 patterns, archives the event, commits its delivery, wakes,
 * claims it under a lease, runs the handler and deletes the delivery.
 * Printed next to a baseline measured in the same run on the same file, paced the same way: raw node:sqlite
 * statements doing the floor of that path (insert a row, commit, hop to the next turn, select it, delete it).
 *
 *   node bench/src/bus.bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { setTimeout as sleep } from 'node:timers/promises';
import { type BusEvent, openDatabase, SqliteEventBus } from '@contentflow/platform';

const RULES = 20;
const EVENTS_PER_SECOND = 500;
const EVENTS = 2_000;
const WARM_UP = 250;
/** Rounds alternate bus and baseline, so a burst of load from elsewhere on the machine hits both alike. */
const ROUNDS = 3;
const TARGET_P99_MS = 5;
const SOURCE = 'contentflow.bench';

interface Measurement {
  eventsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/**
 * Calls `send(sentAt)` `count` times at a steady rate, then waits until every delivery has pushed its latency.
 * Each send sleeps until its own slot, so the rate holds whatever the latency; returns the rate achieved.
 */
async function paced(count: number, send: (sentAt: number) => Promise<void> | void, latencies: number[]) {
  const interval = 1_000 / EVENTS_PER_SECOND;
  const start = performance.now();
  for (let i = 0; i < count; i += 1) {
    const wait = start + i * interval - performance.now();
    if (wait > 0) await sleep(wait);
    await send(performance.now());
  }
  while (latencies.length < count) await sleep(1);
  return (count / (performance.now() - start)) * 1_000;
}

function summarize(latencies: number[], eventsPerSecond: number): Measurement {
  const sorted = latencies.slice(WARM_UP).sort((a, b) => a - b);
  const percentile = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
  return { eventsPerSecond, p50Ms: percentile(0.5), p99Ms: percentile(0.99), maxMs: sorted.at(-1)! };
}

async function measureBus(db: DatabaseSync, round: number): Promise<Measurement> {
  const bus = new SqliteEventBus({ db });
  const latencies: number[] = [];
  const handler = async (event: BusEvent) => {
    latencies.push(performance.now() - Number(event.detail['sentAt']));
  };
  for (let rule = 0; rule < RULES; rule += 1) {
    bus.registerRule({
      name: `round-${round}-engine-${rule}`,
      eventPattern: { source: [SOURCE], 'detail-type': ['Job.Requested'], detail: { engine: [`engine-${rule}`] } },
      targets: [{ id: 'handler', handler }],
    });
  }
  bus.start();
  let next = 0;
  const eventsPerSecond = await paced(
    WARM_UP + EVENTS,
    async (sentAt) => {
      next += 1;
      const detail = { sentAt, engine: `engine-${next % RULES}`, jobId: `job-${next}`, tenantId: 'tenant-1' };
      const result = await bus.putEvents([{ source: SOURCE, detailType: 'Job.Requested', detail }]);
      if (result.failedEntryCount > 0) throw new Error(`putEvents failed: ${JSON.stringify(result.entries)}`);
    },
    latencies,
  );
  await bus.stop();
  for (let rule = 0; rule < RULES; rule += 1) bus.deleteRule(`round-${round}-engine-${rule}`);
  return summarize(latencies, eventsPerSecond);
}

async function measureRaw(db: DatabaseSync): Promise<Measurement> {
  db.exec('CREATE TABLE IF NOT EXISTS bench_raw_events (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO bench_raw_events (body) VALUES (?)');
  const select = db.prepare('SELECT body FROM bench_raw_events WHERE id = ?');
  const remove = db.prepare('DELETE FROM bench_raw_events WHERE id = ?');
  const latencies: number[] = [];
  let next = 0;
  const eventsPerSecond = await paced(
    WARM_UP + EVENTS,
    (sentAt) => {
      next += 1;
      const body = JSON.stringify({ sentAt, engine: `engine-${next % RULES}`, jobId: `job-${next}`, tenantId: 't' });
      const id = insert.run(body).lastInsertRowid;
      setImmediate(() => {
        const row = select.get(id);
        remove.run(id);
        latencies.push(performance.now() - Number(JSON.parse(String(row?.['body']))['sentAt']));
      });
    },
    latencies,
  );
  return summarize(latencies, eventsPerSecond);
}

const dir = mkdtempSync(join(tmpdir(), 'cf-bus-bench-'));
const db = openDatabase(join(dir, 'contentflow.db'));
try {
  const figures = (m: Measurement) =>
    `${Math.round(m.eventsPerSecond)} ev/s, p50 ${m.p50Ms.toFixed(3)} ms, p99 ${m.p99Ms.toFixed(3)} ms, max ${m.maxMs.toFixed(1)} ms`;
  console.log(
    `putEvents → target delivery, ${RULES} rules, ${EVENTS} events paced at ${EVENTS_PER_SECOND}/s (file db, WAL)`,
  );
  const results: Array<{ bus: Measurement; raw: Measurement }> = [];
  for (let round = 1; round <= ROUNDS; round += 1) {
    const raw = await measureRaw(db);
    const bus = await measureBus(db, round);
    results.push({ bus, raw });
    console.log(`  round ${round}`);
    console.log(`    SqliteEventBus                          ${figures(bus)}`);
    console.log(`    raw node:sqlite insert → select+delete  ${figures(raw)}`);
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const busP99 = median(results.map((result) => result.bus.p99Ms));
  const rawP99 = median(results.map((result) => result.raw.p99Ms));
  const busP50 = median(results.map((result) => result.bus.p50Ms));
  const rawP50 = median(results.map((result) => result.raw.p50Ms));
  console.log(
    `  median of rounds: bus p50 ${busP50.toFixed(3)} ms, p99 ${busP99.toFixed(3)} ms; raw p50 ${rawP50.toFixed(3)} ms, p99 ${rawP99.toFixed(3)} ms`,
  );
  console.log(`  bus / raw         ${(busP50 / rawP50).toFixed(2)}× p50, ${(busP99 / rawP99).toFixed(2)}× p99`);
  console.log(`  target p99 ≤ ${TARGET_P99_MS} ms: ${busP99 <= TARGET_P99_MS ? 'met' : 'MISSED'}`);
} finally {
  db.close();
  rmSync(dir, { recursive: true, force: true });
}
