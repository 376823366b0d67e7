import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { ApiDependencies } from '../api-dependencies.ts';
import type { ApiEnv } from '../http/api-env.ts';
import { jsonContent } from '../openapi/json-content.ts';
import { problemResponses } from '../openapi/problem-responses.ts';
import { EngineCatalogSchema } from '../resources/engine.resource.ts';
import { listEngines } from '../use-cases/list-engines.ts';

/** The task catalog is public, like the docs: it is what a client needs to build a valid job. */
export function engineRoutes(deps: ApiDependencies): OpenAPIHono<ApiEnv> {
  // The catalog is fixed for the life of the process, so its JSON Schemas are generated once.
  const catalog = { engines: listEngines(deps.tasks) };
  return new OpenAPIHono<ApiEnv>().openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/engines',
      tags: ['engines'],
      summary: 'Engines, their tasks and the tasks’ input and output JSON Schemas',
      responses: {
        200: { description: 'The task catalog.', content: jsonContent(EngineCatalogSchema) },
        ...problemResponses(),
      },
    }),
    (c) => c.json(catalog, 200),
  );
}
