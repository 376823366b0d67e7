import type { Readable } from 'node:stream';
import {
  contentGeneratedV1,
  type Engine,
  type EventDetail,
  jobCompletedV1,
  jobFailedV1,
  jobProgressedV1,
  type jobRequestedV1,
  jobStartedV1,
} from '@contentflow/events';
import { blobKey } from '../domain/blob-key.ts';
import type { JsonObject } from '../domain/json.ts';
import { publishEvents } from '../messaging/publish-events.ts';
import type { BlobStore } from '../ports/blob-store.port.ts';
import type { ContentRepository } from '../ports/content.repository.port.ts';
import type { EventBus } from '../ports/event-bus.port.ts';
import { DEFAULT_CANCELLATION_CHECK_MS, JobCancellationWatch } from './job-cancellation-watch.ts';
import type { JobStatusReader } from './job-status-reader.port.ts';
import { TaskError } from './task-error.ts';
import type { TaskArtifact, TaskImplementation, TaskResult } from './task-implementation.ts';

export type JobRequestedDetail = EventDetail<typeof jobRequestedV1>;

export interface EngineJobPorts {
  events: EventBus;
  content: ContentRepository;
  blobs: BlobStore;
  /**
   * Read while a task runs: once the job is cancelled the task's signal aborts (its child processes are killed, its
   * temp files removed) and nothing is stored. Without it (a test running a task directly) only `signal` stops a run.
   */
  jobs?: JobStatusReader;
}

export interface RunEngineJobOptions {
  /** How often `ports.jobs` is read while the task runs. */
  cancellationCheckMs?: number;
}

export interface EngineDefinition {
  engine: Engine;
  tasks: readonly TaskImplementation[];
}

/** What a run ended as; also the value the idempotency store keeps for a repeated request. */
export type EngineJobOutcome =
  | { status: 'succeeded'; contentIds: string[] }
  | { status: 'failed'; code: string; message: string }
  /** The job was cancelled before or while the task ran: nothing was stored. */
  | { status: 'cancelled' };

/** Content stored as JSON is kept in content metadata too when it is this small, so lists can show it. */
const INLINE_METADATA_BYTES = 16 * 1024;

function failure(error: unknown): { code: string; message: string; retryable: boolean } {
  if (error instanceof TaskError) return { code: error.code, message: error.message, retryable: error.retryable };
  return { code: 'INTERNAL_ERROR', message: 'the engine failed unexpectedly', retryable: true };
}

/**
 * Why a task stopped: a caller that aborted its signal with a TaskError (e.g. `EngineTimedOutError`) knows better
 * than the task, which only saw its child process killed.
 */
function stopReason(error: unknown, signal: AbortSignal): unknown {
  return signal.aborted && signal.reason instanceof TaskError ? signal.reason : error;
}

function artifactsOf(result: TaskResult<unknown>, kind: string): TaskArtifact[] {
  if (result.artifacts && result.artifacts.length > 0) return result.artifacts;
  const json = JSON.stringify(result.output);
  const metadata = Buffer.byteLength(json) <= INLINE_METADATA_BYTES ? (result.output as JsonObject) : {};
  return [{ fileName: `${kind}.json`, mimeType: 'application/json', body: Buffer.from(json), metadata }];
}

/** The code a workflow step's Job.Failed carries when its job was cancelled. */
export const JOB_CANCELLED = 'JOB_CANCELLED';

/**
 * Runs one Job.Requested on an engine: validate the input against the task's contract, run the task, store every
 * artifact (blob, then content record, idempotent per job and artifact), then announce Content.Generated and
 * Job.Completed. Any failure becomes Job.Failed with a code, never a silent drop. A cancelled job (read from
 * `ports.jobs` before the task starts and every `cancellationCheckMs` while it runs) stops the task and stores
 * nothing. Aborting `signal` stops the task too; aborted with a TaskError, the Job.Failed carries that error.
 */
