/**
 * `text.analyze` of 1 KB on a worker thread (`CONTENTFLOW_TEXT_ANALYSIS_THREADS=1`) against the calling thread:
 * latency per analysis back to back and spaced 50 ms apart, and the cost of a new thread's first analysis. (What the
 * thread takes off the main thread shows in `pipeline-cpu.bench.ts`.)
 *
 *   node bench/src/text-analysis-thread.bench.ts
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { analyzeText, WorkerPoolTextAnalyzer } from '@contentflow/text';
import { fixed, quantile } from './support/stats.ts';

const RUNS = 300;
const TEXT = 'ContentFlow turns one idea into a week of posts. '.repeat(21).slice(0, 1024);
const pool = new WorkerPoolTextAnalyzer({ threads: 1 });

const coldStarted = performance.now();
await pool.analyze({ text: TEXT });
console.log(
  `first analysis on a new thread (module load, model build): ${fixed(performance.now() - coldStarted, 0)} ms`,
);
for (let i = 0; i < 100; i += 1) {
  analyzeText({ text: TEXT });
  await pool.analyze({ text: TEXT });
}

/** Runs `analyze` RUNS times, `gapMs` apart, timing each. */
async function measure(analyze: () => unknown, gapMs: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await analyze();
    latencies.push(performance.now() - started);
    if (gapMs > 0) await sleep(gapMs);
  }
  return latencies;
}

const describe = (latencies: number[]) =>
  `p50 ${fixed(quantile(latencies, 0.5))} ms, p99 ${fixed(quantile(latencies, 0.99))} ms`;

for (const gapMs of [0, 50]) {
  const onPool = await measure(() => pool.analyze({ text: TEXT }), gapMs);
  const inThread = await measure(() => analyzeText({ text: TEXT }), gapMs);
  console.log(`${gapMs === 0 ? 'back to back' : `${gapMs} ms apart`}:`);
  console.log(`  worker thread:            ${describe(onPool)}`);
  console.log(`  calling thread (baseline): ${describe(inThread)}`);
}
await pool.close();
