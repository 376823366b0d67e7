import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closePlatformAdapters, type Job } from '@contentflow/platform';
import { findFfmpeg, probeMedia } from '@contentflow/platform/ffmpeg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type StoredContent, startWorkflowSystem, type WorkflowSystem } from './support/workflow-system.ts';

/** Engines really render here (TTS, PNG, ffmpeg on two shared cores): minutes, not seconds. */
const PACKAGE_TIMEOUT_MS = 600_000;

let dataDir: string;
let system: WorkflowSystem;
const previousDataDir = process.env['CONTENTFLOW_DATA_DIR'];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cf-packages-'));
  process.env['CONTENTFLOW_DATA_DIR'] = dataDir;
  system = await startWorkflowSystem();
}, 120_000);

afterAll(async () => {
  await system?.stop();
  await closePlatformAdapters();
  if (previousDataDir === undefined) delete process.env['CONTENTFLOW_DATA_DIR'];
  else process.env['CONTENTFLOW_DATA_DIR'] = previousDataDir;
  rmSync(dataDir, { recursive: true, force: true });
});

/** Runs a package to its end and checks what every package promises: one job, complete, every step's content. */
async function completePackage(tenantId: string, workflow: string, request: Record<string, unknown>) {
  const job = await system.submit(tenantId, workflow, request);
  const done: Job = await system.finished(tenantId, job.id, PACKAGE_TIMEOUT_MS);
  const announced = system.packages.find((candidate) => candidate.jobId === job.id);
  expect(done.status, JSON.stringify({ error: done.error, announced })).toBe('succeeded');
  expect(announced?.status, JSON.stringify(announced?.steps)).toBe('complete');
  expect(done.contentIds.length).toBe(announced?.steps.reduce((count, step) => count + step.contentIds.length, 0));
  const contents = await system.contentsOf(done);
  const byKind = (kind: string): StoredContent[] => contents.filter(({ content }) => content.kind === kind);
  const json = (kind: string): Record<string, unknown> => JSON.parse(byKind(kind)[0]!.body.toString('utf8'));
  return { contents, byKind, json };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(body: Buffer): { width: number; height: number } {
  expect(body.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

describe('explainer-package and article-package, run locally from the synthesized ASL', () => {
  test(
    'an explainer topic becomes a landscape MP4 with audio, a thumbnail, narration, music and copy',
    async () => {
      const { contents, byKind, json } = await completePackage('tenant-explainer', 'explainer-package', {
        topic: 'How solar panels turn light into power',
        lengthSec: 15,
      });
      expect(contents.map(({ content }) => content.kind).sort()).toEqual(
        // The narration is listed twice: its audio and its caption timings.
        [
          'audio/music',
          'audio/narration',
          'audio/narration',
          'image/thumbnail',
          'text/description',
          'text/hashtags',
          'text/script',
          'text/titles',
          'video/explainer',
        ],
      );
      const [mp4] = byKind('video/explainer');
      const file = join(dataDir, 'explainer.mp4');
      writeFileSync(file, mp4!.body);
      const info = await probeMedia(await findFfmpeg(), file);
      expect(info.video).toMatchObject({ codec: 'h264', width: 1920, height: 1080 });
      expect(info.audio?.codec).toBe('aac');
      expect(info.durationSec).toBeGreaterThan(5);
      expect(pngSize(byKind('image/thumbnail')[0]!.body)).toEqual({ width: 1280, height: 720 });
      expect(json('text/titles')['titles']).toEqual(
        expect.arrayContaining([expect.objectContaining({ title: expect.any(String) })]),
      );
      expect(json('text/description')).toMatchObject({ metaDescription: { text: expect.any(String) } });
      expect(json('text/hashtags')).toMatchObject({ platform: 'youtube', text: expect.stringMatching(/^#/) });
    },
    PACKAGE_TIMEOUT_MS,
  );

  test(
    'an article topic becomes the article, its SEO analysis for the keyword, a header image and a post per platform',
    async () => {
      const { byKind, json } = await completePackage('tenant-article', 'article-package', {
        topic: 'Batch cooking for busy parents',
        keyword: 'batch cooking',
        length: 'short',
        platforms: ['linkedin', 'x'],
      });
      const [article] = byKind('text/article');
      const markdown = article!.body.toString('utf8');
      expect(markdown.startsWith(`# ${article!.content.title}`)).toBe(true);
      expect(markdown.toLowerCase()).toContain('batch cooking');

      const analysis = json('text/analysis');
      expect(analysis['keyword']).toMatchObject({ keyword: 'batch cooking', occurrences: expect.any(Number) });
      expect((analysis['keyword'] as { occurrences: number }).occurrences).toBeGreaterThan(0);
      expect(analysis['headings']).toEqual(
        expect.arrayContaining([{ level: 1, text: article!.content.title, offset: 0 }]),
      );

      const [header] = byKind('image/thumbnail');
      expect(pngSize(header!.body)).toEqual({ width: 1280, height: 720 });

      const posts = json('text/captions')['captions'] as { platform: string; text: string; limit: number }[];
      expect(posts.map((post) => post.platform)).toEqual(['linkedin', 'x']);
      for (const post of posts) expect(post.text.length).toBeLessThanOrEqual(post.limit);
    },
    PACKAGE_TIMEOUT_MS,
  );
});
