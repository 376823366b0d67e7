import { availableParallelism } from 'node:os';
import type { Composition, Scene } from './composition.ts';
import { motionFilter } from './motion-filter.ts';
import { type FramePlan, planFrames, type SceneFrames } from './scene-frames.ts';

/** One ffmpeg run: the files it reads besides the pictures and soundtrack, and its arguments. */
export interface FfmpegJob {
  files: { name: string; content: string }[];
  args: string[];
  durationSec: number;
  /** How scenes change: xfade transitions, or fades through black when the build lacks xfade. */
  transitions: 'xfade' | 'fade';
}

export interface EncoderSettings {
  /** x264 preset: `veryfast` spends ~2× less CPU than the default for a slightly larger file. */
  preset: string;
  crf: number;
  /** Encoder threads: one per core, so two jobs on a two-core machine do not fight over oversubscribed threads. */
  threads: number;
  audioBitrate: string;
}

export const DEFAULT_ENCODER: EncoderSettings = {
  preset: 'veryfast',
  crf: 22,
  threads: availableParallelism(),
  audioBitrate: '160k',
};

/** File names go into filter arguments and concat lists unquoted; ours never need escaping, and must not. */
const SAFE_NAME = /^[\w.-]+$/;

function assertSafeName(name: string): string {
  if (!SAFE_NAME.test(name))
    throw new Error(`file name ${JSON.stringify(name)} would need escaping in an ffmpeg filter`);
  return name;
}

/**
 * The concat-demuxer list of a scene: each state's picture for its frames. The last entry is repeated because
 * the demuxer ignores the duration of the final file; trim cuts the stream to its exact length afterwards.
 */
function sceneList(scene: Scene, frames: SceneFrames, fps: number): string {
  const entries = scene.states.map(
    (state, index) =>
      `file '${assertSafeName(state.image)}'\nduration ${(frames.stateFrames[index]! / fps).toFixed(6)}`,
  );
  return ['ffconcat version 1.0', ...entries, `file '${scene.states.at(-1)!.image}'`, ''].join('\n');
}

/** Where a scene's streams come in: its pictures (concat list) and, when it has one, its footage. */
interface SceneInputs {
  pictures: number;
  footage?: number;
}

function sceneChain(
  composition: Composition,
  scene: Scene,
  frames: SceneFrames,
  index: number,
  fadeFrames: number,
  inputs: SceneInputs,
): string {
  const { fps, width, height } = composition;
  const length = frames.stateFrames.reduce((sum, count) => sum + count, 0);
  const timed = [`fps=${fps}`, `trim=end_frame=${length}`, 'setpts=PTS-STARTPTS'];
  const finish = ['setsar=1', 'format=yuv420p'];
  if (fadeFrames > 0 && index > 0) finish.push(`fade=t=in:s=0:n=${fadeFrames}`);
  if (fadeFrames > 0 && index < composition.scenes.length - 1) {
    finish.push(`fade=t=out:s=${length - fadeFrames}:n=${fadeFrames}`);
  }
  if (inputs.footage !== undefined) {
    // The footage moves by itself: it is only made to cover the frame, and the pictures go over it unmoved.
    const cover = `scale=${width}:${height}:force_original_aspect_ratio=increase,crop=${width}:${height},setsar=1`;
    return [
      `[${inputs.footage}:v]${timed.join(',')},${cover}[f${index}]`,
      `[${inputs.pictures}:v]${timed.join(',')}[o${index}]`,
      `[f${index}][o${index}]overlay=format=auto,${finish.join(',')}[s${index}]`,
    ].join(';');
  }
  const moved =
    scene.motion === 'still'
      ? timed
      : [...timed, motionFilter(scene.motion, length, composition.motionAmount, `${width}x${height}`, fps)];
  return `[${inputs.pictures}:v]${[...moved, ...finish].join(',')}[s${index}]`;
}