export async function runEngineJob(
  detail: JobRequestedDetail,
  engine: EngineDefinition,
  ports: EngineJobPorts,
  signal: AbortSignal = new AbortController().signal,
  options: RunEngineJobOptions = {},
): Promise<EngineJobOutcome> {
  const { data, metadata } = detail;
  const source = `contentflow.${engine.engine}` as const;
  const tenantId = metadata.tenantId;
  const step = data.step;
  const caused = { tenantId, causedBy: metadata, source } as const;

  const fail = async (error: { code: string; message: string; retryable: boolean }): Promise<EngineJobOutcome> => {
    const event = jobFailedV1.create({
      ...caused,
      data: { jobId: data.jobId, engine: engine.engine, error, ...(step ? { step } : {}) },
    });
    await publishEvents(ports.events, [event]);
    return { status: 'failed', code: error.code, message: error.message };
  };

  const watch = ports.jobs
    ? new JobCancellationWatch(ports.jobs, {
        tenantId,
        jobId: data.jobId,
        intervalMs: options.cancellationCheckMs ?? DEFAULT_CANCELLATION_CHECK_MS,
      })
    : undefined;
  const cancelled = async (): Promise<EngineJobOutcome> => {
    // No Job.Failed for the job itself: it is cancelled, not failed. A workflow step's token is answered though,
    // so an execution not stopped (yet) moves on at once rather than waiting out the step's timeout.
    if (step?.taskToken) {
      await fail({ code: JOB_CANCELLED, message: `job ${data.jobId} was cancelled`, retryable: false });
    }
    return { status: 'cancelled' };
  };
  // A request that arrives after its job was cancelled (a workflow's next step, a queued retry) does no work.
  if (await watch?.check()) return cancelled();

  const task = engine.tasks.find((candidate) => candidate.contract.task === data.task);
  if (!task) {
    const known = engine.tasks.map((candidate) => candidate.contract.task).join(', ');
    return fail({
      code: 'TASK_UNKNOWN',
      message: `${engine.engine} has no task "${data.task}" (has: ${known})`,
      retryable: false,
    });
  }
  const input = task.contract.input.safeParse(data.input);
  if (!input.success) {
    const issues = input.error.issues.map((issue) => `${issue.path.join('.') || '(input)'}: ${issue.message}`);
    return fail({ code: 'INPUT_INVALID', message: issues.join('; ').slice(0, 2000), retryable: false });
  }
  // No time left (a redelivery late in its invocation): report it rather than start work that cannot finish.
  if (signal.aborted) return fail(failure(signal.reason));

  await publishEvents(ports.events, [
    jobStartedV1.create({ ...caused, data: { jobId: data.jobId, engine: engine.engine, task: data.task } }),
  ]);

  let result: TaskResult<unknown>;
  watch?.start();
  try {
    result = await task.run(input.data, {
      tenantId,
      jobId: data.jobId,
      signal: watch ? AbortSignal.any([signal, watch.signal]) : signal,
      progress: async (percent, message) => {
        const event = jobProgressedV1.create({
          ...caused,
          data: {
            jobId: data.jobId,
            engine: engine.engine,
            percent,
            message: message ?? `${Math.round(percent)}%`,
            ...(step ? { step } : {}),
          },
        });
        await publishEvents(ports.events, [event]);
      },
    });
  } catch (error) {
    return watch?.cancelled ? cancelled() : fail(failure(stopReason(error, signal)));
  } finally {
    watch?.stop();
  }
  // A task that finished anyway (it ignored its signal, or the cancel came as it ended) still stores nothing.
  // One that finished as its time ran short is stored: the margin left before the deadline is for that.
  if (watch?.cancelled) return cancelled();
  const output = task.contract.output.safeParse(result.output);
  if (!output.success) {
    return fail({
      code: 'OUTPUT_INVALID',
      message: `the ${task.contract.key} result did not match its contract`,
      retryable: false,
    });
  }

  const kind = task.contract.produces.kind;
  const contentIds: string[] = [];
  const announcements = [];
  for (const [index, artifact] of artifactsOf(result, kind).entries()) {
    const key = blobKey(
      tenantId,
      'jobs',
      data.jobId,
      step ? `${step.stepName}-${artifact.fileName}` : artifact.fileName,
    );
    const stored = await ports.blobs.put(key, artifact.body as Uint8Array | Readable, {
      contentType: artifact.mimeType,
    });
    const { content } = await ports.content.create({
      tenantId,
      jobId: data.jobId,
      producerKey: `${step?.stepName ?? data.task}:${index}`,
      kind: `${engine.engine}/${kind}`,
      mimeType: artifact.mimeType,
      blobKey: key,
      bytes: stored.size,
      ...(artifact.title ? { title: artifact.title } : {}),
      metadata: artifact.metadata ?? {},
      provider: { engine: engine.engine, provider: result.provider, ...(result.model ? { model: result.model } : {}) },
    });
    contentIds.push(content.id);
    announcements.push(
      contentGeneratedV1.create({
        ...caused,
        data: {
          jobId: data.jobId,
          contentId: content.id,
          kind,
          blobs: [{ key, mimeType: artifact.mimeType, bytes: stored.size }],
          generatedBy: {
            engine: engine.engine,
            provider: result.provider,
            ...(result.model ? { model: result.model } : {}),
          },
          ...(step ? { step } : {}),
        },
      }),
    );
  }
  announcements.push(
    jobCompletedV1.create({
      ...caused,
      data: { jobId: data.jobId, engine: engine.engine, contentIds, ...(step ? { step } : {}) },
    }),
  );
  await publishEvents(ports.events, announcements);
  return { status: 'succeeded', contentIds };
}
