import { describe, expect, test } from 'vitest';
import type { Scene } from './composition.ts';
import { buildFfmpegJob } from './ffmpeg-job.ts';
import { planFrames } from './scene-frames.ts';

const scene = (...durations: number[]): Scene => ({
  states: durations.map((durationSec, index) => ({ image: `s${index}.png`, durationSec })),
  motion: 'zoom-in',
  transition: 'fade',
});

describe('planFrames', () => {
  test('cuts are rounded from running totals, so thirds of a second never drift', () => {
    const plan = planFrames(
      { fps: 30, transitionSec: 0.4, scenes: Array.from({ length: 9 }, () => scene(1 / 3 + 1, 2 / 3)) },
      true,
    );
    expect(plan.totalFrames).toBe(540);
    expect(plan.scenes.map((s) => s.start)).toEqual([0, 60, 120, 180, 240, 300, 360, 420, 480]);
    expect(plan.transitionFrames).toBe(12);
  });

  test('overlapping streams carry half a transition on each side that has a neighbour', () => {
    const plan = planFrames({ fps: 30, transitionSec: 0.5, scenes: [scene(2), scene(1, 1), scene(2)] }, true);
    expect(plan.transitionFrames).toBe(16);
    expect(plan.scenes.map((s) => s.stateFrames)).toEqual([[68], [38, 38], [68]]);
    const cuts = planFrames({ fps: 30, transitionSec: 0.5, scenes: [scene(2), scene(1, 1), scene(2)] }, false);
    expect(cuts.scenes.map((s) => s.stateFrames)).toEqual([[60], [30, 30], [60]]);
  });

  test('a transition never outlasts the shortest scene', () => {
    expect(
      planFrames({ fps: 30, transitionSec: 2, scenes: [scene(3), scene(0.5), scene(3)] }, true).transitionFrames,
    ).toBe(14);
  });
});

describe('buildFfmpegJob', () => {
  const composition = {
    width: 1080,
    height: 1920,
    fps: 30,
    transitionSec: 0.4,
    motionAmount: 0.1,
    scenes: [scene(2), scene(2), scene(2)],
    soundtrack: 'soundtrack.wav',
    output: 'out.mp4',
  };

  test('xfade offsets put each transition’s middle on the cut', () => {
    const job = buildFfmpegJob(composition, { xfade: true });
    const graph = job.args[job.args.indexOf('-filter_complex') + 1]!;
    expect(graph).toContain('[s0][s1]xfade=transition=fade:duration=0.400000:offset=1.800000[x1]');
    expect(graph).toContain('[x1][s2]xfade=transition=fade:duration=0.400000:offset=3.800000[joined]');
    expect(job).toMatchObject({ durationSec: 6, transitions: 'xfade' });
    expect(job.files[1]!.content).toBe("ffconcat version 1.0\nfile 's0.png'\nduration 2.400000\nfile 's0.png'\n");
  });

  test('without xfade each scene fades in and out through black and the scenes are concatenated', () => {
    const job = buildFfmpegJob(composition, { xfade: false });
    const graph = job.args[job.args.indexOf('-filter_complex') + 1]!;
    expect(graph).toContain('fade=t=in:s=0:n=6,fade=t=out:s=54:n=6[s1]');
    expect(graph).toContain('[s0][s1][s2]concat=n=3:v=1:a=0[joined]');
    expect(job.transitions).toBe('fade');
  });

  test('file names that would need escaping in a filter are refused', () => {
    expect(() => buildFfmpegJob({ ...composition, output: "a'b.mp4" }, { xfade: true })).toThrow(/would need escaping/);
  });
});
