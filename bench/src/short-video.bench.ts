/**
 * video.short: wall time and peak memory of a 30 s vertical short with narration, music bed and burned-in
 * captions, next to a bare ffmpeg encode of 30 s of 1080×1920 30 fps stills (one still, looped) in the same run.
 *
 *   node bench/src/short-video.bench.ts [--rounds=N]
 *
 * Target: at most 1.5× the bare encode's wall time, peak RSS at most 1 GB.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shortInputSchema } from '@contentflow/events';
import { LocalBlobStore } from '@contentflow/platform';
import { findFfmpeg, probeMedia, runFfmpeg } from '@contentflow/platform/ffmpeg';
import { defaultVideoDependencies, makeShortVideo } from '@contentflow/video';
import { watchChildPeakRss } from './support/child-peak-rss.ts';
import { fixed, quantile } from './support/stats.ts';

const TARGET_RATIO = 1.5;
const TARGET_PEAK_MB = 1024;
const LENGTH_SEC = 30;
const rounds = Number(/^--rounds=(\d+)$/.exec(process.argv[2] ?? '')?.[1] ?? 1);

interface Run {
  wallMs: number;
  /** Peak RSS of the ffmpeg child. */
  ffmpegMb: number;
}

const dir = mkdtempSync(join(tmpdir(), 'cf-bench-short-'));
const ffmpeg = await findFfmpeg();
const deps = {
  ...defaultVideoDependencies(),
  media: async () => new LocalBlobStore({ dataDir: dir, baseUrl: 'http://localhost' }),
};
const input = shortInputSchema.parse({
  topic: 'morning routines',
  lengthSec: LENGTH_SEC,
  style: 'bold',
  music: 'upbeat',
});

// Warm the speech engine (WebAssembly) and the renderer (fonts): a running engine has paid for both already.
const coldStarted = performance.now();
await deps.speech.synthesize({ text: 'Warming up.', voice: input.voice, speed: 1 });
const still = await deps.layouts.render({
  template: 'bold-title',
  canvas: 'vertical-video',
  title: 'Here is what nobody tells you',
});
const coldMs = performance.now() - coldStarted;
const stillFile = join(dir, 'still.png');
writeFileSync(stillFile, still.bytes);

async function timed(work: () => Promise<unknown>): Promise<Run> {
  const watch = watchChildPeakRss('ffmpeg');
  const started = performance.now();
  await work();
  const wallMs = performance.now() - started;
  return { wallMs, ffmpegMb: watch.stop() };
}

/** The stills encode anyone would write: one picture looped for 30 s at 30 fps, x264 with its `preset`. */
const bareEncode = (preset: string | undefined) => () =>
  runFfmpeg(ffmpeg, [
    ...['-loop', '1', '-framerate', '30', '-t', String(LENGTH_SEC), '-i', stillFile],
    ...['-c:v', 'libx264', ...(preset ? ['-preset', preset] : []), '-pix_fmt', 'yuv420p', join(dir, 'bare.mp4')],
  ]);

const runs = { bareDefault: [] as Run[], bareVeryfast: [] as Run[], short: [] as Run[] };
let output: Awaited<ReturnType<typeof makeShortVideo>>['output'] | undefined;
for (let round = 0; round < rounds; round += 1) {
  runs.bareDefault.push(await timed(bareEncode(undefined)));
  runs.bareVeryfast.push(await timed(bareEncode('veryfast')));
  runs.short.push(
    await timed(async () => {
      const made = await makeShortVideo(deps, input, {
        tenantId: 'bench',
        signal: new AbortController().signal,
        progress: async () => {},
      });
      output = made.output;
      writeFileSync(join(dir, 'short.mp4'), made.mp4);
    }),
  );
}
const probed = await probeMedia(ffmpeg, join(dir, 'short.mp4'));
const nodePeakMb = process.resourceUsage().maxRSS / 1024;
rmSync(dir, { recursive: true, force: true });

const median = (list: Run[], key: keyof Run): number =>
  quantile(
    list.map((run) => run[key]),
    0.5,
  );
const wall = {
  bareDefault: median(runs.bareDefault, 'wallMs'),
  bareVeryfast: median(runs.bareVeryfast, 'wallMs'),
  short: median(runs.short, 'wallMs'),
};
const shortFfmpegMb = median(runs.short, 'ffmpegMb');
const line = (name: string, ms: number, mb: number): string =>
  `${name.padEnd(44)} ${fixed(ms / 1000).padStart(7)} s wall   ffmpeg peak RSS ${fixed(mb, 0).padStart(5)} MB`;

console.log(
  `ffmpeg ${ffmpeg.version} (${ffmpeg.ffmpeg.source}), ${rounds} round(s), medians; warm-up (speech + fonts) ${fixed(coldMs, 0)} ms`,
);
console.log(
  `short: ${probed.video?.width}×${probed.video?.height} ${probed.video?.fps} fps ${probed.video?.codec}/${probed.audio?.codec}, ` +
    `${fixed(probed.durationSec ?? 0)} s, ${output?.scenes} scenes, ${output?.captions} captions, ${output?.transitions}, ` +
    `${fixed((output?.bytes ?? 0) / 1e6)} MB`,
);
console.log(
  line('bare encode, x264 default preset (baseline)', wall.bareDefault, median(runs.bareDefault, 'ffmpegMb')),
);
console.log(line('bare encode, x264 veryfast (our preset)', wall.bareVeryfast, median(runs.bareVeryfast, 'ffmpegMb')));
console.log(line('video.short 30 s: narration, music, captions', wall.short, shortFfmpegMb));
console.log(`ratio short / bare default:  ${fixed(wall.short / wall.bareDefault)}`);
console.log(`ratio short / bare veryfast: ${fixed(wall.short / wall.bareVeryfast)}`);
console.log(
  `peak RSS: node ${fixed(nodePeakMb, 0)} MB + ffmpeg ${fixed(shortFfmpegMb, 0)} MB = ${fixed(nodePeakMb + shortFfmpegMb, 0)} MB`,
);
console.log(
  `target ≤ ${TARGET_RATIO}× bare: ${wall.short / wall.bareDefault <= TARGET_RATIO ? 'met' : 'NOT met'}; ` +
    `target peak ≤ ${TARGET_PEAK_MB} MB: ${nodePeakMb + shortFfmpegMb <= TARGET_PEAK_MB ? 'met' : 'NOT met'}`,
);
