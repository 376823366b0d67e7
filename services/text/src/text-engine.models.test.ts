import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { shortScriptSchema, textScriptOutputSchema, titlesOutputSchema } from '@contentflow/events';
import { BedrockModelClient, ModelTextGenerator, OpenAiCompatibleModelClient } from '@contentflow/platform/models';
import {
  completionReply,
  type FakeChatCompletionsServer,
  startFakeChatCompletionsServer,
} from '@contentflow/platform/models/testing';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type LocalEngineHarness, startLocalEngineHarness } from './test-support/local-engine-harness.ts';
import { createTextEngine } from './text-engine.ts';

const settings = { maxTokens: 4_000, temperature: 0.7, timeoutMs: 10_000 };

describe('with an OpenAI-compatible model (a local server speaking the wire format)', () => {
  let server: FakeChatCompletionsServer;
  let harness: LocalEngineHarness;
  beforeAll(async () => {
    server = await startFakeChatCompletionsServer();
    const client = new OpenAiCompatibleModelClient({ baseUrl: server.baseUrl, model: 'llama3.2' });
    harness = startLocalEngineHarness(createTextEngine(new ModelTextGenerator(client, settings)));
  });
  afterAll(async () => {
    harness.close();
    await server.close();
  });

  test('titles: a reply with too few titles is corrected once, then scored, best first; both calls are counted', async () => {
    const five = [
      'Batch Cooking for Busy Parents: 5 Easy Wins',
      'Batch Cooking',
      'Why Batch Cooking Saves Your Week?',
      'Meal prep',
      'Cook once',
    ];
    server.reply(
      completionReply(JSON.stringify({ titles: ['Only one'] })),
      completionReply(JSON.stringify({ titles: five })),
    );
    const { outcome, stored } = await harness.run('titles', {
      topic: 'batch cooking',
      keyword: 'batch cooking',
      count: 3,
    });
    expect(outcome.status).toBe('succeeded');
    const { content, body } = stored[0]!;
    expect(content.provider).toEqual({ engine: 'text', provider: 'openai', model: 'llama3.2' });
    expect(content.metadata['usage']).toEqual({ inputTokens: 24, outputTokens: 68 });
    const output = titlesOutputSchema.parse(JSON.parse(body.toString('utf8')));
    expect(output.titles).toHaveLength(3);
    expect(output.titles.map(({ score }) => score)).toEqual(
      output.titles.map(({ score }) => score).toSorted((a, b) => b - a),
    );
    expect(five).toContain(output.titles[0]!.title);
    const correction = (server.requests[1]!.body['messages'] as Array<{ content: string }>).at(-1)!.content;
    expect(correction).toContain('titles: give at least 3 titles');
  });

  test('captions: a model that twice exceeds the platform limit fails the job with MODEL_OUTPUT_INVALID', async () => {
    const tooLong = JSON.stringify({ captions: [{ platform: 'x', text: 'x'.repeat(300), hashtags: [] }] });
    server.reply(completionReply(tooLong), completionReply(tooLong));
    const { outcome, stored } = await harness.run('captions', { topic: 'tea', platforms: ['x'] });
    expect(stored).toEqual([]);
    expect(outcome).toMatchObject({
      status: 'failed',
      code: 'MODEL_OUTPUT_INVALID',
      message: expect.stringContaining('the x caption is 300 characters with its hashtags; the limit is 280'),
    });
  });

  test('write: HTML in a model reply is escaped in the stored Markdown', async () => {
    const draft = {
      title: 'Tea for Beginners',
      introduction: 'Tea is easy. <script>alert(1)</script>',
      sections: [
        { heading: 'Green', paragraphs: ['Steep it for two minutes.'], bullets: [] },
        { heading: 'Black', paragraphs: [], bullets: ['Use boiling water <img src=x onerror=alert(1)>'] },
      ],
      conclusion: 'Enjoy.',
    };
    server.reply(completionReply(JSON.stringify(draft)));
    const { outcome, stored } = await harness.run('write', { topic: 'tea', length: 'short' });
    expect(outcome.status).toBe('succeeded');
    const markdown = stored[0]!.body.toString('utf8');
    expect(markdown).not.toMatch(/<(script|img)/);
    expect(markdown).toContain('Tea is easy. &lt;script>alert(1)&lt;/script>');
  });
});

describe('with Amazon Bedrock (the SDK mocked at its boundary)', () => {
  const bedrock = mockClient(BedrockRuntimeClient);
  afterAll(() => bedrock.restore());

  test('script: the tool reply becomes a timed script that video.short accepts as is', async () => {
    const script = {
      hook: 'Your sourdough can be easy.',
      beats: [
        { text: 'Feed the starter at the same time every day.', headline: 'Same time daily' },
        { text: 'Use a scale, not cups, for flour and water.', headline: 'Weigh it' },
      ],
      cta: 'Follow for the next bake.',
    };
    bedrock.on(ConverseCommand).resolves({
      output: {
        message: { role: 'assistant', content: [{ toolUse: { toolUseId: 't1', name: 'script', input: script } }] },
      },
      stopReason: 'tool_use',
      usage: { inputTokens: 310, outputTokens: 95, totalTokens: 405 },
      metrics: { latencyMs: 900 },
      $metadata: {},
    });
    const client = new BedrockModelClient({
      modelId: 'amazon.nova-lite-v1:0',
      client: new BedrockRuntimeClient({ region: 'us-east-1' }),
    });
    const harness = startLocalEngineHarness(createTextEngine(new ModelTextGenerator(client, settings)));
    try {
      const { outcome, stored } = await harness.run('script', { topic: 'easy sourdough', lengthSec: 15 });
      expect(outcome.status).toBe('succeeded');
      const output = textScriptOutputSchema.parse(JSON.parse(stored[0]!.body.toString('utf8')));
      expect(output).toMatchObject({
        script,
        generatedBy: { provider: 'bedrock', model: 'amazon.nova-lite-v1:0' },
        usage: { inputTokens: 310, outputTokens: 95 },
      });
      expect(shortScriptSchema.parse(output.script)).toEqual(script);
      expect(stored[0]!.content.metadata['usage']).toEqual({ inputTokens: 310, outputTokens: 95 });
    } finally {
      harness.close();
    }
  });
});
