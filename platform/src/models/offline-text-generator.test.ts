import { expect, test } from 'vitest';
import { z } from 'zod';
import { ModelOutputInvalidError } from './model-errors.ts';
import { OFFLINE_TEXT_MODEL, OfflineTextGenerator } from './offline-text-generator.ts';
import type { TextStreamEvent } from './text-generator.port.ts';

const offline = new OfflineTextGenerator();
const messages = [{ role: 'user' as const, content: 'ignored offline' }];
const schema = z.object({ title: z.string().trim().min(1) });

test('answers with the request’s own composer, labelled offline, at no token cost', async () => {
  expect(await offline.generate({ messages, offline: () => 'From the template.' })).toEqual({
    text: 'From the template.',
    provider: 'offline',
    model: OFFLINE_TEXT_MODEL,
    usage: { inputTokens: 0, outputTokens: 0 },
  });
});

test('a structured answer is parsed with the schema, like a model’s', async () => {
  const answer = await offline.generate({
    messages,
    schema,
    schemaName: 'title',
    offline: () => ({ title: '  Hi  ' }),
  });
  expect(answer.object).toEqual({ title: 'Hi' });
});

test('a composer that breaks the schema fails at once: a template bug, not bad luck', async () => {
  const failure = offline.generate({ messages, schema, schemaName: 'title', offline: () => ({ title: ' ' }) });
  await expect(failure).rejects.toBeInstanceOf(ModelOutputInvalidError);
  await expect(failure).rejects.toThrow('the offline title did not match its schema: title: Too small');
});

test('a request without a composer needs a model, and says which setting gives one', async () => {
  await expect(offline.generate({ messages })).rejects.toMatchObject({
    code: 'MODEL_REQUIRED',
    retryable: false,
    message: expect.stringContaining('CONTENTFLOW_TEXT_PROVIDER'),
  });
});

test('a cancelled request does not run', async () => {
  const controller = new AbortController();
  controller.abort(new Error('cancelled'));
  await expect(offline.generate({ messages, signal: controller.signal, offline: () => 'x' })).rejects.toThrow(
    'cancelled',
  );
});

test('streaming yields the composed text whole, then done', async () => {
  const seen: TextStreamEvent[] = [];
  for await (const event of offline.stream({ messages, offline: () => 'All at once.' })) seen.push(event);
  expect(seen.map((event) => event.type)).toEqual(['delta', 'done']);
  expect(seen[1]).toMatchObject({ text: 'All at once.', provider: 'offline' });
});
