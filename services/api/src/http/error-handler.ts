import { STATUS_CODES } from 'node:http';
import type { ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ApiLogger } from '../api-dependencies.ts';
import {
  ConflictError,
  DependencyUnavailableError,
  IdempotencyKeyReusedError,
  InvalidCredentialsError,
  InvalidRequestError,
  NotFoundError,
  TooLargeError,
} from '../use-cases/use-case-errors.ts';
import type { ApiEnv } from './api-env.ts';
import { describeError } from './describe-error.ts';
import { HttpProblem, problems, renderProblem } from './problem.ts';

/** Hono's own refusals (its validators' and media-type gate's), in the same problem shape. */
function fromHonoException(error: HTTPException): HttpProblem {
  return new HttpProblem(error.status, STATUS_CODES[error.status] ?? 'Error', error.message);
}

/** The problem for an error, or undefined when it is a failure of ours (answered 500 and logged). */
function knownProblem(error: unknown): HttpProblem | undefined {
  if (error instanceof HttpProblem) return error;
  if (error instanceof InvalidRequestError) return problems.badRequest(error.message, [...error.issues]);
  if (error instanceof TooLargeError) return problems.contentTooLarge(error.message);
  if (error instanceof NotFoundError) return problems.notFound(error.message);
  if (error instanceof ConflictError) return problems.conflict(error.message);
  if (error instanceof IdempotencyKeyReusedError) return problems.unprocessable(error.message);
  if (error instanceof InvalidCredentialsError) return problems.unauthorized(error.message);
  if (error instanceof DependencyUnavailableError) return problems.serviceUnavailable(error.message);
  if (error instanceof HTTPException) return fromHonoException(error);
  return undefined;
}

/** Renders every error as application/problem+json; failures of ours are logged with the request id. */
export function errorHandler(logger: ApiLogger): ErrorHandler<ApiEnv> {
  return (error, c) => {
    const problem = knownProblem(error);
    if (problem === undefined || problem.status >= 500) {
      logger.error('request failed', {
        requestId: c.get('requestId'),
        method: c.req.method,
        path: c.req.path,
        error: describeError(error),
      });
    }
    return renderProblem(c, problem ?? problems.internal());
  };
}

export const notFoundHandler: NotFoundHandler<ApiEnv> = (c) =>
  renderProblem(c, problems.notFound(`there is no route ${c.req.method} ${c.req.path}`));
