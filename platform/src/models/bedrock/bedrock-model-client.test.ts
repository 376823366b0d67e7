import {
  BedrockRuntimeClient,
  ConverseCommand,
  type ConverseCommandOutput,
  ConverseStreamCommand,
  type ConverseStreamOutput,
  ThrottlingException,
  ValidationException,
} from '@aws-sdk/client-bedrock-runtime';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { ModelError, ModelOutputInvalidError } from '../model-errors.ts';
import { ModelTextGenerator } from '../model-text-generator.ts';
import type { TextStreamEvent } from '../text-generator.port.ts';
import { BedrockModelClient } from './bedrock-model-client.ts';

const MODEL_ID = 'amazon.nova-lite-v1:0';
const bedrock = mockClient(BedrockRuntimeClient);
afterEach(() => bedrock.reset());

function generator(attempts = 3) {
  const client = new BedrockModelClient({
    modelId: MODEL_ID,
    client: new BedrockRuntimeClient({ region: 'us-east-1' }),
    backoff: { attempts, baseDelayMs: 1, maxDelayMs: 2 },
  });
  return new ModelTextGenerator(client, {
    systemPrompt: 'House style: plain English.',
    maxTokens: 1_000,
    temperature: 0.5,
    timeoutMs: 10_000,
  });
}

function textReply(text: string, inputTokens = 20, outputTokens = 5): ConverseCommandOutput {
  return {
    output: { message: { role: 'assistant', content: [{ text }] } },
    stopReason: 'end_turn',
    usage: { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens },
    metrics: { latencyMs: 10 },
    $metadata: {},
  };
}

function toolReply(input: unknown, inputTokens = 30, outputTokens = 10): ConverseCommandOutput {
  return {
    output: {
      message: {
        role: 'assistant',
        content: [{ toolUse: { toolUseId: 'tool-1', name: 'titles', input: input as never } }],
      },
    },
    stopReason: 'tool_use',
    usage: { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens },
    metrics: { latencyMs: 10 },
    $metadata: {},
  };
}

const throttled = () => new ThrottlingException({ message: 'Too many requests, please wait.', $metadata: {} });
const titlesSchema = z.object({ titles: z.array(z.string().min(1).max(60)).length(2) });
const titlesRequest = {
  system: 'You write titles.',
  messages: [{ role: 'user' as const, content: 'Two titles about sourdough.' }],
  schema: titlesSchema,
  schemaName: 'titles',
  schemaDescription: 'Two titles',
};

describe('text replies', () => {
  test('Converse gets the model, the house and request system prompts, and the inference settings', async () => {
    bedrock.on(ConverseCommand).resolves(textReply('Hello there.'));
    const answer = await generator().generate({
      system: 'Greet.',
      messages: [{ role: 'user', content: 'Say hello.' }],
      maxTokens: 5_000,
    });
    expect(answer).toEqual({
      text: 'Hello there.',
      usage: { inputTokens: 20, outputTokens: 5 },
      provider: 'bedrock',
      model: MODEL_ID,
    });
    const [call] = bedrock.commandCalls(ConverseCommand);
    expect(call!.args[0].input).toEqual({
      modelId: MODEL_ID,
      system: [{ text: 'House style: plain English.\n\nGreet.' }],
      messages: [{ role: 'user', content: [{ text: 'Say hello.' }] }],
      // The request asked for 5,000 tokens; the configured ceiling wins.
      inferenceConfig: { maxTokens: 1_000, temperature: 0.5 },
    });
  });

  test('throttling is retried with backoff, then the call succeeds', async () => {
    bedrock.on(ConverseCommand).rejectsOnce(throttled()).rejectsOnce(throttled()).resolves(textReply('Done.'));
    const answer = await generator().generate({ messages: [{ role: 'user', content: 'Go.' }] });
    expect(answer.text).toBe('Done.');
    expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(3);
  });

  test('throttling that outlasts the attempts fails with MODEL_THROTTLED, worth retrying later', async () => {
    bedrock.on(ConverseCommand).rejects(throttled());
    const failure = generator(3).generate({ messages: [{ role: 'user', content: 'Go.' }] });
    await expect(failure).rejects.toMatchObject({ code: 'MODEL_THROTTLED', retryable: true });
    await expect(failure).rejects.toThrow(/throttling amazon\.nova-lite-v1:0 .*ThrottlingException/);
    expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(3);
  });

  test('a validation error is not retried and fails with MODEL_REQUEST_REJECTED', async () => {
    bedrock
      .on(ConverseCommand)
      .rejects(new ValidationException({ message: 'The provided model identifier is invalid.', $metadata: {} }));
    const failure = generator().generate({ messages: [{ role: 'user', content: 'Go.' }] });
    await expect(failure).rejects.toBeInstanceOf(ModelError);
    await expect(failure).rejects.toMatchObject({ code: 'MODEL_REQUEST_REJECTED', retryable: false });
    await expect(failure).rejects.toThrow('The provided model identifier is invalid.');
    expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(1);
  });
});

