import type { Job } from '../lib/api/resources.ts';
import { userEnvelopeSchema } from '../lib/api/resources.ts';
import { InvalidJobEventError, parseJobEvent, reconnectDelayMs } from '../lib/jobs/job-feed.ts';
import { isTerminal } from '../lib/jobs/job-status.ts';
import type { ApiClient } from './api-client.ts';

/** What the page tells the creator about the live connection. */
export type StreamState = 'connecting' | 'live' | 'reconnecting' | 'ended';

export interface JobStreamHandlers {
  onJob(job: Job): void;
  onState(state: StreamState): void;
  /**
   * The stream is live (first time or after a gap): changes from before this moment will not come as events, so
   * this is when to fetch whatever the page lists.
   */
  onOpen?(): void;
}

export interface JobStreamOptions {
  /** Stop at the first finished job (the single-job stream ends there; reconnecting would only replay it). */
  endOnTerminal: boolean;
}

/**
 * Follows an API event stream (`event: job` messages). The browser's EventSource reconnects by itself after a
 * dropped connection; when it gives up (an HTTP error such as an expired token), this asks the API whether the
 * session still holds — a 401 there sends the creator to sign in — and otherwise opens the stream again after a
 * growing pause. Returns the function that closes it.
 */
export function openJobStream(
  api: ApiClient,
  path: string,
  handlers: JobStreamHandlers,
  options: JobStreamOptions,
): () => void {
  let source: EventSource | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let closed = false;

  const close = (): void => {
    closed = true;
    clearTimeout(retry);
    source?.close();
  };

  const connect = (): void => {
    const stream = new EventSource(api.eventStreamUrl(path));
    source = stream;
    stream.addEventListener('open', () => {
      failures = 0;
      handlers.onState('live');
      handlers.onOpen?.();
    });
    stream.addEventListener('job', (event: MessageEvent<string>) => {
      let job: Job;
      try {
        job = parseJobEvent(event.data);
      } catch (error) {
        if (!(error instanceof InvalidJobEventError)) throw error;
        console.error(error);
        return;
      }
      handlers.onJob(job);
      if (options.endOnTerminal && isTerminal(job.status)) {
        close();
        handlers.onState('ended');
      }
    });
    stream.addEventListener('error', () => {
      if (closed) return;
      handlers.onState('reconnecting');
      if (stream.readyState !== EventSource.CLOSED) return;
      const delay = reconnectDelayMs(failures);
      failures += 1;
      // A 401 from /auth/me ends the session through the client's onUnauthorized; anything else is worth a retry.
      void api
        .get('/api/v1/auth/me', userEnvelopeSchema)
        .catch(() => undefined)
        .then(() => {
          if (!closed) retry = setTimeout(connect, delay);
        });
    });
  };

  handlers.onState('connecting');
  connect();
  return close;
}
