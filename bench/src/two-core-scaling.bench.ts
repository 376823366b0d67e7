/**
 * How much a second busy core slows the first on this machine: the 1 KB `text.analyze` timed on this thread alone,
 * then while a worker thread spins on the other core, alternated three times. The pipeline's targets are "on 2
 * cores"; where the two share one physical core (hyperthreads) or the host's time, two busy cores do less than
 * twice one core's work, and a ceiling computed from single-thread timings overstates what two can reach.
 *
 *   node bench/src/two-core-scaling.bench.ts
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyzeText } from '@contentflow/text';
import { ANALYZE_TEXT } from './support/analyze-jobs.ts';
import { fixed } from './support/stats.ts';

const RUNS = 1_500;

function analysisCpuUs(): number {
  const started = process.cpuUsage();
  for (let i = 0; i < RUNS; i += 1) analyzeText({ text: ANALYZE_TEXT });
  const used = process.cpuUsage(started);
  return (used.user + used.system) / RUNS;
}

/** A thread that keeps one core busy until terminated (a bare loop: it touches almost no memory). */
async function spinner(): Promise<Worker> {
  const worker = new Worker("require('node:worker_threads').parentPort.postMessage('spinning'); for (;;) {}", {
    eval: true,
  });
  await new Promise((resolve) => worker.once('message', resolve));
  return worker;
}

for (let i = 0; i < 300; i += 1) analyzeText({ text: ANALYZE_TEXT });
const alone: number[] = [];
const busy: number[] = [];
for (let round = 0; round < 3; round += 1) {
  alone.push(analysisCpuUs());
  const worker = await spinner();
  busy.push(analysisCpuUs());
  await worker.terminate();
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(`text.analyze of 1 KB, CPU per analysis on this thread (${availableParallelism()} cores available):`);
console.log(`  other core idle: ${alone.map((value) => `${fixed(value, 0)} µs`).join(', ')}`);
console.log(`  other core busy: ${busy.map((value) => `${fixed(value, 0)} µs`).join(', ')}`);
const slowdown = median(busy) / median(alone);
console.log(
  `  a busy second core makes this one ${fixed(slowdown)}× slower: two busy cores do ${fixed(2 / slowdown)}× one core's work`,
);
