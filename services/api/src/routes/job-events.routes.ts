import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { ApiDependencies } from '../api-dependencies.ts';
import type { ApiEnv } from '../http/api-env.ts';
import { JOB_EVENT, streamJobEvents, streamLifetime } from '../http/job-event-stream.ts';
import type { Guards } from '../middleware/guards.ts';
import { bearerSecurity } from '../openapi/bearer-security.ts';
import { IdParams } from '../openapi/id-param.ts';
import { problemResponses } from '../openapi/problem-responses.ts';
import { watchJob, watchJobs } from '../use-cases/watch-jobs.ts';

const StreamQuery = z.object({
  access_token: z
    .string()
    .optional()
    .openapi({ description: 'The bearer token, for EventSource clients that cannot set the Authorization header.' }),
});

const eventStream = {
  'text/event-stream': {
    schema: z.string().openapi({
      description: `Server-Sent Events: \`event: ${JOB_EVENT}\`, \`data:\` the Job as JSON, \`id:\` its updatedAt; comment lines keep the stream alive.`,
    }),
  },
};

export function jobEventRoutes(deps: ApiDependencies, guards: Guards): OpenAPIHono<ApiEnv> {
  const watchDeps = { jobs: deps.repositories.jobs, jobChanges: deps.jobChanges };
  const options = { heartbeatMs: deps.settings.sseHeartbeatSeconds * 1000, logger: deps.logger };
  return new OpenAPIHono<ApiEnv>()
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/jobs/{id}/events',
        tags: ['events'],
        summary: "Live events of one of the caller's jobs",
        description:
          'Sends the job as it is now, then every change, and ends after the job succeeds, fails or is cancelled.',
        security: bearerSecurity,
        middleware: guards.stream,
        request: { params: IdParams, query: StreamQuery },
        responses: {
          200: { description: 'The event stream.', content: eventStream },
          ...problemResponses(400, 401, 404, 429),
        },
      }),
      async (c) => {
        const lifetime = streamLifetime(c);
        const changes = await watchJob(watchDeps, c.get('principal'), c.req.valid('param').id, lifetime.signal);
        return streamJobEvents(c, changes, lifetime, options);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/v1/events/stream',
        tags: ['events'],
        summary: "Live events of all the caller's jobs",
        description: "Sends every change to the caller's jobs (never another tenant's) until the client disconnects.",
        security: bearerSecurity,
        middleware: guards.stream,
        request: { query: StreamQuery },
        responses: {
          200: { description: 'The event stream.', content: eventStream },
          ...problemResponses(401, 429),
        },
      }),
      (c) => {
        const lifetime = streamLifetime(c);
        return streamJobEvents(c, watchJobs(watchDeps, c.get('principal'), lifetime.signal), lifetime, options);
      },
    );
}
