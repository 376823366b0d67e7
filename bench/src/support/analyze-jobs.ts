import { createParser } from 'eventsource-parser';
import { request } from 'undici';
import type { BenchSystem } from './bench-system.ts';

/** The 1 KB text every end-to-end `text.analyze` benchmark submits. */
export const ANALYZE_TEXT = 'ContentFlow turns one idea into a week of posts. '.repeat(21).slice(0, 1024);

/** The `POST /api/v1/jobs` body those benchmarks send, serialised once. */
export const ANALYZE_JOB_BODY = JSON.stringify({ engine: 'text', task: 'analyze', input: { text: ANALYZE_TEXT } });

export interface AnalyzeJobs {
  /** Submits one `text.analyze` job; resolves with ms from submit until its end arrived on the SSE stream. */
  submitAndWait(): Promise<number>;
  /** Ms from submit until the 202 arrived, for every job submitted so far. */
  readonly acceptedMs: number[];
  close(): void;
}

/**
 * Submits jobs to `system` and times each until its end arrives on one SSE stream held for the whole run. The client
 * is undici's `request` rather than `fetch`: it shares the system's two cores, and `fetch` (WHATWG request, response
 * and streams) cost it ~1.5 ms of CPU per job, CPU the system under test then did not get.
 */
export async function analyzeJobs(system: BenchSystem): Promise<AnalyzeJobs> {
  const done = new Map<string, number>();
  const waiters = new Map<string, () => void>();
  const authorization = `Bearer ${system.token}`;
  const acceptedMs: number[] = [];
  const stream = await request(`${system.url}/api/v1/events/stream`, { headers: { authorization } });
  const parser = createParser({
    onEvent(message) {
      if (message.event !== 'job') return;
      const job = JSON.parse(message.data) as { id: string; status: string };
      if (job.status !== 'succeeded' && job.status !== 'failed') return;
      done.set(job.id, performance.now());
      waiters.get(job.id)?.();
    },
  });
  // undici's body yields Buffers whatever its encoding; a streaming decoder keeps split characters whole.
  const decoder = new TextDecoder();
  stream.body.on('data', (chunk: Buffer) => parser.feed(decoder.decode(chunk, { stream: true })));
  stream.body.on('error', () => {});

  return {
    acceptedMs,
    async submitAndWait() {
      const started = performance.now();
      const response = await request(`${system.url}/api/v1/jobs`, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: ANALYZE_JOB_BODY,
      });
      if (response.statusCode !== 202) {
        throw new Error(`submit answered ${response.statusCode}: ${await response.body.text()}`);
      }
      const { id } = (await response.body.json()) as { id: string };
      acceptedMs.push(performance.now() - started);
      if (!done.has(id)) await new Promise<void>((resolve) => waiters.set(id, resolve));
      waiters.delete(id);
      return done.get(id)! - started;
    },
    close() {
      stream.body.destroy();
    },
  };
}