/** Every scene's pictures, each followed by its footage when it has some (looped: a clip may be shorter). */
function sceneInputs(
  composition: Composition,
  files: FfmpegJob['files'],
): { args: string[]; scenes: SceneInputs[]; count: number } {
  const args: string[] = [];
  let next = 0;
  const scenes = composition.scenes.map((scene, index) => {
    args.push('-f', 'concat', '-i', files[index]!.name);
    const inputs: SceneInputs = { pictures: next++ };
    if (scene.footage !== undefined) {
      args.push('-stream_loop', '-1', '-i', assertSafeName(scene.footage));
      inputs.footage = next++;
    }
    return inputs;
  });
  return { args, scenes, count: next };
}

function joinScenes(composition: Composition, plan: FramePlan, xfade: boolean): string[] {
  const count = composition.scenes.length;
  if (count === 1) return ['[s0]null[joined]'];
  if (!xfade || plan.transitionFrames === 0) {
    const labels = composition.scenes.map((_, index) => `[s${index}]`).join('');
    return [`${labels}concat=n=${count}:v=1:a=0[joined]`];
  }
  const duration = (plan.transitionFrames / composition.fps).toFixed(6);
  return composition.scenes.slice(1).map((scene, offset) => {
    const index = offset + 1;
    const from = index === 1 ? '[s0]' : `[x${index - 1}]`;
    const to = index === count - 1 ? '[joined]' : `[x${index}]`;
    const at = ((plan.scenes[index]!.start - plan.transitionFrames / 2) / composition.fps).toFixed(6);
    return `${from}[s${index}]xfade=transition=${scene.transition}:duration=${duration}:offset=${at}${to}`;
  });
}

/**
 * Builds the single ffmpeg pass that makes the video: each scene's pictures are decoded once and moved by
 * zoompan (or laid over the scene's footage, scaled to cover the frame), scenes are joined with xfade (or fades
 * and concat), subtitles are burned in, the soundtrack is padded to length, and everything is encoded once to
 * H.264/AAC. No intermediate video is ever written.
 */
export function buildFfmpegJob(
  composition: Composition,
  options: { xfade: boolean; encoder?: EncoderSettings },
): FfmpegJob {
  const encoder = options.encoder ?? DEFAULT_ENCODER;
  const plan = planFrames(composition, options.xfade);
  const useXfade = options.xfade && plan.transitionFrames > 0 && composition.scenes.length > 1;
  const fadeFrames = useXfade ? 0 : plan.transitionFrames / 2;
  const files = composition.scenes.map((scene, index) => ({
    name: `scene-${index}.ffconcat`,
    content: sceneList(scene, plan.scenes[index]!, composition.fps),
  }));
  const inputs = sceneInputs(composition, files);
  const graph = [
    ...composition.scenes.map((scene, index) =>
      sceneChain(composition, scene, plan.scenes[index]!, index, fadeFrames, inputs.scenes[index]!),
    ),
    ...joinScenes(composition, plan, useXfade),
  ];
  const { subtitles, soundtrack } = composition;
  graph.push(
    subtitles
      ? `[joined]subtitles=filename=${assertSafeName(subtitles.file)}:fontsdir=${assertSafeName(subtitles.fontsDir)}[video]`
      : '[joined]null[video]',
  );
  // The soundtrack comes in after every scene's inputs.
  if (soundtrack) graph.push(`[${inputs.count}:a]apad[audio]`);

  const durationSec = plan.totalFrames / composition.fps;
  const args = [
    ...inputs.args,
    ...(soundtrack ? ['-i', soundtrack] : []),
    '-filter_complex',
    graph.join(';'),
    '-map',
    '[video]',
    ...(soundtrack ? ['-map', '[audio]', '-c:a', 'aac', '-b:a', encoder.audioBitrate] : []),
    '-t',
    durationSec.toFixed(6),
    ...['-c:v', 'libx264', '-preset', encoder.preset, '-crf', String(encoder.crf), '-pix_fmt', 'yuv420p'],
    ...['-profile:v', 'high', '-g', String(2 * composition.fps), '-threads', String(encoder.threads)],
    ...['-movflags', '+faststart', assertSafeName(composition.output)],
  ];
  return { files, args, durationSec, transitions: useXfade ? 'xfade' : 'fade' };
}
