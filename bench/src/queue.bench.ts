/**
 * Local command queue throughput and latency in durable mode (a file database in WAL, as `npm start` runs it):
 * send → receive → delete round trips, one message at a time and ten at a time (sendBatch, receive of 10, deletes).
 * Each is printed next to a baseline measured in the same run on the same file: raw node:sqlite prepared statements
 * doing the equivalent insert, select-and-claim, delete on a table of the same shape, without the queue's validation,
 * MD5, ids, receipt handles, transactions around the claim or long-poll machinery.
 *
 *   node bench/src/queue.bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { inTransaction, openDatabase, SqliteCommandQueue } from '@contentflow/platform';

const ROUND_TRIPS = 5_000;
const BATCHES = 1_000;
const BATCH_SIZE = 10;
const WARM_UP = 500;
const ROUNDS = 3;
const TARGET_MESSAGES_PER_SECOND = 2_000;
const BODY = JSON.stringify({ command: 'generate', jobId: 'job-0001', engine: 'text', tenantId: 'tenant-1' });

interface Measurement {
  messagesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** Runs `roundTrip` `count` times, each moving `messagesPerTrip` messages; latency is per round trip. */
async function measure(
  count: number,
  messagesPerTrip: number,
  roundTrip: () => Promise<void> | void,
): Promise<Measurement> {
  for (let i = 0; i < WARM_UP / messagesPerTrip; i += 1) await roundTrip();
  const latencies = new Float64Array(count);
  const start = performance.now();
  for (let i = 0; i < count; i += 1) {
    const tripStart = performance.now();
    await roundTrip();
    latencies[i] = performance.now() - tripStart;
  }
  const seconds = (performance.now() - start) / 1_000;
  latencies.sort();
  const percentile = (p: number) => latencies[Math.min(count - 1, Math.floor(count * p))]!;
  return { messagesPerSecond: (count * messagesPerTrip) / seconds, p50Ms: percentile(0.5), p99Ms: percentile(0.99) };
}

/** The baseline: the same table shape and index, plain statements, each its own autocommit (a batch's inserts share one, as the queue's do). */
function rawStatements(db: DatabaseSync) {
  db.exec(`
    CREATE TABLE bench_raw_messages (
      seq INTEGER PRIMARY KEY, queue TEXT NOT NULL, message_id TEXT NOT NULL UNIQUE, body TEXT NOT NULL,
      md5_of_body TEXT NOT NULL, attributes TEXT, sent_at INTEGER NOT NULL, visible_at INTEGER NOT NULL,
      receive_count INTEGER NOT NULL DEFAULT 0, first_received_at INTEGER, receipt_token TEXT, dead_letter_source TEXT
    );
    CREATE INDEX bench_raw_messages_visible ON bench_raw_messages (queue, visible_at);
  `);
  let next = 0;
  const insert = db.prepare(
    `INSERT INTO bench_raw_messages (queue, message_id, body, md5_of_body, sent_at, visible_at)
     VALUES ('raw', ?, ?, '', ?, ?)`,
  );
  const claim = db.prepare(
    `UPDATE bench_raw_messages SET visible_at = ?, receive_count = receive_count + 1, receipt_token = 't'
     WHERE seq IN (SELECT seq FROM bench_raw_messages WHERE queue = 'raw' AND visible_at <= ? ORDER BY visible_at LIMIT ?)
     RETURNING seq, body`,
  );
  const remove = db.prepare('DELETE FROM bench_raw_messages WHERE seq = ?');
  return {
    insert: () => {
      const now = Date.now();
      next += 1;
      insert.run(`m${next}`, BODY, now, now);
    },
    claim: (limit: number) => {
      const now = Date.now();
      return claim.all(now + 30_000, now, limit);
    },
    remove: (seq: unknown) => {
      if (typeof seq !== 'number') throw new TypeError('seq is not a number');
      remove.run(seq);
    },
  };
}

function report(label: string, queue: Measurement, raw: Measurement): void {
  const figures = (m: Measurement) =>
    `${Math.round(m.messagesPerSecond).toLocaleString('en')} msg/s, p50 ${m.p50Ms.toFixed(3)} ms, p99 ${m.p99Ms.toFixed(3)} ms`;
  console.log(`${label}`);
  console.log(`  SqliteCommandQueue   ${figures(queue)}`);
  console.log(`  raw node:sqlite      ${figures(raw)}`);
  console.log(`  queue / raw          ${(queue.messagesPerSecond / raw.messagesPerSecond).toFixed(2)}× throughput`);
}

const dir = mkdtempSync(join(tmpdir(), 'cf-queue-bench-'));
const db = openDatabase(join(dir, 'contentflow.db'));
try {
  const queue = new SqliteCommandQueue(db, 'bench');
  const raw = rawStatements(db);

  const entries = Array.from({ length: BATCH_SIZE }, (_, i) => ({ id: `e${i}`, body: BODY }));
  const series = {
    single: () =>
      measure(ROUND_TRIPS, 1, async () => {
        await queue.send({ body: BODY });
        const [message] = await queue.receive();
        await queue.delete(message!.receiptHandle);
      }),
    rawSingle: () =>
      measure(ROUND_TRIPS, 1, () => {
        raw.insert();
        for (const row of raw.claim(1)) raw.remove(row['seq']);
      }),
    batched: () =>
      measure(BATCHES, BATCH_SIZE, async () => {
        await queue.sendBatch(entries);
        for (const message of await queue.receive({ maxMessages: BATCH_SIZE }))
          await queue.delete(message.receiptHandle);
      }),
    rawBatched: () =>
      measure(BATCHES, BATCH_SIZE, () => {
        inTransaction(db, () => {
          for (let i = 0; i < BATCH_SIZE; i += 1) raw.insert();
        });
        for (const row of raw.claim(BATCH_SIZE)) raw.remove(row['seq']);
      }),
  };
  // Rounds alternate queue and baseline so a burst of load from elsewhere hits both; each figure is its median round.
  const rounds: Record<keyof typeof series, Measurement[]> = { single: [], rawSingle: [], batched: [], rawBatched: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const name of Object.keys(series) as Array<keyof typeof series>) rounds[name].push(await series[name]());
  }
  const median = (measurements: Measurement[]) =>
    measurements.toSorted((a, b) => a.messagesPerSecond - b.messagesPerSecond)[Math.floor(measurements.length / 2)]!;
  const single = median(rounds.single);

  console.log(
    `Command queue, file database in WAL (synchronous=NORMAL): median of ${ROUNDS} rounds of ${ROUND_TRIPS} round trips / ${BATCHES} batches`,
  );
  report('send → receive → delete, one message per round trip', single, median(rounds.rawSingle));
  const batchLabel = `sendBatch(${BATCH_SIZE}) → receive(${BATCH_SIZE}) → ${BATCH_SIZE} deletes, latency per batch`;
  report(batchLabel, median(rounds.batched), median(rounds.rawBatched));
  const verdict = single.messagesPerSecond >= TARGET_MESSAGES_PER_SECOND ? 'met' : 'MISSED';
  console.log(`target ≥ ${TARGET_MESSAGES_PER_SECOND.toLocaleString('en')} msg/s one at a time: ${verdict}`);
} finally {
  db.close();
  rmSync(dir, { recursive: true, force: true });
}
