import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  AccessDeniedException,
  BedrockRuntimeClient,
  GetAsyncInvokeCommand,
  StartAsyncInvokeCommand,
  ThrottlingException,
  ValidationException,
} from '@aws-sdk/client-bedrock-runtime';
import { GetObjectCommand, NoSuchKey, S3Client } from '@aws-sdk/client-s3';
import { taskFailure } from '@contentflow/platform/test-support';
import { sdkStreamMixin } from '@smithy/core/serde';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { BedrockNovaReel, type PollClock } from './bedrock-nova-reel.ts';
import { NOVA_REEL_MODEL, novaReelInvocation } from './nova-reel-test-support.ts';

const bedrock = mockClient(BedrockRuntimeClient);
const s3 = mockClient(S3Client);
const ARN = 'arn:aws:bedrock:us-east-1:123456789012:async-invoke/abc123xyz';
const OUTPUT_FOLDER = 's3://clips-bucket/contentflow/clips/abc123xyz';
const request = { prompt: 'Footage of a film editor at work', seed: 42 };

const dir = mkdtempSync(join(tmpdir(), 'cf-nova-reel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Time that passes only when slept through, at once: the polling schedule is checked without waiting. */
function fakeClock(): PollClock & { waits: number[] } {
  let now = 0;
  const waits: number[] = [];
  return {
    waits,
    now: () => now,
    sleep: async (ms, signal) => {
      signal.throwIfAborted();
      waits.push(ms);
      now += ms;
    },
  };
}

function generator(clock: PollClock = fakeClock()) {
  return new BedrockNovaReel({
    bedrock: new BedrockRuntimeClient({ region: 'us-east-1' }),
    s3: new S3Client({ region: 'us-east-1' }),
    modelId: NOVA_REEL_MODEL,
    output: { bucket: 'clips-bucket', key: 'contentflow/clips' },
    polling: { firstDelayMs: 20_000, maxDelayMs: 30_000, maxWaitMs: 300_000 },
    backoff: { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
    clock,
  });
}

const status = (value: 'InProgress' | 'Completed' | 'Failed', failureMessage?: string) =>
  novaReelInvocation(ARN, OUTPUT_FOLDER, value, failureMessage);

const clipBytes = Buffer.from('not really an mp4, but bytes to copy');
const objectBody = () => sdkStreamMixin(Readable.from([clipBytes]));

let files = 0;
const target = () => join(dir, `clip-${++files}.mp4`);

beforeEach(() => {
  bedrock.reset();
  s3.reset();
});

describe('BedrockNovaReel', () => {
  test('starts one TEXT_VIDEO shot to the S3 prefix, polls with growing waits until Completed, copies output.mp4', async () => {
    bedrock.on(StartAsyncInvokeCommand).resolves({ invocationArn: ARN });
    bedrock
      .on(GetAsyncInvokeCommand)
      .resolvesOnce(status('InProgress'))
      .resolvesOnce(status('InProgress'))
      .resolves(status('Completed'));
    s3.on(GetObjectCommand).resolves({ Body: objectBody(), ContentLength: clipBytes.length });
    const clock = fakeClock();
    const file = target();

    await generator(clock).generate({ ...request, file }, new AbortController().signal);

    const [start] = bedrock.commandCalls(StartAsyncInvokeCommand);
    expect(start!.args[0].input).toEqual({
      modelId: NOVA_REEL_MODEL,
      clientRequestToken: expect.stringMatching(/^[a-zA-Z0-9](-*[a-zA-Z0-9])*$/),
      modelInput: {
        taskType: 'TEXT_VIDEO',
        textToVideoParams: { text: request.prompt },
        videoGenerationConfig: { durationSeconds: 6, fps: 24, dimension: '1280x720', seed: 42 },
      },
      outputDataConfig: { s3OutputDataConfig: { s3Uri: 's3://clips-bucket/contentflow/clips' } },
    });
    const polls = bedrock.commandCalls(GetAsyncInvokeCommand);
    expect(polls.map((call) => call.args[0].input)).toEqual(Array(3).fill({ invocationArn: ARN }));
    expect(clock.waits).toEqual([20_000, 30_000, 30_000]);
    expect(s3.commandCalls(GetObjectCommand)[0]!.args[0].input).toEqual({
      Bucket: 'clips-bucket',
      Key: 'contentflow/clips/abc123xyz/output.mp4',
    });
    expect(readFileSync(file).equals(clipBytes)).toBe(true);
  });

  test('a Failed generation is a final MODEL_GENERATION_FAILED carrying the model’s failure message', async () => {
    bedrock.on(StartAsyncInvokeCommand).resolves({ invocationArn: ARN });
    bedrock
      .on(GetAsyncInvokeCommand)
      .resolvesOnce(status('InProgress'))
      .resolves(status('Failed', 'The prompt was blocked by our content filters.'));
    const error = await taskFailure(generator().generate({ ...request, file: target() }, new AbortController().signal));
    expect(error).toMatchObject({ code: 'MODEL_GENERATION_FAILED', retryable: false });
    expect(error.message).toContain('The prompt was blocked by our content filters.');
    expect(error.message).toContain(ARN);
    expect(s3.commandCalls(GetObjectCommand)).toHaveLength(0);
  });

  test('throttling is retried, then fails the job as retryable MODEL_THROTTLED', async () => {
    bedrock
      .on(StartAsyncInvokeCommand)
      .rejects(new ThrottlingException({ message: 'Too many requests', $metadata: {} }));
    const error = await taskFailure(generator().generate({ ...request, file: target() }, new AbortController().signal));
    expect(error).toMatchObject({ code: 'MODEL_THROTTLED', retryable: true });
    expect(error.message).toContain('Too many requests');
    expect(bedrock.commandCalls(StartAsyncInvokeCommand)).toHaveLength(3);
  });

  test('a poll throttled once is retried, and the clip still arrives', async () => {
    bedrock.on(StartAsyncInvokeCommand).resolves({ invocationArn: ARN });
    bedrock
      .on(GetAsyncInvokeCommand)
      .rejectsOnce(new ThrottlingException({ message: 'Slow down', $metadata: {} }))
      .resolves(status('Completed'));
    s3.on(GetObjectCommand).resolves({ Body: objectBody() });
    const file = target();
    await generator().generate({ ...request, file }, new AbortController().signal);
    expect(bedrock.commandCalls(GetAsyncInvokeCommand)).toHaveLength(2);
    expect(readFileSync(file).equals(clipBytes)).toBe(true);
  });

  test.each([
    ['a validation error', new ValidationException({ message: 'seed must be at most 2147483646', $metadata: {} })],
    ['access denied', new AccessDeniedException({ message: 'not authorized to write to clips-bucket', $metadata: {} })],
  ])('%s is a final MODEL_REQUEST_REJECTED with the service’s words, not retried', async (_case, rejection) => {
    bedrock.on(StartAsyncInvokeCommand).rejects(rejection);
    const error = await taskFailure(generator().generate({ ...request, file: target() }, new AbortController().signal));
    expect(error).toMatchObject({ code: 'MODEL_REQUEST_REJECTED', retryable: false });
    expect(error.message).toContain(`${rejection.name}: ${rejection.message}`);
    expect(bedrock.commandCalls(StartAsyncInvokeCommand)).toHaveLength(1);
  });

  test('a generation still running at the deadline is a retryable MODEL_TIMED_OUT, polled up to the deadline', async () => {
    bedrock.on(StartAsyncInvokeCommand).resolves({ invocationArn: ARN });
    bedrock.on(GetAsyncInvokeCommand).resolves(status('InProgress'));
    const clock = fakeClock();
    const error = await taskFailure(
      generator(clock).generate({ ...request, file: target() }, new AbortController().signal),
    );
    expect(error).toMatchObject({ code: 'MODEL_TIMED_OUT', retryable: true });
    expect(clock.waits.reduce((sum, wait) => sum + wait, 0)).toBe(300_000);
  });

  test('a cancelled job stops polling at once', async () => {
    bedrock.on(StartAsyncInvokeCommand).resolves({ invocationArn: ARN });
    bedrock.on(GetAsyncInvokeCommand).resolves(status('InProgress'));
    // Waits last until aborted, as real ones would for this long.
    const waiting: PollClock = {
      now: () => 0,
      sleep: (_ms, signal) =>
        new Promise((_resolve, reject) => {
          if (signal.aborted) reject(signal.reason);
          signal.addEventListener('abort', () => reject(signal.reason), { once: true });
        }),
    };
    const controller = new AbortController();
    const generating = generator(waiting).generate({ ...request, file: target() }, controller.signal);
    await vi.waitFor(() => expect(bedrock.commandCalls(StartAsyncInvokeCommand)).toHaveLength(1));
    const reason = new Error('cancelled by the user');
    controller.abort(reason);
    await expect(generating).rejects.toBe(reason);
    expect(bedrock.commandCalls(GetAsyncInvokeCommand)).toHaveLength(0);
    expect(s3.commandCalls(GetObjectCommand)).toHaveLength(0);
  });

  test('a clip missing from S3 is a final CLIP_DOWNLOAD_FAILED naming its URI', async () => {
    bedrock.on(StartAsyncInvokeCommand).resolves({ invocationArn: ARN });
    bedrock.on(GetAsyncInvokeCommand).resolves(status('Completed'));
    s3.on(GetObjectCommand).rejects(new NoSuchKey({ message: 'The specified key does not exist.', $metadata: {} }));
    const error = await taskFailure(generator().generate({ ...request, file: target() }, new AbortController().signal));
    expect(error).toMatchObject({ code: 'CLIP_DOWNLOAD_FAILED', retryable: false });
    expect(error.message).toContain('s3://clips-bucket/contentflow/clips/abc123xyz/output.mp4');
  });
});
