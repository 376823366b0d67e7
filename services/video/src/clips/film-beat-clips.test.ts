import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  BedrockRuntimeClient,
  GetAsyncInvokeCommand,
  type GetAsyncInvokeResponse,
  StartAsyncInvokeCommand,
} from '@aws-sdk/client-bedrock-runtime';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { sdkStreamMixin } from '@smithy/core/serde';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { BedrockNovaReel } from './bedrock-nova-reel.ts';
import { filmBeatClips } from './film-beat-clips.ts';

const bedrock = mockClient(BedrockRuntimeClient);
const s3 = mockClient(S3Client);
const dir = mkdtempSync(join(tmpdir(), 'cf-film-beats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const script = {
  hook: 'Three editing tricks',
  beats: [{ text: 'Cut on the action.' }, { text: 'Your own photo.' }, { text: 'Trim the pauses.' }],
  cta: 'Follow for more.',
};

function state(arn: string, status: GetAsyncInvokeResponse['status'], failureMessage?: string): GetAsyncInvokeResponse {
  return {
    invocationArn: arn,
    modelArn: 'arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-reel-v1:1',
    status,
    submitTime: new Date(),
    outputDataConfig: { s3OutputDataConfig: { s3Uri: `s3://clips/shorts/${arn}` } },
    ...(failureMessage ? { failureMessage } : {}),
  };
}

const generator = () =>
  new BedrockNovaReel({
    bedrock: new BedrockRuntimeClient({ region: 'us-east-1' }),
    s3: new S3Client({ region: 'us-east-1' }),
    modelId: 'amazon.nova-reel-v1:1',
    output: { bucket: 'clips', key: 'shorts' },
    polling: { firstDelayMs: 1_000, maxDelayMs: 1_000, maxWaitMs: 600_000 },
    clock: { now: () => 0, sleep: async (_ms, signal) => signal.throwIfAborted() },
  });

beforeEach(() => {
  bedrock.reset();
  s3.reset();
});

describe('filmBeatClips', () => {
  test('films every beat without a picture of its own, reporting progress per clip', async () => {
    bedrock.on(StartAsyncInvokeCommand).resolvesOnce({ invocationArn: 'a' }).resolvesOnce({ invocationArn: 'b' });
    bedrock.on(GetAsyncInvokeCommand, { invocationArn: 'a' }).resolves(state('a', 'Completed'));
    bedrock.on(GetAsyncInvokeCommand, { invocationArn: 'b' }).resolves(state('b', 'Completed'));
    s3.on(GetObjectCommand).callsFake(() => ({ Body: sdkStreamMixin(Readable.from([Buffer.from('mp4')])) }));
    const progress: number[] = [];
    const clips = await filmBeatClips(generator(), script, [false, true, false], {
      dir,
      signal: new AbortController().signal,
      onProgress: async (fraction) => void progress.push(fraction),
    });
    expect(clips).toEqual(['clip-beat-0.mp4', undefined, 'clip-beat-2.mp4']);
    expect(readdirSync(dir).sort()).toEqual(['clip-beat-0.mp4', 'clip-beat-2.mp4']);
    expect(progress).toEqual([0.5, 1]);
    const prompts = bedrock
      .commandCalls(StartAsyncInvokeCommand)
      .map((call) => JSON.stringify(call.args[0].input.modelInput));
    expect(prompts.some((prompt) => prompt.includes('Cut on the action'))).toBe(true);
    expect(prompts.some((prompt) => prompt.includes('Your own photo'))).toBe(false);
  });

  test('the first failure fails the lot and stops the other beats waiting', async () => {
    bedrock.on(StartAsyncInvokeCommand).resolvesOnce({ invocationArn: 'a' }).resolvesOnce({ invocationArn: 'b' });
    bedrock.on(GetAsyncInvokeCommand, { invocationArn: 'a' }).resolves(state('a', 'Failed', 'blocked by filters'));
    bedrock.on(GetAsyncInvokeCommand, { invocationArn: 'b' }).resolves(state('b', 'InProgress'));
    const filming = filmBeatClips(generator(), script, [false, true, false], {
      dir,
      signal: new AbortController().signal,
      onProgress: async () => undefined,
    });
    await expect(filming).rejects.toMatchObject({ code: 'MODEL_GENERATION_FAILED' });
    // Settled means every beat has stopped: the other one was polled only until the failure, not for 10 minutes.
    expect(bedrock.commandCalls(GetAsyncInvokeCommand).length).toBeLessThan(5);
    expect(s3.commandCalls(GetObjectCommand)).toHaveLength(0);
  });
});