describe('structured replies through a forced tool call', () => {
  test('the tool carries the JSON Schema of the zod schema and its input is the validated object', async () => {
    bedrock.on(ConverseCommand).resolves(toolReply({ titles: ['Bake Better Bread', 'Sourdough, Simply'] }));
    const answer = await generator().generate(titlesRequest);
    expect(answer.object).toEqual({ titles: ['Bake Better Bread', 'Sourdough, Simply'] });
    expect(answer.usage).toEqual({ inputTokens: 30, outputTokens: 10 });
    const input = bedrock.commandCalls(ConverseCommand)[0]!.args[0].input;
    // The dialect marker is dropped: it is no part of the structure, and some models choke on it.
    const { $schema: _dialect, ...jsonSchema } = z.toJSONSchema(titlesSchema, { target: 'draft-7', io: 'input' });
    expect(input.toolConfig).toEqual({
      tools: [
        {
          toolSpec: {
            name: 'titles',
            description: 'Two titles',
            inputSchema: { json: jsonSchema },
          },
        },
      ],
      toolChoice: { any: {} },
    });
  });

  test('a reply that breaks the schema is sent back once with the problems, and the retry is used', async () => {
    bedrock
      .on(ConverseCommand)
      .resolvesOnce(toolReply({ titles: ['Only one title'] }))
      .resolves(toolReply({ titles: ['First', 'Second'] }, 50, 8));
    const answer = await generator().generate(titlesRequest);
    expect(answer.object.titles).toEqual(['First', 'Second']);
    // Both calls are paid for.
    expect(answer.usage).toEqual({ inputTokens: 80, outputTokens: 18 });
    const retry = bedrock.commandCalls(ConverseCommand)[1]!.args[0].input;
    expect(retry.messages?.slice(1)).toEqual([
      { role: 'assistant', content: [{ text: '{"titles":["Only one title"]}' }] },
      {
        role: 'user',
        content: [{ text: expect.stringContaining('- titles: Too small: expected array to have exactly 2 items') }],
      },
    ]);
  });

  test('a model that breaks the schema twice fails the request with MODEL_OUTPUT_INVALID', async () => {
    bedrock.on(ConverseCommand).resolves(toolReply({ titles: 'not a list' }));
    const failure = generator().generate(titlesRequest);
    await expect(failure).rejects.toBeInstanceOf(ModelOutputInvalidError);
    await expect(failure).rejects.toMatchObject({ code: 'MODEL_OUTPUT_INVALID', retryable: false });
    await expect(failure).rejects.toThrow(/answered twice .* titles: Invalid input: expected array/);
    expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(2);
  });

  test('a model that answers in text instead of calling the tool is still read when the text is the JSON', async () => {
    bedrock.on(ConverseCommand).resolves(textReply('```json\n{"titles": ["A", "B"]}\n```'));
    expect((await generator().generate(titlesRequest)).object).toEqual({ titles: ['A', 'B'] });
  });
});

describe('streaming through ConverseStream', () => {
  async function* events(...items: ConverseStreamOutput[]): AsyncIterable<ConverseStreamOutput> {
    yield* items;
  }

  test('text arrives as deltas, then one done event with the whole text and the usage', async () => {
    bedrock.on(ConverseStreamCommand).resolves({
      stream: events(
        { messageStart: { role: 'assistant' } },
        { contentBlockDelta: { contentBlockIndex: 0, delta: { text: 'Hello' } } },
        { contentBlockDelta: { contentBlockIndex: 0, delta: { text: ', world.' } } },
        { messageStop: { stopReason: 'end_turn' } },
        { metadata: { usage: { inputTokens: 4, outputTokens: 3, totalTokens: 7 }, metrics: { latencyMs: 5 } } },
      ),
      $metadata: {},
    });
    const seen: TextStreamEvent[] = [];
    for await (const event of generator().stream({ messages: [{ role: 'user', content: 'Hi' }] })) seen.push(event);
    expect(seen).toEqual([
      { type: 'delta', text: 'Hello' },
      { type: 'delta', text: ', world.' },
      {
        type: 'done',
        text: 'Hello, world.',
        usage: { inputTokens: 4, outputTokens: 3 },
        provider: 'bedrock',
        model: MODEL_ID,
      },
    ]);
  });

  test('throttling reported inside the stream fails it with MODEL_THROTTLED', async () => {
    bedrock.on(ConverseStreamCommand).resolves({
      stream: events(
        { contentBlockDelta: { contentBlockIndex: 0, delta: { text: 'Hel' } } },
        { throttlingException: throttled() },
      ),
      $metadata: {},
    });
    const consume = async () => {
      for await (const _ of generator().stream({ messages: [{ role: 'user', content: 'Hi' }] })) {
        // Draining the stream is the point.
      }
    };
    await expect(consume()).rejects.toMatchObject({ code: 'MODEL_THROTTLED' });
  });
});
