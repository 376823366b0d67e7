import { isDeepStrictEqual } from 'node:util';
import { MAX_JOB_INPUT_BYTES, type StartJobCommandV1, startJobCommandV1 } from '@contentflow/events';
import {
  type CommandQueue,
  type Job,
  type JobChangeFeed,
  type JobRepository,
  jsonObjectSchema,
} from '@contentflow/platform';
import type { VerifiedPrincipal } from '../auth/token-service.ts';
import { failJob } from '../jobs/fail-job.ts';
import { startJobCommandOf } from '../jobs/start-job-command.ts';
import { describeIssues, issuesOf } from '../validation/input-issues.ts';
import { findJobContract, type JobCatalog, type JobContract } from './job-contracts.ts';
import {
  DependencyUnavailableError,
  IdempotencyKeyReusedError,
  InvalidRequestError,
  TooLargeError,
} from './use-case-errors.ts';

export interface SubmitJobDeps extends JobCatalog {
  jobs: JobRepository;
  commands: CommandQueue;
  jobChanges: JobChangeFeed;
}

export interface SubmitJobInput {
  principal: VerifiedPrincipal;
  engine: string;
  task: string;
  input: Record<string, unknown>;
  /** Where the input sits in the request body, for the paths of validation errors (default `['input']`). */
  inputPath?: readonly string[];
  idempotencyKey?: string;
  /** Travel into the StartJob command and from there into every event of the job. */
  correlationId: string;
  requestId: string;
}

export interface SubmitJobResult {
  job: Job;
  /** True when the Idempotency-Key matched an earlier submission, whose job this is; nothing was written. */
  replayed: boolean;
}

/** The error code a job carries when it was accepted but its StartJob command could not be queued. */
export const COMMAND_QUEUE_UNAVAILABLE = 'COMMAND_QUEUE_UNAVAILABLE';

function validInput(contract: JobContract, input: Record<string, unknown>, inputPath: readonly string[]) {
  const checked = contract.input.safeParse(input);
  if (!checked.success) {
    const issues = issuesOf(checked.error, inputPath);
    throw new InvalidRequestError(`input is invalid for ${contract.key}: ${describeIssues(issues)}`, issues);
  }
  // The job stores the input as sent (JSON), not the contract's parsed form, which may hold non-JSON values.
  const json = jsonObjectSchema.parse(input);
  // Checked here because the input rides in one event to its engine: past the limit the job could never start.
  const bytes = Buffer.byteLength(JSON.stringify(json));
  if (bytes > MAX_JOB_INPUT_BYTES) {
    throw new TooLargeError(
      `input takes ${bytes.toLocaleString('en-US')} bytes as UTF-8 JSON; a job's input may take at most ` +
        `${MAX_JOB_INPUT_BYTES.toLocaleString('en-US')} (it travels in one event): send less, or split the work into several jobs`,
    );
  }
  return json;
}

/**
 * Accepts a job: validates it against its task's or workflow's contract, records it as queued and sends its StartJob command.
 * If the command cannot be sent the job is marked failed, so no job waits forever for a command that never comes.
 */
export async function submitJob(deps: SubmitJobDeps, request: SubmitJobInput): Promise<SubmitJobResult> {
  const { principal, idempotencyKey } = request;
  const contract = findJobContract(deps, request.engine, request.task);
  const input = validInput(contract, request.input, request.inputPath ?? ['input']);
  const { job, created } = await deps.jobs.create({
    tenantId: principal.tenantId,
    engine: contract.engine,
    task: contract.task,
    input,
    correlationId: request.correlationId,
    ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
  });
  if (!created) {
    if (job.engine !== contract.engine || job.task !== contract.task || !isDeepStrictEqual(job.input, input)) {
      throw new IdempotencyKeyReusedError(idempotencyKey ?? '');
    }
    return { job, replayed: true };
  }
  // Published before the command is sent: the processor may start the job at once, and live readers must see
  // `queued` before `running`.
  deps.jobChanges.publish(job);
  const command: StartJobCommandV1 = startJobCommandV1.parse(startJobCommandOf(job, request));
  try {
    await deps.commands.send({ body: JSON.stringify(command) });
  } catch (cause) {
    await markUnqueued(deps, job);
    throw new DependencyUnavailableError(
      `job ${job.id} was recorded but could not be queued, so it was marked failed; submit it again later`,
      { cause },
    );
  }
  return { job, replayed: false };
}

async function markUnqueued(deps: SubmitJobDeps, job: Job): Promise<void> {
  await failJob(deps, job, {
    code: COMMAND_QUEUE_UNAVAILABLE,
    message: 'the job could not be queued; submit it again',
  });
}
