import type { Readable } from 'node:stream';
import type { TaskContract, TaskInput, TaskOutput } from '@contentflow/events';
import type { JsonObject } from '../domain/json.ts';

/** A file a task made; the runner stores it in the blob store and records it as content. */
export interface TaskArtifact {
  /** File name inside the job's folder, e.g. `thumbnail.png`. */
  fileName: string;
  mimeType: string;
  body: Uint8Array | Readable;
  title?: string;
  /** Dimensions, duration, scores…: stored on the content record. */
  metadata?: JsonObject;
}

export type ModelProvider = 'offline' | 'bedrock' | 'openai' | 'polly';

export interface TaskResult<O> {
  /** Validated against the contract's output schema before anything is stored. */
  output: O;
  /** Files to store. When absent, the output itself is stored as the job's JSON content. */
  artifacts?: TaskArtifact[];
  /** Which provider did the work: every output says so. */
  provider: ModelProvider;
  model?: string;
}

export interface TaskRunContext {
  tenantId: string;
  jobId: string;
  /** Aborted when the job is cancelled or the invocation runs out of time. */
  signal: AbortSignal;
  /** Reports progress as a Job.Progressed event; percent is 0–100. */
  progress(percent: number, message?: string): Promise<void>;
}

/** An engine's implementation of one task contract. */
export interface TaskImplementation<C extends TaskContract = TaskContract> {
  contract: C;
  run(input: TaskInput<C>, context: TaskRunContext): Promise<TaskResult<TaskOutput<C>>>;
}

/** Binds an implementation to its contract with the types checked. */
export function implementTask<C extends TaskContract>(
  contract: C,
  run: TaskImplementation<C>['run'],
): TaskImplementation<C> {
  return { contract, run };
}
