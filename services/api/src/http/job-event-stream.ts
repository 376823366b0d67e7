import type { Job } from '@contentflow/platform';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { ApiLogger } from '../api-dependencies.ts';
import { toJobResource } from '../resources/job.resource.ts';
import type { ApiEnv } from './api-env.ts';
import { describeError } from './describe-error.ts';

/** The SSE event every job change is sent as. */
export const JOB_EVENT = 'job';

/** When a stream ends: the client goes away, the stream finishes, or the server shuts down (`signal` aborts). */
export interface StreamLifetime {
  signal: AbortSignal;
  end(): void;
}

export function streamLifetime(c: Context<ApiEnv>): StreamLifetime {
  const ended = new AbortController();
  const shutdown = c.env?.shutdown;
  return {
    signal: shutdown ? AbortSignal.any([ended.signal, shutdown]) : ended.signal,
    end: () => ended.abort(),
  };
}

export interface JobEventStreamOptions {
  heartbeatMs: number;
  logger: ApiLogger;
}

/**
 * Sends each job as an `event: job` (data: the job as the API shows it; id: its updatedAt), with a comment line
 * first (the subscription is live from then on) and every `heartbeatMs` (so proxies keep an idle stream open).
 */
export function streamJobEvents(
  c: Context<ApiEnv>,
  jobs: AsyncIterable<Job>,
  lifetime: StreamLifetime,
  options: JobEventStreamOptions,
): Response {
  return streamSSE(c, async (stream) => {
    stream.onAbort(lifetime.end);
    const heartbeat = setInterval(() => void stream.write(': heartbeat\n\n'), options.heartbeatMs);
    try {
      await stream.write(': connected\n\n');
      for await (const job of jobs) {
        await stream.writeSSE({ event: JOB_EVENT, id: job.updatedAt, data: JSON.stringify(toJobResource(job)) });
      }
    } catch (error) {
      // Kept from streamSSE, which would print it to the console or send its message to the client. The response
      // has started, so all that is left is to log it and end the stream.
      options.logger.error('job event stream failed', {
        requestId: c.get('requestId'),
        error: describeError(error),
      });
    } finally {
      clearInterval(heartbeat);
      lifetime.end();
    }
  });
}
