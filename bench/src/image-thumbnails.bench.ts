/**
 * Thumbnail rendering speed on one core: sequential, warm 1280×720 PNG thumbnails of varied titles (text fitting,
 * satori layout, resvg drawing, sharp compositing and PNG encoding), per template, next to a baseline measured in
 * the same run: resvg drawing a one-rectangle 1280×720 SVG and sharp encoding it as PNG — the least any SVG-to-PNG
 * thumbnail pipeline pays.
 *
 *   node bench/src/image-thumbnails.bench.ts
 *
 * One core: libuv's pool and sharp's own threads are limited to one, so the CPU time per thumbnail is what one core
 * spends. Target: ≥ 25 thumbnails/s.
 */
process.env['UV_THREADPOOL_SIZE'] = '1';

import { IMAGE_TEMPLATES, type ImageTemplate } from '@contentflow/events';
import { LayoutRenderer } from '@contentflow/platform/render';
import { renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';

const TARGET_PER_SECOND = 25;
const RENDERS = 60;
const ROUNDS = 3;
const WARM_UP = 8;

sharp.concurrency(1);

const WORDS = ['creator', 'habits', 'editing', 'camera', 'budget', 'studio', 'growth', 'tips', 'secret', 'week'];
const STARTS = ['How I', 'Why you should', '7 ways to', 'The truth about', 'Stop doing this:', 'I tried'];

/** mulberry32: the same titles every run. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seededRandom(7);
const titles = Array.from({ length: RENDERS }, () => {
  const words = Array.from({ length: 2 + Math.floor(random() * 7) }, () => WORDS[Math.floor(random() * WORDS.length)]);
  return `${STARTS[Math.floor(random() * STARTS.length)]} ${words.join(' ')}`;
});

interface Timing {
  wallSec: number;
  cpuSec: number;
}

/** The best of ROUNDS rounds of `count` sequential runs (the least disturbed on a shared machine). */
async function best(count: number, work: (index: number) => Promise<unknown>): Promise<Timing> {
  let fastest: Timing = { wallSec: Number.POSITIVE_INFINITY, cpuSec: Number.POSITIVE_INFINITY };
  for (let round = 0; round < ROUNDS; round++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (let index = 0; index < count; index++) await work(index);
    const wallSec = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    if (wallSec < fastest.wallSec) fastest = { wallSec, cpuSec: (used.user + used.system) / 1e6 };
  }
  return fastest;
}

const renderer = new LayoutRenderer();
const thumbnail = (template: ImageTemplate, index: number) =>
  renderer.render({
    template,
    canvas: 'youtube-thumbnail',
    title: titles[index]!,
    subtitle: 'Episode 12',
    format: 'png',
  });
for (const template of IMAGE_TEMPLATES) for (let index = 0; index < WARM_UP; index++) await thumbnail(template, index);

const TRIVIAL_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720"><rect width="1280" height="720" fill="#1e1b4b"/></svg>';
const baseline = await best(RENDERS, async () => {
  const drawn = await renderAsync(TRIVIAL_SVG, { font: { loadSystemFonts: false } });
  await sharp(drawn.pixels, { raw: { width: 1280, height: 720, channels: 4 } })
    .png()
    .toBuffer();
});

const rate = (timing: Timing, count = RENDERS) => count / timing.wallSec;
const perCpu = (timing: Timing, count = RENDERS) => count / timing.cpuSec;
console.log(`image thumbnails: ${RENDERS} sequential warm 1280×720 PNGs per template, best of ${ROUNDS} rounds`);
console.log(
  `  baseline, resvg one-rect SVG + sharp PNG: ${rate(baseline).toFixed(1)}/s wall, ${perCpu(baseline).toFixed(1)}/CPU-s`,
);
let slowest = Number.POSITIVE_INFINITY;
for (const template of IMAGE_TEMPLATES) {
  const timing = await best(RENDERS, (index) => thumbnail(template, index));
  slowest = Math.min(slowest, perCpu(timing));
  console.log(
    `  ${template.padEnd(17)} ${rate(timing).toFixed(1)}/s wall, ${perCpu(timing).toFixed(1)}/CPU-s ` +
      `(${((timing.wallSec / RENDERS) * 1000).toFixed(1)} ms each) → ${(baseline.wallSec / timing.wallSec).toFixed(2)}× the baseline's rate`,
  );
}
console.log(
  `  target ≥ ${TARGET_PER_SECOND}/s on one core (slowest template, per CPU-second): ${slowest >= TARGET_PER_SECOND ? 'met' : 'NOT met'}`,
);
