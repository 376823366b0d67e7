/**
 * Whether the local system gives memory back after load: bursts of `text.analyze` jobs (1 KB, 32 clients), each
 * followed by 10 s idle, printing the system's RSS after each. A leak keeps climbing; retained capacity levels off.
 *
 *   node bench/src/rss-after-load.bench.ts
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, setGlobalDispatcher } from 'undici';
import { ANALYZE_TEXT } from './support/analyze-jobs.ts';
import { startBenchSystem } from './support/bench-system.ts';
import { fixed, rssMb } from './support/stats.ts';

const BURSTS = 4;
const CLIENTS = 32;
const JOBS_PER_CLIENT = 60;
const IDLE_SECONDS = 10;

setGlobalDispatcher(new Agent({ connections: 128, pipelining: 1, keepAliveTimeout: 30_000 }));
const system = await startBenchSystem('rss-after-load');
const pid = system.process.child.pid!;

async function unfinished(status: 'queued' | 'running'): Promise<number> {
  const response = await fetch(`${system.url}/api/v1/jobs?status=${status}&limit=1`, {
    headers: { authorization: `Bearer ${system.token}` },
  });
  return ((await response.json()) as { items: unknown[] }).items.length;
}

await sleep(3000);
console.log(`RSS of the local system after start: ${fixed(await rssMb(pid), 0)} MB`);
for (let burst = 1; burst <= BURSTS; burst += 1) {
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let i = 0; i < JOBS_PER_CLIENT; i += 1) {
        const response = await system.post('/api/v1/jobs', {
          engine: 'text',
          task: 'analyze',
          input: { text: ANALYZE_TEXT },
        });
        if (response.status !== 202) throw new Error(`submit answered ${response.status}: ${await response.text()}`);
      }
    }),
  );
  while ((await unfinished('queued')) + (await unfinished('running')) > 0) await sleep(500);
  await sleep(IDLE_SECONDS * 1000);
  const jobs = burst * CLIENTS * JOBS_PER_CLIENT;
  console.log(`after ${jobs} jobs and ${IDLE_SECONDS} s idle: ${fixed(await rssMb(pid), 0)} MB`);
}
await system.stop();
