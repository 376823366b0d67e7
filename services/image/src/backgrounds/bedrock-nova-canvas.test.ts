import {
  BedrockRuntimeClient,
  InvokeModelCommand,
  ThrottlingException,
  ValidationException,
} from '@aws-sdk/client-bedrock-runtime';
import { taskFailure } from '@contentflow/platform/test-support';
import { mockClient } from 'aws-sdk-client-mock';
import sharp from 'sharp';
import { beforeEach, describe, expect, test } from 'vitest';
import { BedrockNovaCanvas } from './bedrock-nova-canvas.ts';
import { novaCanvasSize } from './nova-canvas-size.ts';

const bedrock = mockClient(BedrockRuntimeClient);
const MODEL = 'amazon.nova-canvas-v1:0';
const signal = new AbortController().signal;
const request = { prompt: 'a mountain at dawn', width: 1080, height: 1350 };

function generator() {
  return new BedrockNovaCanvas({
    client: new BedrockRuntimeClient({ region: 'us-east-1' }),
    modelId: MODEL,
    baseDelayMs: 1,
  });
}

function body(value: unknown) {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)) as never;
}

let png: Buffer;

beforeEach(async () => {
  bedrock.reset();
  png = await sharp({ create: { width: 64, height: 80, channels: 3, background: '#ff8800' } })
    .png()
    .toBuffer();
});

describe('BedrockNovaCanvas', () => {
  test('asks Nova Canvas for a TEXT_IMAGE of a valid size without lettering and returns the decoded bytes', async () => {
    bedrock.on(InvokeModelCommand).resolves({ body: body({ images: [png.toString('base64')], error: null }) });
    const bytes = await generator().generate(request, signal);
    expect(Buffer.from(bytes).equals(png)).toBe(true);
    const [call] = bedrock.commandCalls(InvokeModelCommand);
    expect(call!.args[0].input.modelId).toBe(MODEL);
    const sent = JSON.parse(String(call!.args[0].input.body));
    expect(sent).toMatchObject({
      taskType: 'TEXT_IMAGE',
      textToImageParams: { text: 'a mountain at dawn', negativeText: expect.stringContaining('text') },
      imageGenerationConfig: { numberOfImages: 1, width: 1072, height: 1344 },
    });
  });

  test('retries throttling and succeeds on a later attempt', async () => {
    bedrock
      .on(InvokeModelCommand)
      .rejectsOnce(new ThrottlingException({ message: 'Too many requests', $metadata: {} }))
      .resolves({ body: body({ images: [png.toString('base64')] }) });
    await expect(generator().generate(request, signal)).resolves.toBeDefined();
    expect(bedrock.commandCalls(InvokeModelCommand)).toHaveLength(2);
  });

  test('gives up after its attempts with a retryable IMAGE_PROVIDER_UNAVAILABLE', async () => {
    bedrock.on(InvokeModelCommand).rejects(new ThrottlingException({ message: 'Too many requests', $metadata: {} }));
    const error = await taskFailure(generator().generate(request, signal));
    expect(error).toMatchObject({ code: 'IMAGE_PROVIDER_UNAVAILABLE', retryable: true });
    expect(bedrock.commandCalls(InvokeModelCommand)).toHaveLength(3);
  });

  test('a validation error (bad size, filtered prompt) is a non-retryable IMAGE_PROVIDER_REJECTED, not retried', async () => {
    bedrock
      .on(InvokeModelCommand)
      .rejects(new ValidationException({ message: 'blocked by content filters', $metadata: {} }));
    const error = await taskFailure(generator().generate(request, signal));
    expect(error).toMatchObject({ code: 'IMAGE_PROVIDER_REJECTED', retryable: false });
    expect(error.message).toContain('blocked by content filters');
    expect(bedrock.commandCalls(InvokeModelCommand)).toHaveLength(1);
  });

  test.each([
    ['not JSON', body('<html>gateway timeout</html>')],
    ['no images', body({ images: [] })],
    ['not base64', body({ images: ['%%%'] })],
    ['a model error', body({ images: ['aGVsbG8='], error: 'generation failed' })],
    ['no body', undefined],
  ])('a malformed response (%s) is IMAGE_PROVIDER_BAD_RESPONSE', async (_case, responseBody) => {
    bedrock.on(InvokeModelCommand).resolves({ body: responseBody });
    const error = await taskFailure(generator().generate(request, signal));
    expect(error.code).toBe('IMAGE_PROVIDER_BAD_RESPONSE');
  });
});

describe('novaCanvasSize', () => {
  test('keeps sides in steps of 16 within 320–4096 and the pixel budget', () => {
    for (const [width, height] of [
      [1280, 720],
      [1080, 1920],
      [1080, 1080],
      [1920, 1080],
      [4000, 3000],
      [100, 100],
    ] as const) {
      const size = novaCanvasSize(width, height);
      expect(size.width % 16).toBe(0);
      expect(size.height % 16).toBe(0);
      expect(Math.min(size.width, size.height)).toBeGreaterThanOrEqual(320);
      expect(size.width * size.height).toBeLessThanOrEqual(4_194_304);
      expect(Math.abs(size.width / size.height - width / height)).toBeLessThan(0.05);
    }
  });
});
