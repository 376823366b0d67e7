/**
 * Local blob writes: main-thread CPU and wall time per `LocalBlobStore.put` of a 3 KB JSON result, given as bytes
 * (one `writeFile`) and as a stream (the pipeline path), 8 at a time, next to a bare `writeFile` of the same bytes
 * with the same flush and rename.
 *
 *   node bench/src/blob-put.bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { LocalBlobStore } from '@contentflow/platform';
import { fixed } from './support/stats.ts';
import { mainThreadCpuMs } from './support/thread-cpu.ts';

const PUTS = 2_000;
const IN_FLIGHT = 8;
const BODY = Buffer.alloc(3_000, 'a');

const dataDir = mkdtempSync(join(tmpdir(), 'cf-bench-blob-'));
const store = new LocalBlobStore({ dataDir, baseUrl: 'http://127.0.0.1' });

async function measure(name: string, put: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 100; i += 1) await put(-1 - i); // warm-up
  const cpu = mainThreadCpuMs();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async (_, worker) => {
      for (let i = worker; i < PUTS; i += IN_FLIGHT) await put(i);
    }),
  );
  const cpuUs = ((mainThreadCpuMs() - cpu) * 1000) / PUTS;
  const wallUs = ((performance.now() - started) * 1000) / PUTS;
  console.log(`${name.padEnd(28)} main-thread CPU ${fixed(cpuUs, 0)} µs/put   wall ${fixed(wallUs, 0)} µs/put`);
}

const json = { contentType: 'application/json' };
await measure('put(bytes)', (i) => store.put(`t1/content/b${i}/result.json`, BODY, json));
await measure('put(stream)', (i) => store.put(`t1/content/s${i}/result.json`, Readable.from([BODY]), json));
const raw = join(dataDir, 'raw');
await mkdir(raw);
await measure('baseline: writeFile + rename', async (i) => {
  const temp = join(raw, `${i}.tmp`);
  await writeFile(temp, BODY, { flag: 'wx', flush: true });
  await rename(temp, join(raw, `${i}.bin`));
});
rmSync(dataDir, { recursive: true, force: true });
