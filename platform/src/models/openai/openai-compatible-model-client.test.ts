import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { ModelOutputInvalidError } from '../model-errors.ts';
import { ModelTextGenerator } from '../model-text-generator.ts';
import type { TextStreamEvent } from '../text-generator.port.ts';
import {
  completionReply,
  errorReply,
  type FakeChatCompletionsServer,
  startFakeChatCompletionsServer,
  streamReply,
} from './fake-chat-completions-server.ts';
import {
  OpenAiCompatibleModelClient,
  type OpenAiCompatibleModelClientOptions,
} from './openai-compatible-model-client.ts';

let server: FakeChatCompletionsServer;
beforeAll(async () => {
  server = await startFakeChatCompletionsServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

function generator(options: Partial<OpenAiCompatibleModelClientOptions> = {}, timeoutMs = 10_000) {
  const client = new OpenAiCompatibleModelClient({
    baseUrl: server.baseUrl,
    model: 'llama3.2',
    backoff: { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
    ...options,
  });
  return new ModelTextGenerator(client, { maxTokens: 800, temperature: 0.2, timeoutMs });
}

const hello = { system: 'Be brief.', messages: [{ role: 'user' as const, content: 'Say hello.' }] };
const tagsSchema = z.object({
  hashtags: z
    .array(z.string().regex(/^#\w+$/))
    .min(1)
    .max(3),
});
const tagsRequest = {
  messages: [{ role: 'user' as const, content: 'Hashtags for a bakery.' }],
  schema: tagsSchema,
  schemaName: 'hashtags',
  schemaDescription: 'Up to three hashtags',
};

describe('chat completions', () => {
  test('a text reply, with the request in the wire format and the usage read back', async () => {
    server.reply(completionReply('Hello!', { prompt_tokens: 11, completion_tokens: 2 }));
    const answer = await generator({ apiKey: 'sk-local' }).generate(hello);
    expect(answer).toEqual({
      text: 'Hello!',
      usage: { inputTokens: 11, outputTokens: 2 },
      provider: 'openai',
      model: 'llama3.2',
    });
    const [request] = server.requests;
    expect(request).toMatchObject({ method: 'POST', path: '/v1/chat/completions' });
    expect(request!.headers['authorization']).toBe('Bearer sk-local');
    expect(request!.body).toEqual({
      model: 'llama3.2',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Say hello.' },
      ],
      max_tokens: 800,
      temperature: 0.2,
      stream: false,
    });
  });

  test('no API key, no authorization header: local servers need none', async () => {
    server.reply(completionReply('Hi.'));
    await generator().generate(hello);
    expect(server.requests[0]!.headers).not.toHaveProperty('authorization');
  });

  test('an error reply fails with the server message and is not retried', async () => {
    server.reply(errorReply(400, 'model "llama9" not found, try pulling it first'));
    const failure = generator().generate(hello);
    await expect(failure).rejects.toMatchObject({ code: 'MODEL_REQUEST_REJECTED', retryable: false });
    await expect(failure).rejects.toThrow('HTTP 400: model "llama9" not found, try pulling it first');
    expect(server.requests).toHaveLength(1);
  });

  test('an overloaded server (503) is retried with backoff', async () => {
    server.reply(errorReply(503, 'loading model'), errorReply(503, 'loading model'), completionReply('Ready.'));
    expect((await generator().generate(hello)).text).toBe('Ready.');
    expect(server.requests).toHaveLength(3);
  });

  test('rate limiting that does not pass fails with MODEL_THROTTLED after the attempts', async () => {
    server.reply(...Array.from({ length: 3 }, () => errorReply(429, 'slow down', { 'retry-after': '0' })));
    await expect(generator().generate(hello)).rejects.toMatchObject({ code: 'MODEL_THROTTLED', retryable: true });
    expect(server.requests).toHaveLength(3);
  });

  test('a server that cannot be reached fails with MODEL_UNAVAILABLE', async () => {
    const closed = await startFakeChatCompletionsServer();
    await closed.close();
    const failure = generator({ baseUrl: closed.baseUrl }).generate(hello);
    await expect(failure).rejects.toMatchObject({ code: 'MODEL_UNAVAILABLE', retryable: true });
    await expect(failure).rejects.toThrow('could not be reached');
  });

  test('a server that never answers fails with MODEL_UNAVAILABLE at the time limit', async () => {
    server.reply({ kind: 'silence' });
    await expect(generator({}, 1_000).generate(hello)).rejects.toThrow(/gave no answer within 1000 ms/);
  });

  test('a cancelled job aborts the call with its own reason', async () => {
    server.reply({ kind: 'silence' });
    const controller = new AbortController();
    const answer = generator().generate({ ...hello, signal: controller.signal });
    const reason = new Error('job cancelled');
    setTimeout(() => controller.abort(reason), 50);
    await expect(answer).rejects.toBe(reason);
  });
});

describe('structured replies', () => {
  test('a JSON Schema response format is sent and the reply validated', async () => {
    server.reply(completionReply('{"hashtags": ["#bread", "#bakery"]}'));
    const answer = await generator().generate(tagsRequest);
    expect(answer.object).toEqual({ hashtags: ['#bread', '#bakery'] });
    expect(server.requests[0]!.body['response_format']).toEqual({
      type: 'json_schema',
      json_schema: {
        name: 'hashtags',
        description: 'Up to three hashtags',
        schema: expect.objectContaining({ type: 'object', required: ['hashtags'] }),
      },
    });
  });

  test('an invalid reply is sent back once with what was wrong, and the corrected reply is used', async () => {
    server.reply(completionReply('{"hashtags": ["bread"]}'), completionReply('{"hashtags": ["#bread"]}'));
    const answer = await generator().generate(tagsRequest);
    expect(answer.object).toEqual({ hashtags: ['#bread'] });
    expect(answer.usage).toEqual({ inputTokens: 24, outputTokens: 68 });
    const messages = server.requests[1]!.body['messages'];
    expect(messages).toEqual([
      { role: 'user', content: 'Hashtags for a bakery.' },
      { role: 'assistant', content: '{"hashtags": ["bread"]}' },
      { role: 'user', content: expect.stringContaining('- hashtags.0: Invalid string: must match pattern') },
    ]);
  });

  test('prose instead of JSON twice fails with MODEL_OUTPUT_INVALID', async () => {
    server.reply(completionReply('Sure! Here are some hashtags.'), completionReply('#bread #bakery'));
    const failure = generator().generate(tagsRequest);
    await expect(failure).rejects.toBeInstanceOf(ModelOutputInvalidError);
    await expect(failure).rejects.toThrow('(root): the reply held no JSON value');
  });

  test('a server that refuses the response format is asked again with the schema in the prompt', async () => {
    const refuseFormat = (request: { body: Record<string, unknown> }) =>
      'response_format' in request.body
        ? errorReply(400, "unknown field 'response_format'")
        : completionReply('```json\n{"hashtags": ["#sourdough"]}\n```');
    server.reply(refuseFormat, refuseFormat);
    const client = generator();
    expect((await client.generate(tagsRequest)).object).toEqual({ hashtags: ['#sourdough'] });
    expect(server.requests).toHaveLength(2);
    const [system] = server.requests[1]!.body['messages'] as Array<{ role: string; content: string }>;
    expect(system).toMatchObject({ role: 'system', content: expect.stringContaining('"required":["hashtags"]') });
    // The fallback sticks: the next structured request goes straight to the prompt form.
    server.reply(refuseFormat);
    await client.generate(tagsRequest);
    expect(server.requests).toHaveLength(3);
  });

  test('the prompt form can be chosen from the start', async () => {
    server.reply(completionReply('{"hashtags": ["#rye"]}'));
    await generator({ structuredOutput: 'prompt' }).generate(tagsRequest);
    expect(server.requests[0]!.body).not.toHaveProperty('response_format');
  });
});

describe('streaming over server-sent events', () => {
  async function collect(events: AsyncIterable<TextStreamEvent>): Promise<TextStreamEvent[]> {
    const seen: TextStreamEvent[] = [];
    for await (const event of events) seen.push(event);
    return seen;
  }

  test('deltas as they come, then the whole text and the usage', async () => {
    server.reply(streamReply(['Once ', 'upon ', 'a time.']));
    const seen = await collect(generator().stream(hello));
    expect(seen).toEqual([
      { type: 'delta', text: 'Once ' },
      { type: 'delta', text: 'upon ' },
      { type: 'delta', text: 'a time.' },
      {
        type: 'done',
        text: 'Once upon a time.',
        usage: { inputTokens: 7, outputTokens: 9 },
        provider: 'openai',
        model: 'llama3.2',
      },
    ]);
    expect(server.requests[0]!.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  test('an error event in the middle of the stream fails it', async () => {
    server.reply({
      kind: 'events',
      events: [{ choices: [{ delta: { content: 'Once' } }] }, { error: { message: 'out of memory' } }],
    });
    await expect(collect(generator().stream(hello))).rejects.toThrow('failed while streaming: out of memory');
  });

  test('an error reply before the stream starts fails it with the server message', async () => {
    server.reply(errorReply(401, 'invalid API key'));
    await expect(collect(generator().stream(hello))).rejects.toMatchObject({
      code: 'MODEL_REQUEST_REJECTED',
      message: expect.stringContaining('invalid API key'),
    });
  });
});
