import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { methodNotAllowed } from 'hono/method-not-allowed';
import type { ApiDependencies } from './api-dependencies.ts';
import type { ApiEnv } from './http/api-env.ts';
import { errorHandler, notFoundHandler } from './http/error-handler.ts';
import { problems, renderProblem } from './http/problem.ts';
import { validationHook } from './http/validation-hook.ts';
import { accessLog } from './middleware/access-log.ts';
import { durableResponses } from './middleware/durable-responses.ts';
import { createGuards } from './middleware/guards.ts';
import { jsonOnly } from './middleware/json-only.ts';
import { requestContext } from './middleware/request-context.ts';
import { BEARER_SCHEME, bearerSchemeComponent } from './openapi/bearer-security.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { blobRoutes } from './routes/blobs.routes.ts';
import { contentRoutes } from './routes/content.routes.ts';
import { docsRoutes } from './routes/docs.routes.ts';
import { engineRoutes } from './routes/engines.routes.ts';
import { healthRoutes } from './routes/health.routes.ts';
import { jobEventRoutes } from './routes/job-events.routes.ts';
import { jobRoutes } from './routes/jobs.routes.ts';
import { openApiRoutes, SPEC_PATH } from './routes/openapi.routes.ts';
import { orchestratorRoutes } from './routes/orchestrator.routes.ts';
import { siteRoutes } from './routes/site.routes.ts';
import { UPLOAD_PATH, uploadRoutes } from './routes/uploads.routes.ts';

/** The ContentFlow HTTP API over the given ports; serve it with `startApiServer`, or call `app.request()` in tests. */
export function createApiApp(deps: ApiDependencies): OpenAPIHono<ApiEnv> {
  const app = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  const { maxBodyBytes } = deps.settings.limits;

  app.onError(errorHandler(deps.logger));
  app.notFound(notFoundHandler);
  app.use(requestContext());
  app.use(accessLog(deps.logger));
  app.use(durableResponses(deps.durability));
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, allowed) => renderProblem(c, problems.methodNotAllowed(c.req.method, allowed)),
    }),
  );
  const limitBody = bodyLimit({
    maxSize: maxBodyBytes,
    onError: () => {
      throw problems.payloadTooLarge(maxBodyBytes);
    },
  });
  // Only requests that may carry a body pay for the limit: it wraps the body stream, which a GET never needs.
  app.use(async function bodyLimitMiddleware(c, next) {
    const hasJsonBody = ['POST', 'PUT', 'PATCH'].includes(c.req.method) && c.req.path !== UPLOAD_PATH;
    return hasJsonBody ? limitBody(c, next) : next();
  });
  app.use(jsonOnly({ except: [UPLOAD_PATH] }));

  const guards = createGuards(deps);
  app.openAPIRegistry.registerComponent('securitySchemes', BEARER_SCHEME, bearerSchemeComponent);
  app.route('/', healthRoutes(deps));
  app.route('/', authRoutes(deps, guards));
  app.route('/', jobRoutes(deps, guards));
  app.route('/', jobEventRoutes(deps, guards));
  app.route('/', contentRoutes(deps, guards));
  app.route('/', uploadRoutes(deps, guards));
  app.route('/', engineRoutes(deps));
  app.route('/', orchestratorRoutes(deps, guards));
  if (deps.localBlobs) app.route('/', blobRoutes(deps.localBlobs, deps.blobs));
  app.route('/', openApiRoutes(app, deps.settings.publicUrl));
  app.route('/', docsRoutes(SPEC_PATH));
  if (deps.siteDir) app.route('/', siteRoutes(deps.siteDir));
  return app;
}
