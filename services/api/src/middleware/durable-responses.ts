import type { WriteDurability } from '@contentflow/platform';
import type { MiddlewareHandler } from 'hono';
import { DependencyUnavailableError } from '../use-cases/use-case-errors.ts';

/**
 * Answers only once what the request wrote is durable, so a 202 is never sent for a job that a crash could still
 * lose. Locally the wait is the rest of the event-loop turn, whose writes commit together; when the commit fails,
 * nothing of the request was kept and the answer says so (503: retrying is safe).
 */
export function durableResponses(durability: WriteDurability): MiddlewareHandler {
  return async function durableResponsesMiddleware(_c, next) {
    await next();
    try {
      await durability.durable();
    } catch (error) {
      throw new DependencyUnavailableError('the database could not store the changes; nothing was kept, retry', {
        cause: error,
      });
    }
  };
}
