import { apiManifest } from '@contentflow/api';
import { audioManifest } from '@contentflow/audio';
import { type PackageCompletedV1Data, packageCompletedV1, startJobCommandV1 } from '@contentflow/events';
import { imageManifest } from '@contentflow/image';
import { synthesizedWorkflows } from '@contentflow/infra';
import { type LocalOrchestrator, orchestratorManifest, startLocalOrchestrator } from '@contentflow/orchestrator';
import {
  type Content,
  type Job,
  type LocalRuntime,
  type PlatformAdapters,
  platformAdapters,
  type ServiceManifest,
  startLocalRuntime,
} from '@contentflow/platform';
import { textManifest } from '@contentflow/text';
import { videoManifest } from '@contentflow/video';
import { collectEvents } from './collect-events.ts';
import { finishedJob } from './wait-for.ts';

/** The local bus's name as definitions see it once `${EventBusName}` is substituted. */
export const LOCAL_BUS_NAME = 'contentflow-local';

export interface WorkflowSystem {
  adapters: PlatformAdapters;
  orchestrator: LocalOrchestrator;
  runtime: LocalRuntime;
  /** Executions a previous process left running, resumed here. */
  resumed: number;
  /** Accepts a workflow job as the API does: the job record, then its StartJob command. */
  submit(tenantId: string, workflow: string, input: Record<string, unknown>): Promise<Job>;
  /** The job once it succeeded, failed or was cancelled; throws after `timeoutMs`. */
  finished(tenantId: string, jobId: string, timeoutMs: number): Promise<Job>;
  /** Every Package.Completed published since the system started. */
  packages: PackageCompletedV1Data[];
  /** Each content item of a job with its stored bytes. */
  contentsOf(job: Job): Promise<StoredContent[]>;
  stop(): Promise<void>;
}

export interface StoredContent {
  content: Content;
  body: Buffer;
}

/** Every engine a package uses. */
export const PACKAGE_ENGINES: readonly ServiceManifest[] = [textManifest, imageManifest, audioManifest, videoManifest];

/**
 * Every engine, the job processor and tracker, and the orchestrator running the ASL taken from the synthesized
 * CloudFormation template, over the local adapters of `CONTENTFLOW_DATA_DIR`. `engines` narrows the engines
 * running in this process.
 */

export async function startWorkflowSystem(
  engines: readonly ServiceManifest[] = PACKAGE_ENGINES,
): Promise<WorkflowSystem> {
  const adapters = await platformAdapters();
  const local = adapters.local!;
  const definitions = synthesizedWorkflows(orchestratorManifest, {
    substitutions: {
      EventBusName: LOCAL_BUS_NAME,
      EventBusArn: `arn:aws:events:local:000000000000:event-bus/${LOCAL_BUS_NAME}`,
    },
  });
  const orchestrator = startLocalOrchestrator({ db: local.db, bus: local.bus, definitions });
  const runtime = await startLocalRuntime({
    local,
    manifests: [apiManifest, ...engines, orchestratorManifest],
  });
  const resumed = orchestrator.resume();
  const packages = collectEvents(local.bus, 'workflow-system-packages', packageCompletedV1);
  return {
    adapters,
    orchestrator,
    resumed,
    runtime,
    async submit(tenantId, workflow, input) {
      const { job } = await adapters.repositories.jobs.create({
        tenantId,
        engine: 'orchestrator',
        task: workflow,
        input: input as Job['input'],
        correlationId: `corr-${tenantId}`,
      });
      const command = startJobCommandV1.parse({
        command: 'StartJob',
        version: '1',
        jobId: job.id,
        tenantId,
        engine: 'orchestrator',
        task: workflow,
        correlationId: job.correlationId,
        requestId: `req-${job.id}`,
      });
      await adapters.commands.send({ body: JSON.stringify(command) });
      return job;
    },
    finished: (tenantId, jobId, timeoutMs) =>
      finishedJob(adapters.repositories.jobs, tenantId, jobId, { timeoutMs, intervalMs: 200 }),
    packages,
    async contentsOf(job) {
      return Promise.all(
        job.contentIds.map(async (id) => {
          const content = await adapters.repositories.content.get(job.tenantId, id);
          if (!content) throw new Error(`content ${id} of job ${job.id} is not stored`);
          const { body } = await adapters.blobs.get(content.blobKey);
          return { content, body: Buffer.from(body) };
        }),
      );
    },
    async stop() {
      await orchestrator.stop();
      await runtime.stop();
    },
  };
}
