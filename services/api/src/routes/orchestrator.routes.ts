import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { ApiDependencies } from '../api-dependencies.ts';
import type { ApiEnv } from '../http/api-env.ts';
import type { Guards } from '../middleware/guards.ts';
import { bearerSecurity } from '../openapi/bearer-security.ts';
import { IdParams } from '../openapi/id-param.ts';
import { IdempotencyKeyHeaders } from '../openapi/idempotency-key-header.ts';
import { jsonContent } from '../openapi/json-content.ts';
import { problemResponses } from '../openapi/problem-responses.ts';
import {
  ExecutionSchema,
  toExecutionResource,
  toWorkflowCatalog,
  WorkflowCatalogSchema,
} from '../resources/workflow.resource.ts';
import { submitWorkflowJob } from '../use-cases/submit-workflow-job.ts';
import { cancelExecution, getExecution } from '../use-cases/workflow-executions.ts';
import { cancelOptions, jobPorts, submissionResponse, submissionResponses, submitter } from './job-submission.ts';

const WorkflowParams = z.object({
  name: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,63}$/, 'a workflow name is kebab-case, e.g. short-video-package')
    .openapi({ example: 'short-video-package' }),
});

const WorkflowRequest = z.record(z.string(), z.unknown()).openapi('WorkflowRequest', {
  description: "Checked against the workflow's request schema (GET /api/v1/orchestrator/workflows).",
  example: { topic: 'Three habits of productive creators', lengthSec: 15, platform: 'tiktok' },
});

/** Packages: multi-engine workflows, each run as one tracked job whose steps are reported as they go. */
export function orchestratorRoutes(deps: ApiDependencies, guards: Guards): OpenAPIHono<ApiEnv> {
  const ports = jobPorts(deps);
  // Fixed for the life of the process, so the JSON Schemas are generated once.
  const catalog = toWorkflowCatalog(deps.workflows);
  return new OpenAPIHono<ApiEnv>()
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/orchestrator/workflows',
        tags: ['orchestrator'],
        summary: 'Workflows, their steps and their request JSON Schemas',
        responses: {
          200: { description: 'The workflow catalog.', content: jsonContent(WorkflowCatalogSchema) },
          ...problemResponses(),
        },
      }),
      (c) => c.json(catalog, 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/orchestrator/workflows/{name}',
        tags: ['orchestrator'],
        summary: 'Start a workflow (a package job)',
        description:
          'Validates the body against the workflow’s request schema, records one job (engine `orchestrator`, task the workflow) as queued and queues its start, exactly as POST /api/v1/jobs does. With an Idempotency-Key already used for the same request, answers 200 with that job.',
        security: bearerSecurity,
        middleware: guards.user,
        request: {
          params: WorkflowParams,
          headers: IdempotencyKeyHeaders,
          body: { content: jsonContent(WorkflowRequest), required: true },
        },
        responses: {
          ...submissionResponses('Accepted; the package job is queued. `Location` is its execution’s URL.'),
          ...problemResponses(400, 401, 404, 413, 415, 422, 429, 503),
        },
      }),
      async (c) => {
        const submission = await submitWorkflowJob(ports, {
          ...submitter(c, c.req.valid('header')['idempotency-key']),
          workflow: c.req.valid('param').name,
          request: c.req.valid('json'),
        });
        return submissionResponse(c, submission, `/api/v1/orchestrator/executions/${submission.job.id}`);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/orchestrator/executions/{id}',
        tags: ['orchestrator'],
        summary: 'A workflow execution: every step with its status, timing and content',
        description: 'The id is the package job’s. Steps not reached yet are `pending`.',
        security: bearerSecurity,
        middleware: guards.user,
        request: { params: IdParams },
        responses: {
          200: { description: 'The execution.', content: jsonContent(ExecutionSchema) },
          ...problemResponses(400, 401, 404, 429),
        },
      }),
      async (c) => {
        const execution = await getExecution(ports, c.get('principal'), c.req.valid('param').id);
        return c.json(toExecutionResource(execution), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/v1/orchestrator/executions/{id}/cancel',
        tags: ['orchestrator'],
        summary: 'Cancel a workflow execution',
        description: 'Cancels the package job: its state machine stops and engines stop the work under way.',
        security: bearerSecurity,
        middleware: guards.user,
        request: { params: IdParams },
        responses: {
          200: { description: 'The cancelled execution.', content: jsonContent(ExecutionSchema) },
          ...problemResponses(400, 401, 404, 409, 429, 503),
        },
      }),
      async (c) => {
        const execution = await cancelExecution(ports, c.get('principal'), c.req.valid('param').id, cancelOptions(c));
        return c.json(toExecutionResource(execution), 200);
      },
    );
}
