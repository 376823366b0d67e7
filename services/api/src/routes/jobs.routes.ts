import { JOB_STATUSES } from '@contentflow/platform';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { ApiDependencies } from '../api-dependencies.ts';
import type { ApiEnv } from '../http/api-env.ts';
import type { Guards } from '../middleware/guards.ts';
import { bearerSecurity } from '../openapi/bearer-security.ts';
import { IdParams } from '../openapi/id-param.ts';
import { IdempotencyKeyHeaders } from '../openapi/idempotency-key-header.ts';
import { jsonContent } from '../openapi/json-content.ts';
import { PageQuery } from '../openapi/page-query.ts';
import { problemResponses } from '../openapi/problem-responses.ts';
import { JobPageSchema, JobSchema, toJobResource } from '../resources/job.resource.ts';
import { cancelJob } from '../use-cases/cancel-job.ts';
import { getJob } from '../use-cases/get-job.ts';
import { listJobs } from '../use-cases/list-jobs.ts';
import { submitJob } from '../use-cases/submit-job.ts';
import { cancelOptions, jobPorts, submissionResponse, submissionResponses, submitter } from './job-submission.ts';

const SubmitJobRequest = z
  .strictObject({
    engine: z.string().min(1).max(64).openapi({ example: 'text' }),
    task: z.string().min(1).max(128).openapi({ example: 'analyze' }),
    input: z
      .record(z.string(), z.unknown())
      .openapi({ description: "Checked against the task's input schema (GET /api/v1/engines)." }),
  })
  .openapi('SubmitJobRequest', { example: { engine: 'text', task: 'analyze', input: { text: 'Hello there.' } } });

const ListJobsQuery = PageQuery.extend({ status: z.enum(JOB_STATUSES).optional() });

export function jobRoutes(deps: ApiDependencies, guards: Guards): OpenAPIHono<ApiEnv> {
  const ports = jobPorts(deps);
  const { jobs } = ports;
  return new OpenAPIHono<ApiEnv>()
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/jobs',
        tags: ['jobs'],
        summary: 'Submit a job',
        description:
          'Validates the input against the task, records the job as queued and queues its start. With an Idempotency-Key already used for the same request, answers 200 with that job and queues nothing.',
        security: bearerSecurity,
        middleware: guards.user,
        request: { headers: IdempotencyKeyHeaders, body: { content: jsonContent(SubmitJobRequest), required: true } },
        responses: {
          ...submissionResponses('Accepted; the job is queued. `Location` is its URL.'),
          ...problemResponses(400, 401, 413, 415, 422, 429, 503),
        },
      }),
      async (c) => {
        const submission = await submitJob(ports, {
          ...submitter(c, c.req.valid('header')['idempotency-key']),
          ...c.req.valid('json'),
        });
        return submissionResponse(c, submission, `/api/v1/jobs/${submission.job.id}`);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/jobs',
        tags: ['jobs'],
        summary: "List the caller's jobs, newest first",
        security: bearerSecurity,
        middleware: guards.user,
        request: { query: ListJobsQuery },
        responses: {
          200: { description: 'One page of jobs.', content: jsonContent(JobPageSchema) },
          ...problemResponses(400, 401, 429),
        },
      }),
      async (c) => {
        const page = await listJobs(jobs, c.get('principal'), c.req.valid('query'));
        return c.json({ items: page.items.map(toJobResource), nextCursor: page.nextCursor }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/jobs/{id}',
        tags: ['jobs'],
        summary: 'Get a job',
        security: bearerSecurity,
        middleware: guards.user,
        request: { params: IdParams },
        responses: {
          200: { description: 'The job.', content: jsonContent(JobSchema) },
          ...problemResponses(400, 401, 404, 429),
        },
      }),
      async (c) => c.json(toJobResource(await getJob(jobs, c.get('principal'), c.req.valid('param').id)), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/jobs/{id}/cancel',
        tags: ['jobs'],
        summary: 'Cancel a queued or running job',
        security: bearerSecurity,
        middleware: guards.user,
        request: { params: IdParams },
        responses: {
          200: { description: 'The cancelled job.', content: jsonContent(JobSchema) },
          ...problemResponses(400, 401, 404, 409, 429, 503),
        },
      }),
      async (c) => {
        const job = await cancelJob(ports, c.get('principal'), c.req.valid('param').id, cancelOptions(c));
        return c.json(toJobResource(job), 200);
      },
    );
}
