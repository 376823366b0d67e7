import { EventSourceParserStream } from 'eventsource-parser/stream';
import type { BenchSystem } from './bench-system.ts';

/** The 1 KB text every end-to-end `text.analyze` benchmark submits. */
export const ANALYZE_TEXT = 'ContentFlow turns one idea into a week of posts. '.repeat(21).slice(0, 1024);

export interface AnalyzeJobs {
  /** Submits one `text.analyze` job; resolves with ms from submit until its end arrived on the SSE stream. */
  submitAndWait(): Promise<number>;
  close(): void;
}

/** Submits jobs to `system` and times each until its end arrives on one SSE stream held for the whole run. */
export async function analyzeJobs(system: BenchSystem): Promise<AnalyzeJobs> {
  const done = new Map<string, number>();
  const waiters = new Map<string, () => void>();
  const stream = await fetch(`${system.url}/api/v1/events/stream`, {
    headers: { authorization: `Bearer ${system.token}` },
  });
  void (async () => {
    const messages = stream.body!.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream());
    for await (const message of messages) {
      if (message.event !== 'job') continue;
      const job = JSON.parse(message.data) as { id: string; status: string };
      if (job.status !== 'succeeded' && job.status !== 'failed') continue;
      done.set(job.id, performance.now());
      waiters.get(job.id)?.();
    }
  })().catch(() => {});

  return {
    async submitAndWait() {
      const started = performance.now();
      const response = await system.post('/api/v1/jobs', {
        engine: 'text',
        task: 'analyze',
        input: { text: ANALYZE_TEXT },
      });
      if (response.status !== 202) throw new Error(`submit answered ${response.status}: ${await response.text()}`);
      const { id } = (await response.json()) as { id: string };
      if (!done.has(id)) await new Promise<void>((resolve) => waiters.set(id, resolve));
      waiters.delete(id);
      return done.get(id)! - started;
    },
    close() {
      stream.body?.cancel().catch(() => {});
    },
  };
}
