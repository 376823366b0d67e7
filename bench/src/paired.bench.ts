/**
 * A/B of two checkouts that this machine's noise cannot blur: both local systems run at the same time under the
 * same load, so a busy neighbour or a slow hour hits both alike, and each process's main-thread CPU per unit of work
 * is compared round by round. Runs of one configuration alone differ by up to ±30% here (BENCHMARKS.md), more than
 * most single changes are worth.
 *
 *   node bench/src/paired.bench.ts api|pipeline <checkout A> <checkout B> [rounds]
 *   node bench/src/paired.bench.ts            # this checkout against itself: how small a difference shows
 *
 * A checkout is a directory holding this repository with its dependencies installed (`git worktree add`, then
 * `npm ci`). `api`: authenticated `GET /api/v1/jobs/:id`, 25 connections each × 6 s per round, CPU per request.
 * `pipeline`: `text.analyze` jobs of 1 KB, 32 in flight each, 400 per round, CPU and write calls per job.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { Agent, setGlobalDispatcher } from 'undici';
import { analyzeJobs } from './support/analyze-jobs.ts';
import type { BenchSystem } from './support/bench-system.ts';
import { processIo } from './support/process-io.ts';
import { fixed, quantile } from './support/stats.ts';
import { threadCpuMs } from './support/thread-cpu.ts';

const THIS_CHECKOUT = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const [mode, checkoutA, checkoutB, roundsArg] = args.length > 0 ? args : ['pipeline', THIS_CHECKOUT, THIS_CHECKOUT];
if ((mode !== 'api' && mode !== 'pipeline') || !checkoutA || !checkoutB) {
  console.error('usage: node bench/src/paired.bench.ts api|pipeline <checkout A> <checkout B> [rounds]');
  process.exit(2);
}
const ROUNDS = Number(roundsArg ?? 4);
setGlobalDispatcher(new Agent({ connections: 128, pipelining: 1, keepAliveTimeout: 30_000 }));

interface Measured {
  /** Main-thread CPU per unit (µs per request, or ms per job). */
  cpu: number;
  detail: string;
}

interface Contender {
  name: string;
  system: BenchSystem;
  /** Runs one round of load against this system; resolves with what it measured. */
  round(): Promise<Measured>;
}

const mainThreadMs = (system: BenchSystem) => threadCpuMs(system.process.child.pid!)['MainThread'] ?? 0;

async function contender(checkout: string): Promise<Contender> {
  const { startBenchSystem } = (await import(resolve(checkout, 'bench/src/support/bench-system.ts'))) as {
    startBenchSystem: (name: string) => Promise<BenchSystem>;
  };
  const system = await startBenchSystem('paired');
  const name = checkout;
  if (mode === 'api') {
    const created = await system.post('/api/v1/jobs', {
      engine: 'text',
      task: 'analyze',
      input: { text: 'Hi there.' },
    });
    const { id } = (await created.json()) as { id: string };
    const url = `${system.url}/api/v1/jobs/${id}`;
    const headers = { authorization: `Bearer ${system.token}` };
    return {
      name,
      system,
      async round() {
        const before = mainThreadMs(system);
        const result = await autocannon({ url, connections: 25, duration: 6, headers });
        const cpu = ((mainThreadMs(system) - before) * 1000) / result.requests.total;
        return { cpu, detail: `${fixed(result.requests.average, 0)} req/s` };
      },
    };
  }
  const { submitAndWait } = await analyzeJobs(system);
  for (let i = 0; i < 20; i += 1) await submitAndWait();
  return {
    name,
    system,
    async round() {
      const jobs = 400;
      const before = mainThreadMs(system);
      const ioBefore = processIo(system.process.child.pid!);
      let submitted = 0;
      await Promise.all(
        Array.from({ length: 32 }, async () => {
          while (submitted < jobs) {
            submitted += 1;
            await submitAndWait();
          }
        }),
      );
      const writeCalls = (processIo(system.process.child.pid!).writeCalls - ioBefore.writeCalls) / jobs;
      return { cpu: (mainThreadMs(system) - before) / jobs, detail: `${fixed(writeCalls, 1)} write calls per job` };
    },
  };
}

const a = await contender(checkoutA);
const b = await contender(checkoutB);
const unit = mode === 'api' ? 'µs per request' : 'ms per job';
const ratios: number[] = [];
for (let round = 1; round <= ROUNDS; round += 1) {
  const [measuredA, measuredB] = await Promise.all([a.round(), b.round()]);
  ratios.push(measuredB.cpu / measuredA.cpu);
  console.log(
    `round ${round}: A ${fixed(measuredA.cpu)} ${unit} (${measuredA.detail})   B ${fixed(measuredB.cpu)} ${unit} (${measuredB.detail})   B/A ${fixed(ratios.at(-1)!)}`,
  );
}
console.log(
  `main-thread CPU, B/A: median ${fixed(quantile(ratios, 0.5))}, range ${fixed(Math.min(...ratios))}–${fixed(Math.max(...ratios))}; B cheaper in ${ratios.filter((ratio) => ratio < 1).length} of ${ROUNDS} rounds`,
);
console.log(`A: ${a.name}\nB: ${b.name}`);
await Promise.all([a.system.stop(), b.system.stop()]);
process.exit(0);
