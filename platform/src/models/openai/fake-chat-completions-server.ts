import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JsonObject } from '../../domain/json.ts';

/**
 * A small HTTP server speaking OpenAI's chat-completions wire format on 127.0.0.1, for tests of anything that talks
 * to an OpenAI-compatible endpoint. Replies are queued by the test and served in order.
 */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: JsonObject;
}

export type FakeReply =
  | { kind: 'json'; status: number; body: unknown; headers?: Record<string, string> }
  /** Server-sent events: each entry is one `data:` payload, sent as given (objects as JSON). */
  | { kind: 'events'; events: ReadonlyArray<JsonObject | string> }
  /** Never answers, as a server stuck on a long generation. */
  | { kind: 'silence' };

export type FakeResponder = FakeReply | ((request: RecordedRequest) => FakeReply);

export interface FakeChatCompletionsServer {
  /** The API root to configure, e.g. `http://127.0.0.1:40123/v1`. */
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  /** Queues replies for the next requests, in order. */
  reply(...responders: FakeResponder[]): void;
  close(): Promise<void>;
}

/** A non-streamed completion whose message content is `content`. */
export function completionReply(content: string, usage = { prompt_tokens: 12, completion_tokens: 34 }): FakeReply {
  return {
    kind: 'json',
    status: 200,
    body: {
      id: 'chatcmpl-test',
      object: 'chat.completion',
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
    },
  };
}

/** A streamed completion: one chunk per delta, then the usage chunk and `[DONE]`. */
export function streamReply(deltas: readonly string[], usage = { prompt_tokens: 7, completion_tokens: 9 }): FakeReply {
  return {
    kind: 'events',
    events: [
      ...deltas.map((content) => ({ object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content } }] })),
      { object: 'chat.completion.chunk', choices: [], usage },
      '[DONE]',
    ],
  };
}

export function errorReply(status: number, message: string, headers?: Record<string, string>): FakeReply {
  return {
    kind: 'json',
    status,
    body: { error: { message, type: 'invalid_request_error' } },
    ...(headers ? { headers } : {}),
  };
}

function send(response: ServerResponse, reply: FakeReply): void {
  switch (reply.kind) {
    case 'json':
      response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      response.end(JSON.stringify(reply.body));
      return;
    case 'events':
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      for (const event of reply.events)
        response.write(`data: ${typeof event === 'string' ? event : JSON.stringify(event)}\n\n`);
      response.end();
      return;
    case 'silence':
      return;
  }
}

export async function startFakeChatCompletionsServer(): Promise<FakeChatCompletionsServer> {
  const requests: RecordedRequest[] = [];
  const queue: FakeResponder[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const recorded: RecordedRequest = {
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as JsonObject,
      };
      requests.push(recorded);
      const responder = queue.shift() ?? errorReply(500, 'the test queued no reply for this request');
      send(response, typeof responder === 'function' ? responder(recorded) : responder);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    reply: (...responders) => queue.push(...responders),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
