/**
 * What running a step as a Lambda handler costs on top of its work, measured on the job tracker: one Job.Progressed
 * applied to a running job (a compare-and-set of its progress and a change told), in-process over the local
 * adapters, three ways:
 *   - the work alone: the repository update and the change feed;
 *   - plus the event's contract check (zod), as the use case does it;
 *   - the tracker's Lambda handler invoked as the local runtime invokes it (EventBridge event, Lambda context, middy,
 *     Powertools logger and tracer, the adapters' lookup).
 * A job causes ~10 handler invocations (processor, engine, tracker ×3, and what they publish), so the difference
 * times ten is what the pipeline pays per job for running every step as a real handler.
 *
 *   node bench/src/handler-overhead.bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiManifest } from '@contentflow/api';
import { jobProgressedV1 } from '@contentflow/events';
import { closePlatformAdapters, lambdaContext, platformAdapters } from '@contentflow/platform';
import { fixed } from './support/stats.ts';

const RUNS = 20_000;
const dataDir = mkdtempSync(join(tmpdir(), 'cf-bench-handler-'));
process.env['CONTENTFLOW_DATA_DIR'] = dataDir; // handlers find their adapters from the environment, as in Lambda
const adapters = await platformAdapters();
const { jobs } = adapters.repositories;
const input = { text: 'ContentFlow turns one idea into a week of posts.' };
const { job } = await jobs.create({ tenantId: 'tenant-1', engine: 'text', task: 'analyze', input, correlationId: 'c' });
await jobs.transition('tenant-1', job.id, { to: 'running' });

const progressed = jobProgressedV1.create({
  tenantId: 'tenant-1',
  source: 'contentflow.text',
  data: { jobId: job.id, engine: 'text', percent: 50, message: 'Halfway there' },
});
const event = {
  version: '0',
  id: crypto.randomUUID(),
  'detail-type': progressed.detailType,
  source: progressed.source,
  account: '000000000000',
  time: new Date().toISOString(),
  region: 'local',
  resources: [],
  detail: JSON.parse(JSON.stringify(progressed.detail)) as Record<string, unknown>,
};
const tracker = apiManifest.subscriptions.find((subscription) => subscription.name === 'api-job-tracker');
if (!tracker) throw new Error('the api manifest has no api-job-tracker subscription');
const handler = await tracker.handler.load();

async function workAlone(): Promise<void> {
  const { applied, job: changed } = await jobs.updateProgress('tenant-1', job.id, { percent: 50, message: 'Halfway' });
  if (applied && changed) adapters.jobChanges.publish(changed);
}

async function withContractCheck(): Promise<void> {
  const { metadata, data } = jobProgressedV1.parse(event.detail);
  const update = await jobs.updateProgress(metadata.tenantId, data.jobId, {
    percent: data.percent,
    message: data.message,
  });
  if (update.applied && update.job) adapters.jobChanges.publish(update.job);
}

async function asLambdaHandler(): Promise<void> {
  const context = lambdaContext({ functionName: tracker!.name, region: 'local', accountId: '0', timeoutMs: 30_000 });
  await handler(event as never, context);
}

/** CPU µs per call; every call ends its turn, so the writes commit as they would in the running system. */
async function cpuPerCall(run: () => Promise<void>): Promise<number> {
  const turn = () => new Promise((resolve) => setImmediate(resolve));
  for (let i = 0; i < RUNS / 10; i += 1) {
    await run();
    await turn();
  }
  const started = process.cpuUsage();
  for (let i = 0; i < RUNS; i += 1) {
    await run();
    await turn();
  }
  const used = process.cpuUsage(started);
  return (used.user + used.system) / RUNS;
}

const rounds: Array<Record<string, number>> = [];
for (let round = 0; round < 2; round += 1) {
  rounds.push({
    'the work alone': await cpuPerCall(workAlone),
    '+ contract check': await cpuPerCall(withContractCheck),
    'as a Lambda handler': await cpuPerCall(asLambdaHandler),
  });
}
console.log(`job tracker, one Job.Progressed applied, CPU per call (${RUNS} calls, two rounds):`);
for (const name of Object.keys(rounds[0]!)) {
  console.log(`  ${name.padEnd(22)} ${rounds.map((round) => `${fixed(round[name]!, 1)} µs`).join('   ')}`);
}
const overhead = rounds.map((round) => round['as a Lambda handler']! - round['+ contract check']!);
console.log(`  the handler's own cost: ${overhead.map((value) => `${fixed(value, 1)} µs`).join('   ')} per invocation`);
await closePlatformAdapters();
rmSync(dataDir, { recursive: true, force: true });
