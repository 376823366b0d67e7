import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { ApiDependencies } from '../api-dependencies.ts';
import type { ApiEnv } from '../http/api-env.ts';
import { problems } from '../http/problem.ts';
import { jsonContent } from '../openapi/json-content.ts';
import { problemResponses } from '../openapi/problem-responses.ts';

const Checks = z.record(z.string(), z.boolean()).openapi({ example: { database: true, queue: true } });

async function runChecks(readiness: ApiDependencies['readiness']): Promise<Record<string, boolean>> {
  try {
    return await readiness();
  } catch {
    return { readiness: false };
  }
}

export function healthRoutes(deps: ApiDependencies): OpenAPIHono<ApiEnv> {
  return new OpenAPIHono<ApiEnv>()
    .openapi(
      createRoute({
        method: 'get',
        path: '/health',
        tags: ['operations'],
        summary: 'Liveness: the process answers',
        responses: {
          200: { description: 'Alive.', content: jsonContent(z.object({ status: z.literal('ok') })) },
          ...problemResponses(),
        },
      }),
      (c) => c.json({ status: 'ok' as const }, 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/ready',
        tags: ['operations'],
        summary: 'Readiness: every dependency answers',
        responses: {
          200: {
            description: 'Ready to take traffic.',
            content: jsonContent(z.object({ status: z.literal('ready'), checks: Checks })),
          },
          ...problemResponses(503),
        },
      }),
      async (c) => {
        const checks = await runChecks(deps.readiness);
        const failing = Object.keys(checks).filter((name) => !checks[name]);
        if (failing.length > 0)
          throw problems.serviceUnavailable(`not ready: ${failing.join(', ')} failing`, { checks });
        return c.json({ status: 'ready' as const, checks }, 200);
      },
    );
}
