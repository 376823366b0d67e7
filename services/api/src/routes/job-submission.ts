import type { Context } from 'hono';
import type { ApiDependencies } from '../api-dependencies.ts';
import type { ApiEnv } from '../http/api-env.ts';
import { jsonContent } from '../openapi/json-content.ts';
import { JobSchema, toJobResource } from '../resources/job.resource.ts';
import type { CancelJobOptions } from '../use-cases/cancel-job.ts';
import type { SubmitJobDeps, SubmitJobResult } from '../use-cases/submit-job.ts';
import type { ExecutionDeps } from '../use-cases/workflow-executions.ts';

/**
 * What submitting, reading and cancelling jobs needs: one object serves both POST /api/v1/jobs and the
 * orchestrator's routes, since a package is accepted exactly as any job is.
 */
export function jobPorts(deps: ApiDependencies): SubmitJobDeps & ExecutionDeps {
  return {
    jobs: deps.repositories.jobs,
    commands: deps.commands,
    jobChanges: deps.jobChanges,
    tasks: deps.tasks,
    workflows: deps.workflows,
  };
}

/** The 202 and 200 (Idempotency-Key replay) answers of a route that submits a job. */
export function submissionResponses(accepted: string) {
  return {
    202: { description: accepted, content: jsonContent(JobSchema) },
    200: {
      description: 'A replay of an earlier submission with this Idempotency-Key (`Idempotent-Replayed: true`).',
      content: jsonContent(JobSchema),
    },
  };
}

/** Who submits and under which ids, as every submission carries them from the request. */
export function submitter(c: Context<ApiEnv>, idempotencyKey: string | undefined) {
  return {
    principal: c.get('principal'),
    ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
    correlationId: c.get('correlationId'),
    requestId: c.get('requestId'),
  };
}

/** Answers a submission: 202 with a new job, or 200 marked `Idempotent-Replayed`; `Location` either way. */
export function submissionResponse(c: Context<ApiEnv>, { job, replayed }: SubmitJobResult, location: string) {
  c.header('Location', location);
  if (replayed) {
    c.header('Idempotent-Replayed', 'true');
    return c.json(toJobResource(job), 200);
  }
  return c.json(toJobResource(job), 202);
}

/** The cancel routes' options: the HTTP request that asked, for tracing the CancelJob command back to it. */
export function cancelOptions(c: Context<ApiEnv>): CancelJobOptions {
  return { requestId: c.get('requestId') };
}
