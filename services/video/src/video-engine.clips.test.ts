import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BedrockRuntimeClient,
  GetAsyncInvokeCommand,
  StartAsyncInvokeCommand,
  type StartAsyncInvokeRequest,
} from '@aws-sdk/client-bedrock-runtime';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { jobRequestedV1 } from '@contentflow/events';
import { runEngineJob, type SqliteEventBus } from '@contentflow/platform';
import { FliteSpeechSynthesizer } from '@contentflow/platform/audio';
import { type FfmpegInstallation, findFfmpeg, runFfmpeg } from '@contentflow/platform/ffmpeg';
import { LayoutRenderer } from '@contentflow/platform/render';
import { type LocalEnginePorts, localEnginePorts } from '@contentflow/platform/test-support';
import { sdkStreamMixin } from '@smithy/core/serde';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BedrockNovaReel } from './clips/bedrock-nova-reel.ts';
import { NOVA_REEL_MODEL, novaReelInvocation } from './clips/nova-reel-test-support.ts';
import { createVideoEngine } from './video-engine.ts';
import { expectShortMp4, gradientPng, isolatedTempDir, meanColourPerSecond } from './video-test-support.ts';

/**
 * video.short with Nova Reel configured: Bedrock and S3 are mocked at the SDK, and S3 hands back a real MP4 made
 * here with ffmpeg (a 2 s 1280×720 test pattern, green only), so the real encode puts it under the beat's layout.
 */
const bedrock = mockClient(BedrockRuntimeClient);
const s3 = mockClient(S3Client);
const ARN = 'arn:aws:bedrock:us-east-1:123456789012:async-invoke/clip0001';

let dataDir: string;
let ffmpeg: FfmpegInstallation;
let ports: LocalEnginePorts;
let bus: SqliteEventBus;
let temp: ReturnType<typeof isolatedTempDir>;
let clip: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cf-video-clips-'));
  temp = isolatedTempDir();
  ffmpeg = await findFfmpeg();
  clip = join(dataDir, 'nova-reel-output.mp4');
  await runFfmpeg(ffmpeg, [
    ...['-f', 'lavfi', '-i', 'testsrc=size=1280x720:rate=24:duration=2', '-vf', 'lutrgb=r=0:b=0'],
    ...['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', clip],
  ]);
  ({ ports, bus } = localEnginePorts(dataDir));
  const photo = join(dataDir, 'photo.png');
  await gradientPng(ffmpeg, photo, { width: 800, height: 600 }, ['0x3a1c71', '0xd76d77']);
  await ports.blobs.put('tenant-a/uploads/photo.png', await readFile(photo), { contentType: 'image/png' });
});

afterAll(async () => {
  await bus.stop();
  temp.restore();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('video.short with Nova Reel clips', { timeout: 240_000 }, () => {
  test('a beat without an upload gets a generated clip under its layout; the MP4 is still 1080×1920, 15 s, with sound', async () => {
    bedrock.on(StartAsyncInvokeCommand).resolves({ invocationArn: ARN });
    bedrock
      .on(GetAsyncInvokeCommand)
      .resolves(novaReelInvocation(ARN, 's3://clips-bucket/shorts/clip0001', 'Completed'));
    s3.on(GetObjectCommand).callsFake(() => ({ Body: sdkStreamMixin(createReadStream(clip)) }));
    const engine = createVideoEngine({
      speech: new FliteSpeechSynthesizer(),
      layouts: new LayoutRenderer(),
      media: async () => ports.blobs,
      ffmpeg: async () => ffmpeg,
      clips: async () =>
        new BedrockNovaReel({
          bedrock: new BedrockRuntimeClient({ region: 'us-east-1' }),
          s3: new S3Client({ region: 'us-east-1' }),
          modelId: NOVA_REEL_MODEL,
          output: { bucket: 'clips-bucket', key: 'shorts' },
          clock: { now: () => 0, sleep: async () => undefined },
        }),
    });
    const script = {
      hook: 'Three editing tricks nobody tells you about.',
      beats: [
        { text: 'Cut on the action, not after it, and the viewer never notices the edit.' },
        { text: 'Your own picture stays yours.', mediaBlobKey: 'tenant-a/uploads/photo.png' },
      ],
      cta: 'Follow for more editing tips.',
    };
    const detail = jobRequestedV1.create({
      source: 'contentflow.jobs',
      tenantId: 'tenant-a',
      correlationId: 'job-clips',
      data: {
        jobId: 'job-clips',
        engine: 'video',
        task: 'short',
        input: { script, lengthSec: 15, style: 'bold', music: 'upbeat' },
        requestedBy: 'user-1',
      },
    }).detail;

    expect(await runEngineJob(detail, engine, ports)).toMatchObject({ status: 'succeeded' });

    // One clip: the beat with an upload keeps its picture.
    const starts = bedrock.commandCalls(StartAsyncInvokeCommand);
    expect(starts).toHaveLength(1);
    const input = starts[0]!.args[0].input as StartAsyncInvokeRequest & {
      modelInput: { textToVideoParams: { text: string } };
    };
    expect(input.modelInput.textToVideoParams.text).toContain('Cut on the action');
    expect(input.outputDataConfig).toEqual({ s3OutputDataConfig: { s3Uri: 's3://clips-bucket/shorts' } });
    expect(s3.commandCalls(GetObjectCommand)[0]!.args[0].input).toEqual({
      Bucket: 'clips-bucket',
      Key: 'shorts/clip0001/output.mp4',
    });

    const [record] = await ports.content.listByJob('tenant-a', 'job-clips');
    expect(record!.provider).toEqual({
      engine: 'video',
      provider: 'bedrock',
      model: 'amazon.nova-reel-v1:1+ffmpeg+flite-2.3/cmu_us_slt',
    });
    const file = join(dataDir, 'job-clips.mp4');
    await writeFile(file, (await ports.blobs.get(record!.blobKey)).body);
    await expectShortMp4(ffmpeg, file);

    // The green-only clip shows through its beat's layout for a few seconds (looped: it lasts 2 s), and only there.
    const green = (await meanColourPerSecond(ffmpeg, file)).map(([r, g, b]) => g > 1.5 * r && g > 1.5 * b);
    expect(green.filter(Boolean).length).toBeGreaterThanOrEqual(3);
    expect(green[0]).toBe(false);
    expect(green.at(-1)).toBe(false);
    expect(temp.leftovers()).toEqual([]);
  });
});
