/**
 * Where the pipeline's CPU goes, by thread: `text.analyze` jobs of 1 KB through the local system (`contentflow
 * start`) at 64 in flight, with the CPU each of the system's threads (main, V8's helpers, libuv's pool, worker
 * threads) and this benchmark's own HTTP and SSE client spent per job, and one job's latency with nothing else
 * running. Pass the job count (default 1,500); set CONTENTFLOW_TEXT_ANALYSIS_THREADS to compare. Ends with the rate two
 * cores could reach if the pipeline itself cost nothing: the analysis alone (timed here) and this client. Write calls
 * and bytes written per job come from /proc too; they hardly move with the machine's load, so an A/B of a change
 * to the pipeline's writes (e.g. CONTENTFLOW_SQLITE_GROUP_COMMIT=off) shows there first.
 *
 *   node bench/src/pipeline-cpu.bench.ts [jobs]
 */
import { availableParallelism } from 'node:os';
import { analyzeText } from '@contentflow/text';
import { Agent, setGlobalDispatcher } from 'undici';
import { ANALYZE_TEXT, analyzeJobs } from './support/analyze-jobs.ts';
import { startBenchSystem } from './support/bench-system.ts';
import { processIo } from './support/process-io.ts';
import { fixed, quantile } from './support/stats.ts';
import { threadCpuMs } from './support/thread-cpu.ts';

const JOBS = Number(process.argv[2] ?? 1_500);
const IN_FLIGHT = 64;

setGlobalDispatcher(new Agent({ connections: 128, pipelining: 1, keepAliveTimeout: 30_000 }));
const system = await startBenchSystem('pipeline-cpu');
const pid = system.process.child.pid!;

const { submitAndWait, acceptedMs, close: closeStream } = await analyzeJobs(system);

for (let i = 0; i < 20; i += 1) await submitAndWait();
const alone: number[] = [];
for (let i = 0; i < 40; i += 1) alone.push(await submitAndWait());
const acceptedAlone = acceptedMs.slice(-40);

const clientCpu = process.cpuUsage();
const before = threadCpuMs(pid);
const ioBefore = processIo(pid);
const started = performance.now();
let submitted = 0;
await Promise.all(
  Array.from({ length: IN_FLIGHT }, async () => {
    while (submitted < JOBS) {
      submitted += 1;
      await submitAndWait();
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
const after = threadCpuMs(pid);
const ioAfter = processIo(pid);
const client = process.cpuUsage(clientCpu);

console.log(
  `one job alone, POST → succeeded on SSE: p50 ${fixed(quantile(alone, 0.5))} ms (40 in a row); POST → 202: p50 ${fixed(quantile(acceptedAlone, 0.5))} ms`,
);
console.log(`${JOBS} jobs at ${IN_FLIGHT} in flight: ${fixed(JOBS / seconds, 0)} jobs/s; CPU per job:`);
for (const [thread, ms] of Object.entries(after)) {
  const used = ms - (before[thread] ?? 0);
  if (used > 0) console.log(`  system ${thread.padEnd(16)} ${fixed(used / JOBS)} ms`);
}
const clientMs = (client.user + client.system) / 1000 / JOBS;
console.log(`  benchmark client        ${fixed(clientMs)} ms`);
const writeCalls = (ioAfter.writeCalls - ioBefore.writeCalls) / JOBS;
const writtenKb = (ioAfter.storageBytesWritten - ioBefore.storageBytesWritten) / 1024 / JOBS;
console.log(`system writes per job: ${fixed(writeCalls, 1)} write calls, ${fixed(writtenKb, 1)} KB to storage`);
closeStream();
await system.stop();

// The same analysis the engine runs, on this thread with nothing else going on (warmed up first).
for (let i = 0; i < 200; i += 1) analyzeText({ text: ANALYZE_TEXT });
const analysisCpu = process.cpuUsage();
for (let i = 0; i < 1_000; i += 1) analyzeText({ text: ANALYZE_TEXT });
const analysed = process.cpuUsage(analysisCpu);
const analysisMs = (analysed.user + analysed.system) / 1000 / 1_000;
const cores = availableParallelism();
console.log(`text.analyze of the same 1 KB alone, on one thread: ${fixed(analysisMs)} ms of CPU`);
console.log(
  `ceiling on ${cores} cores if the pipeline cost nothing and busy cores did not slow each other (two-core-scaling.bench.ts): ${fixed((cores * 1000) / (analysisMs + clientMs), 0)} jobs/s with this client, ${fixed((cores * 1000) / analysisMs, 0)} without it`,
);
process.exit(0);
