import { ideasOutputSchema, seriesOutputSchema } from '@contentflow/events';
import { ModelTextGenerator, OpenAiCompatibleModelClient } from '@contentflow/platform/models';
import {
  completionReply,
  type FakeChatCompletionsServer,
  startFakeChatCompletionsServer,
} from '@contentflow/platform/models/testing';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type CreativeHarness, startCreativeHarness } from './test-support/creative-harness.ts';

/** The creative tasks with a model: an OpenAI-compatible wire format served by a local test server. */
let server: FakeChatCompletionsServer;
let harness: CreativeHarness;
let writer: ModelTextGenerator;
beforeAll(async () => {
  server = await startFakeChatCompletionsServer();
  writer = new ModelTextGenerator(new OpenAiCompatibleModelClient({ baseUrl: server.baseUrl, model: 'llama3.2' }), {
    maxTokens: 4_000,
    temperature: 0.7,
    timeoutMs: 10_000,
  });
  harness = startCreativeHarness();
});
afterAll(async () => {
  await harness.close();
  await server.close();
});

const idea = (title: string, angle: string, hook: string, platform = 'tiktok', format = 'short') => ({
  title,
  angle,
  hook,
  format,
  platform,
  goal: 'engagement',
  whyNow: 'January is when people start new habits.',
});
const request = {
  niche: 'home espresso',
  audience: 'beginners',
  platforms: ['tiktok', 'youtube'],
  goals: ['engagement'],
  count: 2,
  date: '2026-01-15',
};
const latteArt = idea('Latte art in five attempts', 'My first five latte art pours, rated', 'Attempt one was a mess.');
const descaling = idea('Descaling, demystified', 'Why and when to descale a machine', 'Your machine needs this.');

test('ideas: a reply that repeats the tenant’s history is sent back once, and both calls are counted', async () => {
  await harness.publish('tenant-model', { title: 'Three espresso mistakes every beginner makes' });
  const repeat = idea('3 espresso mistakes beginners make', 'Common mistakes', 'Stop doing this.');
  const again = idea('Latte art: five attempts', 'My first five latte art pours, rated', 'Attempt one was a mess!');
  server.reply(
    completionReply(JSON.stringify({ ideas: [repeat, latteArt, again] })),
    completionReply(JSON.stringify({ ideas: [descaling, latteArt] })),
  );
  const { outcome, stored } = await harness.run('ideas', request, { tenantId: 'tenant-model', writer });
  expect(outcome.status).toBe('succeeded');
  const output = ideasOutputSchema.parse(stored[0]!.output);
  expect(output.ideas.map(({ title }) => title)).toEqual(['Descaling, demystified', 'Latte art in five attempts']);
  expect(output.generatedBy).toEqual({ provider: 'openai', model: 'llama3.2' });
  expect(output.usage).toEqual({ inputTokens: 24, outputTokens: 68 });
  expect(stored[0]!.content.provider).toEqual({ engine: 'creative', provider: 'openai', model: 'llama3.2' });

  const [first, second] = server.requests.slice(-2);
  expect(first!.body['response_format']).toMatchObject({ type: 'json_schema', json_schema: { name: 'ideas' } });
  const prompt = (first!.body['messages'] as { content: string }[]).at(-1)!.content;
  expect(prompt).toContain('<history>\n- "Three espresso mistakes every beginner makes"\n</history>');
  const correction = (second!.body['messages'] as { content: string }[]).at(-1)!.content;
  expect(correction).toContain(
    `- ideas.0: repeats the creator's past content "Three espresso mistakes every beginner makes": offer a new idea`,
  );
  expect(correction).toContain('- ideas.2: makes the same point as ideas.1: offer a different idea');
});

test('ideas: a platform that was not asked for, twice, fails the job with MODEL_OUTPUT_INVALID', async () => {
  const elsewhere = JSON.stringify({ ideas: [latteArt, { ...descaling, platform: 'instagram' }] });
  server.reply(completionReply(elsewhere), completionReply(elsewhere));
  const { outcome, stored } = await harness.run('ideas', request, { writer });
  expect(stored).toEqual([]);
  expect(outcome).toMatchObject({
    status: 'failed',
    code: 'MODEL_OUTPUT_INVALID',
    message: expect.stringContaining('ideas.1.platform: platform must be one of tiktok, youtube'),
  });
});

test('series: the model writes the parts; the dates and teasers are worked out, not asked for', async () => {
  const part = (title: string) => ({ title, hook: `${title}, now.`, beats: ['First this', 'Then that'] });
  server.reply(
    completionReply(
      JSON.stringify({ title: 'Tea, week by week', parts: [part('Green tea'), part('Black tea'), part('Oolong')] }),
      { prompt_tokens: 200, completion_tokens: 150 },
    ),
  );
  const { outcome, stored } = await harness.run(
    'series',
    { theme: 'tea', parts: 3, cadence: 'weekly', platform: 'youtube', startDate: '2026-03-02' },
    { writer },
  );
  expect(outcome.status).toBe('succeeded');
  const output = seriesOutputSchema.parse(stored[0]!.output);
  expect(output.parts.map(({ publishOn, teaser }) => [publishOn, teaser])).toEqual([
    ['2026-03-02', 'Next: Black tea'],
    ['2026-03-09', 'Next: Oolong'],
    ['2026-03-16', undefined],
  ]);
  expect(output.format).toBe('long-form');
  expect(output.usage).toEqual({ inputTokens: 200, outputTokens: 150 });
});

test('brainstorm: variants that do not change what they claim to, twice, fail the job', async () => {
  const unchanged = {
    changes: ['angle', 'hook'],
    title: 'Same again',
    angle: 'Five espresso mistakes beginners make',
    hook: 'Stop doing this',
    format: 'short',
    platform: 'tiktok',
    note: 'Nothing new.',
  };
  const reply = completionReply(JSON.stringify({ variants: [unchanged] }));
  server.reply(reply, reply);
  const { outcome } = await harness.run(
    'brainstorm',
    { idea: { angle: 'Five espresso mistakes beginners make', hook: 'Stop doing this', platform: 'tiktok' }, count: 1 },
    { writer },
  );
  expect(outcome).toMatchObject({
    status: 'failed',
    code: 'MODEL_OUTPUT_INVALID',
    message: expect.stringContaining("variants.0: changes names angle, but it is the idea's own angle"),
  });
});
