import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { BedrockRuntimeClient, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';
import { jobRequestedV1 } from '@contentflow/events';
import {
  blobKey,
  type Content,
  createSqliteRepositories,
  type EngineJobPorts,
  LocalBlobStore,
  openDatabase,
  type Repositories,
  runEngineJob,
  SqliteEventBus,
} from '@contentflow/platform';
import { LayoutRenderer } from '@contentflow/platform/render';
import { mockClient } from 'aws-sdk-client-mock';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BedrockNovaCanvas } from './backgrounds/bedrock-nova-canvas.ts';
import { createImageEngine } from './image-engine.ts';
import type { ImageEngineDependencies } from './use-cases/image-engine-dependencies.ts';

/** Image jobs end to end through the platform's job runner, with the real local adapters in a temp dir. */
const TENANT = 'tenant-img';
const renderer = new LayoutRenderer();
let dir: string;
let db: DatabaseSync;
let bus: SqliteEventBus;
let repositories: Repositories;
let blobs: LocalBlobStore;
let ports: EngineJobPorts;
let jobs = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cf-image-'));
  db = openDatabase(join(dir, 'contentflow.db'));
  bus = new SqliteEventBus({ db });
  repositories = createSqliteRepositories(db);
  blobs = new LocalBlobStore({ dataDir: dir, baseUrl: 'http://localhost:3000' });
  ports = { events: bus, content: repositories.content, blobs };
});

