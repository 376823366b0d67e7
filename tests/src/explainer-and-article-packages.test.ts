import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findFfmpeg, probeMedia } from '@contentflow/platform/ffmpeg';
import { describe, expect, test } from 'vitest';
import { completePackage, PACKAGE_TIMEOUT_MS, videoPackageKinds } from './support/complete-package.ts';
import { useWorkflowSystem } from './support/workflow-system-suite.ts';

const local = useWorkflowSystem('cf-packages-');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(body: Buffer): { width: number; height: number } {
  expect(body.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

describe('explainer-package and article-package, run locally from the synthesized ASL', () => {
  test(
    'an explainer topic becomes a landscape MP4 with audio, a thumbnail, narration, music and copy',
    async () => {
      const { contents, byKind, json } = await completePackage(local.system, 'tenant-explainer', 'explainer-package', {
        topic: 'How solar panels turn light into power',
        lengthSec: 15,
      });
      expect(contents.map(({ content }) => content.kind).sort()).toEqual(videoPackageKinds('video/explainer'));
      const [mp4] = byKind('video/explainer');
      const file = join(local.dataDir, 'explainer.mp4');
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
      const { byKind, json } = await completePackage(local.system, 'tenant-article', 'article-package', {
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
      for (const post of posts) {
        expect(post.text.length).toBeLessThanOrEqual(post.limit);
        // The article reaches the posts as a document: its list bullets and heading hashes stay out.
        expect(post.text).not.toMatch(/(^|\s)[-*] |(^|\s)#{1,6} /);
      }
    },
    PACKAGE_TIMEOUT_MS,
  );
});
