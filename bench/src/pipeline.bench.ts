/**
 * The whole job pipeline, as a creator sees it: `POST /api/v1/jobs` (text.analyze of a 1 KB text) until
 * Job succeeded arrives on the caller's Server-Sent Events stream, through API → command queue → processor →
 * bus → text engine → tracker, on the local system running as its own process (`contentflow start`).
 *
 *   node bench/src/pipeline.bench.ts
 *
 * Prints p50/p99 latency at a paced 200 jobs/s (and at a light 20 jobs/s), the highest sustained completion rate, and the system's RSS
 * idle and under load, next to a same-run baseline: the same HTTP client's round trip to a bare node:http server.
 */
import { createServer } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, request, setGlobalDispatcher } from 'undici';
import { ANALYZE_JOB_BODY, analyzeJobs } from './support/analyze-jobs.ts';
import { startBenchSystem } from './support/bench-system.ts';
import { fixed, quantile, rssMb } from './support/stats.ts';

const PACED_RATE = 200;
const PACED_SECONDS = 10;
const LIGHT_RATE = 20;
const LIGHT_SECONDS = 5;
const SATURATION_SECONDS = 10;
const SATURATION_IN_FLIGHT = 64;
const IDLE_SETTLE_SECONDS = 35;

// A bounded keep-alive pool, as a real client has: open connections, not requests, are what a server pays for.
setGlobalDispatcher(new Agent({ connections: 128, pipelining: 1, keepAliveTimeout: 30_000 }));

const system = await startBenchSystem('pipeline');
const pid = system.process.child.pid!;

const { submitAndWait, close: closeStream } = await analyzeJobs(system);

// Warm up: the engine loads its NLP models on first use.
for (let i = 0; i < 20; i += 1) await submitAndWait();
await sleep(1000);
const idleRss = await rssMb(pid);

let peakRss = idleRss;
const rssPoller = setInterval(() => {
  rssMb(pid).then(
    (mb) => {
      peakRss = Math.max(peakRss, mb);
    },
    () => {},
  );
}, 100);

/** Calls `send` `rate` times a second for `seconds`; each call resolves with its own latency in ms. */
async function pacedRun(
  rate: number,
  seconds: number,
  send: () => Promise<number> = submitAndWait,
): Promise<{ latencies: number[]; elapsed: number }> {
  const latencies: Promise<number>[] = [];
  const start = performance.now();
  for (let i = 0; i < rate * seconds; i += 1) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    latencies.push(send());
  }
  return { latencies: await Promise.all(latencies), elapsed: (performance.now() - start) / 1000 };
}

// A light load first, where queueing does not dominate: what one job costs end to end.
const light = await pacedRun(LIGHT_RATE, LIGHT_SECONDS);
await sleep(1000);
const { latencies: paced, elapsed: pacedElapsed } = await pacedRun(PACED_RATE, PACED_SECONDS);

// Saturation: keep 64 jobs in flight for 10 s; the completion rate is the sustained maximum.
let completed = 0;
const saturationEnd = performance.now() + SATURATION_SECONDS * 1000;
const saturationStart = performance.now();
await Promise.all(
  Array.from({ length: SATURATION_IN_FLIGHT }, async () => {
    while (performance.now() < saturationEnd) {
      await submitAndWait();
      completed += 1;
    }
  }),
);
const sustained = completed / ((performance.now() - saturationStart) / 1000);
clearInterval(rssPoller);
// Idle again for longer than the text-analysis thread's idle timeout (30 s), which then gives its memory back.
await sleep(IDLE_SETTLE_SECONDS * 1000);
const settledRss = await rssMb(pid);

// Baseline, same client and machine: a bare node:http server answering the same POST with a 202 JSON body.
const bare = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(202, { 'content-type': 'application/json' });
    response.end('{"id":"x","status":"queued"}');
  });
});
await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
const bareUrl = `http://127.0.0.1:${(bare.address() as { port: number }).port}/`;
const { latencies: bareRound } = await pacedRun(PACED_RATE, PACED_SECONDS, async () => {
  const started = performance.now();
  const response = await request(bareUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: ANALYZE_JOB_BODY,
  });
  await response.body.text();
  return performance.now() - started;
});
bare.close();

console.log(
  `pipeline: text.analyze of 1 KB, POST /api/v1/jobs → succeeded on SSE (${PACED_RATE} jobs/s × ${PACED_SECONDS} s, ran ${fixed(pacedElapsed, 1)} s)`,
);
console.log(
  `  p50 ${fixed(quantile(paced, 0.5))} ms   p99 ${fixed(quantile(paced, 0.99))} ms   (targets ≤ 10 / ≤ 50 ms)`,
);
console.log(
  `  at a light ${LIGHT_RATE} jobs/s × ${LIGHT_SECONDS} s: p50 ${fixed(quantile(light.latencies, 0.5))} ms   p99 ${fixed(quantile(light.latencies, 0.99))} ms`,
);
console.log(
  `  baseline bare node:http POST round trip at the same rate: p50 ${fixed(quantile(bareRound, 0.5))} ms   p99 ${fixed(quantile(bareRound, 0.99))} ms`,
);
console.log(
  `  ratio p50 ${fixed(quantile(paced, 0.5) / quantile(bareRound, 0.5), 1)}×   p99 ${fixed(quantile(paced, 0.99) / quantile(bareRound, 0.99), 1)}×`,
);
console.log(
  `max sustained: ${fixed(sustained, 0)} jobs/s with ${SATURATION_IN_FLIGHT} in flight for ${SATURATION_SECONDS} s (target ≥ 1,000)`,
);
console.log(
  `RSS of the local system: idle ${fixed(idleRss, 0)} MB 1 s after the warm-up, ${fixed(settledRss, 0)} MB after ${IDLE_SETTLE_SECONDS} s idle (target ≤ 300), peak under load ${fixed(peakRss, 0)} MB`,
);

closeStream();
await system.stop();
process.exit(0);