afterAll(async () => {
  await bus.stop();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

async function run(task: string, input: Record<string, unknown>, dependencies: Partial<ImageEngineDependencies> = {}) {
  const engine = createImageEngine(async () => ({ blobs, renderer, ...dependencies }));
  jobs += 1;
  const detail = jobRequestedV1.create({
    source: 'contentflow.jobs',
    tenantId: TENANT,
    data: { jobId: `job-${jobs}`, engine: 'image', task, input, requestedBy: 'user-1' },
  }).detail;
  const outcome = await runEngineJob(detail, engine, ports);
  const contents = await Promise.all(
    (outcome.status === 'succeeded' ? outcome.contentIds : []).map((id) => repositories.content.get(TENANT, id)),
  );
  return { outcome, contents: contents as Content[] };
}

async function fileOf(content: Content) {
  const { body } = await blobs.get(content.blobKey);
  return { body, metadata: await sharp(body).metadata() };
}

async function upload(name: string, bytes: Buffer, tenantId = TENANT): Promise<string> {
  const key = blobKey(tenantId, 'uploads', name);
  await blobs.put(key, bytes, { contentType: 'image/png' });
  return key;
}

const orangePng = () =>
  sharp({ create: { width: 1600, height: 900, channels: 3, background: '#ff8800' } })
    .png()
    .toBuffer();

describe('image engine through runEngineJob', () => {
  test('image.thumbnail stores a 1280×720 PNG with its fit and provider in the content record', async () => {
    const { outcome, contents } = await run('thumbnail', {
      title: 'I tried 7 editing apps',
      subtitle: 'Honest review',
    });
    expect(outcome).toEqual({ status: 'succeeded', contentIds: expect.any(Array) });
    const [content] = contents;
    expect(content).toMatchObject({
      kind: 'image/thumbnail',
      mimeType: 'image/png',
      title: 'I tried 7 editing apps',
      provider: { engine: 'image', provider: 'offline', model: 'satori+resvg' },
      metadata: { width: 1280, height: 720, format: 'png', template: 'bold-title', background: 'procedural' },
    });
    expect(content!.metadata['fittedFontSize']).toBeGreaterThanOrEqual(40);
    const { body, metadata } = await fileOf(content!);
    expect(metadata).toMatchObject({ format: 'png', width: 1280, height: 720 });
    expect(content!.bytes).toBe(body.length);
  });

  test('image.poster renders both portrait sizes, as WebP when asked', async () => {
    for (const [size, height] of [
      ['1080x1350', 1350],
      ['1080x1920', 1920],
    ] as const) {
      const { outcome, contents } = await run('poster', { title: 'Launch week', size, format: 'webp' });
      expect(outcome.status).toBe('succeeded');
      expect(contents[0]).toMatchObject({ kind: 'image/poster', mimeType: 'image/webp' });
      expect((await fileOf(contents[0]!)).metadata).toMatchObject({ format: 'webp', width: 1080, height });
    }
  });

  test('image.graphic turns a carousel into one numbered square image per slide, all at one title size', async () => {
    const slides = [
      { title: 'Post less, but better' },
      { title: 'Batch your filming days so that one afternoon feeds a whole week', subtitle: 'Rule 2' },
      { title: 'Reply to every comment in the first hour' },
    ];
    const { outcome, contents } = await run('graphic', { slides, template: 'minimal-gradient' });
    expect(outcome.status).toBe('succeeded');
    expect(contents).toHaveLength(3);
    const sizes = new Set(contents.map((content) => content.metadata['fittedFontSize']));
    expect(sizes.size).toBe(1);
    for (const [index, content] of contents.entries()) {
      expect(content.blobKey).toMatch(new RegExp(`graphic-0${index + 1}\\.png$`));
      expect(content.metadata).toMatchObject({ slide: index + 1, slides: 3, width: 1080, height: 1080 });
      expect((await fileOf(content)).metadata).toMatchObject({ format: 'png', width: 1080, height: 1080 });
    }
  });

  test("bring your own media: the tenant's upload becomes the background", async () => {
    const key = await upload('beach.png', await orangePng());
    const { outcome, contents } = await run('thumbnail', { title: 'Summer vlog', backgroundBlobKey: key });
    expect(outcome.status).toBe('succeeded');
    expect(contents[0]!.metadata['background']).toBe('upload');
    // bold-title fades its scrim out on the right: the photo shows there untouched.
    const { data, info } = await sharp((await fileOf(contents[0]!)).body)
      .raw()
      .toBuffer({ resolveWithObject: true });
    const offset = (360 * info.width + 1270) * info.channels;
    expect([...data.subarray(offset, offset + 3)]).toEqual([0xff, 0x88, 0x00]);
  });

  test('a logo from the brand kit is read from the tenant blobs and drawn', async () => {
    const logo = await upload(
      'logo.png',
      await sharp({ create: { width: 300, height: 100, channels: 4, background: '#00ff00' } })
        .png()
        .toBuffer(),
    );
    const { outcome, contents } = await run('thumbnail', {
      title: 'Branded',
      brand: { logoBlobKey: logo, primaryColor: '#000000' },
    });
    expect(outcome.status).toBe('succeeded');
    const { data, info } = await sharp((await fileOf(contents[0]!)).body)
      .raw()
      .toBuffer({ resolveWithObject: true });
    // The logo box is the bottom left of the safe area: 56 px in, ending 96 px above the bottom edge.
    const offset = ((720 - 96 - 10) * info.width + 80) * info.channels;
    expect([...data.subarray(offset, offset + 3)]).toEqual([0, 255, 0]);
  });

  test.each([
    [
      'another tenant’s upload',
      'IMAGE_FORBIDDEN',
      async () => ({ backgroundBlobKey: await upload('x.png', await orangePng(), 'tenant-other') }),
    ],
    [
      'a broken upload',
      'IMAGE_UNREADABLE',
      async () => ({ backgroundBlobKey: await upload('broken.png', Buffer.from('\x89PNG\r\n\x1a\n garbage')) }),
    ],
    [
      'a missing upload',
      'IMAGE_NOT_FOUND',
      async () => ({ backgroundBlobKey: blobKey(TENANT, 'uploads', 'nothing.png') }),
    ],
    [
      'a broken logo',
      'IMAGE_UNREADABLE',
      async () => ({ brand: { logoBlobKey: await upload('logo.bin', Buffer.from('not a logo')) } }),
    ],
  ])('%s fails the job with %s', async (_case, code, input) => {
    const { outcome } = await run('thumbnail', { title: 'Hello', ...(await input()) });
    expect(outcome).toMatchObject({ status: 'failed', code });
  });

  test.each([
    ['poster', { title: 'x', size: '1080x1080' }, 'size must be one of 1080x1350, 1080x1920'],
    ['thumbnail', { title: 'x', format: 'gif' }, 'format'],
    ['thumbnail', { title: '   ' }, 'title must not be empty'],
    ['graphic', { title: 'a', slides: [{ title: 'b' }] }, 'either title'],
  ])('unsupported input to image.%s fails with INPUT_INVALID', async (task, input, message) => {
    const { outcome } = await run(task, input);
    expect(outcome).toMatchObject({ status: 'failed', code: 'INPUT_INVALID' });
    expect(outcome.status === 'failed' && outcome.message).toContain(message);
  });

  test('text in a script no bundled font draws fails with TEXT_SCRIPT_UNSUPPORTED', async () => {
    const { outcome } = await run('thumbnail', { title: 'ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ' });
    expect(outcome).toMatchObject({ status: 'failed', code: 'TEXT_SCRIPT_UNSUPPORTED' });
    expect(outcome.status === 'failed' && outcome.message).toContain('Cherokee');
  });

  test('with Bedrock configured, Nova Canvas paints the background and the content says so', async () => {
    const bedrock = mockClient(BedrockRuntimeClient);
    const painted = await sharp({ create: { width: 1280, height: 720, channels: 3, background: '#0088ff' } })
      .png()
      .toBuffer();
    bedrock
      .on(InvokeModelCommand)
      .resolves({ body: Buffer.from(JSON.stringify({ images: [painted.toString('base64')] })) as never });
    const backgrounds = new BedrockNovaCanvas({
      client: new BedrockRuntimeClient({ region: 'us-east-1' }),
      modelId: 'amazon.nova-canvas-v1:0',
    });
    const { outcome, contents } = await run('thumbnail', { title: 'Deep sea facts' }, { backgrounds });
    bedrock.restore();
    expect(outcome.status).toBe('succeeded');
    expect(contents[0]).toMatchObject({
      provider: { engine: 'image', provider: 'bedrock', model: 'amazon.nova-canvas-v1:0' },
      metadata: { background: 'generated' },
    });
    const sent = JSON.parse(String(bedrock.commandCalls(InvokeModelCommand)[0]!.args[0].input.body));
    expect(sent.textToImageParams.text).toContain('Deep sea facts');
  });
});
