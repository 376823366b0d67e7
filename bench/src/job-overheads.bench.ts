/**
 * Per-job costs session 6 removed, each part timed against what it replaced, on this thread with nothing else
 * running, then weighed by how often one `text.analyze` job pays it. Inside the running system each costs more (its
 * caches are shared with everything else), and an end-to-end A/B here cannot resolve a change this small: runs of
 * one configuration differ by more (BENCHMARKS.md).
 *
 *   node bench/src/job-overheads.bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { search } from '@aws-lambda-powertools/jmespath';
import { newEventId } from '@contentflow/events';
import { jsonObjectSchema, SqliteIdempotencyPersistence } from '@contentflow/platform';
import { analyzeText } from '@contentflow/text';
import { v7 } from 'uuid';
import { z } from 'zod';
import { ANALYZE_TEXT } from './support/analyze-jobs.ts';
import { fixed } from './support/stats.ts';

/** CPU µs per call of `work`, after a warm-up of a tenth as many calls. */
async function cpuMicros(calls: number, work: () => unknown): Promise<number> {
  for (let i = 0; i < calls / 10; i += 1) await work();
  const start = process.cpuUsage();
  for (let i = 0; i < calls; i += 1) await work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / calls;
}

interface Part {
  name: string;
  /** How many times one job pays it. */
  perJob: number;
  before: { label: string; work: () => unknown };
  after: { label: string; work: () => unknown };
  calls?: number;
}

const dir = mkdtempSync(join(tmpdir(), 'cf-job-overheads-'));
const db = new DatabaseSync(join(dir, 'bench.db'));
db.exec('PRAGMA journal_mode = WAL');
new SqliteIdempotencyPersistence(db); // creates its table, so the statements below prepare against it
const IDEMPOTENCY_PUT = `INSERT INTO idempotency_records (key, status, expiry, in_progress_expiry, response, payload_hash)
  VALUES (?, ?, ?, ?, NULL, ?) ON CONFLICT(key) DO UPDATE SET status = excluded.status, expiry = excluded.expiry,
  in_progress_expiry = excluded.in_progress_expiry, response = NULL, payload_hash = excluded.payload_hash
  WHERE idempotency_records.expiry < ? OR (idempotency_records.status = ? AND idempotency_records.in_progress_expiry
  IS NOT NULL AND idempotency_records.in_progress_expiry < ?)`;
const savepoint = db.prepare('SAVEPOINT work');
const release = db.prepare('RELEASE work');
const analysis = JSON.parse(JSON.stringify(analyzeText({ text: ANALYZE_TEXT })));
const detail = { data: { jobId: newEventId(), task: 'analyze', input: { text: ANALYZE_TEXT } } };
const zodJsonObject = z.record(z.string(), z.json());
const tempFolder = join(dir, '.tmp');
await mkdir(tempFolder);

const parts: Part[] = [
  {
    name: 'a record or event id',
    perJob: 6,
    before: { label: "uuid's v7", work: () => v7() },
    after: { label: 'uuidv7', work: () => newEventId() },
    calls: 200_000,
  },
  {
    name: 'the JSON check of an analysis result',
    perJob: 1,
    before: { label: 'z.record(z.json())', work: () => zodJsonObject.parse(analysis) },
    after: { label: 'jsonObjectSchema', work: () => jsonObjectSchema.parse(analysis) },
    calls: 20_000,
  },
  {
    name: 'the engine idempotency key',
    perJob: 3,
    before: { label: 'JMESPath search', work: () => search('[data.jobId, data.task, data.step.stepName]', detail) },
    after: { label: 'the array itself', work: () => [detail.data.jobId, detail.data.task, null] },
    calls: 50_000,
  },
  {
    name: 'a savepoint in a group',
    perJob: 8,
    before: {
      label: 'exec',
      work: () => {
        db.exec('SAVEPOINT work');
        db.exec('RELEASE work');
      },
    },
    after: {
      label: 'prepared once',
      work: () => {
        savepoint.run();
        release.run();
      },
    },
    calls: 50_000,
  },
  {
    name: 'an idempotency statement',
    perJob: 2,
    before: { label: 'prepared per call', work: () => db.prepare(IDEMPOTENCY_PUT) },
    after: { label: 'prepared once', work: () => undefined },
    calls: 20_000,
  },
  {
    name: "the blob store's temporary folder",
    perJob: 1,
    before: { label: 'mkdir -p per put', work: () => mkdir(tempFolder, { recursive: true }) },
    after: { label: 'made once', work: () => undefined },
    calls: 20_000,
  },
];

let savedPerJob = 0;
db.exec('BEGIN');
for (const part of parts) {
  const before = await cpuMicros(part.calls ?? 20_000, part.before.work);
  const after = await cpuMicros(part.calls ?? 20_000, part.after.work);
  savedPerJob += (before - after) * part.perJob;
  console.log(
    `${part.name.padEnd(38)} ${part.before.label} ${fixed(before)} µs → ${part.after.label} ${fixed(after)} µs (×${part.perJob} per job)`,
  );
}
db.exec('COMMIT');
console.log(`saved per job, measured alone: ${fixed(savedPerJob, 0)} µs of CPU`);
db.close();
rmSync(dir, { recursive: true, force: true });
