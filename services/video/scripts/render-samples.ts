/**
 * Renders the README's video samples with the engine itself: a 15 s short made by video.short, cut to its first
 * seconds at half size (a clip small enough to commit), and a strip of four of its frames.
 *
 *   node services/video/scripts/render-samples.ts [outDir=docs/samples]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { shortInputSchema } from '@contentflow/events';
import { LocalBlobStore } from '@contentflow/platform';
import { findFfmpeg, runFfmpeg } from '@contentflow/platform/ffmpeg';
import { defaultVideoDependencies, makeShortVideo } from '../src/index.ts';

const CLIP_SECONDS = 6;
const STRIP_TIMES = [1.5, 4.5, 8.5, 13.5];

const outDir = resolve(process.argv[2] ?? 'docs/samples');
mkdirSync(outDir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'cf-video-samples-'));
try {
  const deps = {
    ...defaultVideoDependencies(),
    media: async () => new LocalBlobStore({ dataDir: work, baseUrl: 'http://localhost' }),
  };
  const input = shortInputSchema.parse({
    script: {
      hook: 'One idea, a week of content.',
      beats: [
        { text: 'Type a topic and pick your platforms.', headline: 'Start with a topic' },
        { text: 'The engines write, design, voice and edit.', headline: 'Let it work' },
      ],
      cta: 'Made offline with ContentFlow.',
    },
    lengthSec: 15,
    style: 'bold',
    music: 'upbeat',
  });
  const { mp4, output } = await makeShortVideo(deps, input, {
    tenantId: 'samples',
    signal: new AbortController().signal,
    progress: async () => {},
  });
  const full = join(work, 'short.mp4');
  writeFileSync(full, mp4);
  const ffmpeg = await findFfmpeg();
  await runFfmpeg(ffmpeg, [
    ...['-i', full, '-t', String(CLIP_SECONDS), '-vf', 'scale=540:960'],
    ...['-c:v', 'libx264', '-preset', 'slow', '-crf', '30', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-b:a', '64k'],
    ...['-movflags', '+faststart', join(outDir, 'video-short.mp4')],
  ]);
  await runFfmpeg(ffmpeg, [
    ...STRIP_TIMES.flatMap((at) => ['-ss', String(at), '-i', full]),
    '-filter_complex',
    `${STRIP_TIMES.map((_, index) => `[${index}:v]scale=270:480[f${index}]`).join(';')};${STRIP_TIMES.map((_, index) => `[f${index}]`).join('')}hstack=inputs=${STRIP_TIMES.length}`,
    ...['-frames:v', '1', join(outDir, 'video-short-frames.png')],
  ]);
  console.log(
    `video.short ${output.width}×${output.height}, ${output.durationSec} s, ${output.captions} captions → ${outDir}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
