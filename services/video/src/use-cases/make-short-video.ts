import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  SHORT_VIDEO_SIZE,
  type ShortOutput,
  type ShortScript,
  type ValidShortInput,
  VIDEO_FPS,
} from '@contentflow/events';
import { withTempDirectory } from '@contentflow/platform/ffmpeg';
import type { LayoutBrand, RasterImage } from '@contentflow/platform/render';
import { buildAssSubtitles } from '../captions/ass-subtitles.ts';
import { CAPTION_FONT_NAME, prepareCaptionFonts } from '../captions/caption-fonts.ts';
import { filmBeatClips } from '../clips/film-beat-clips.ts';
import type { Composition } from '../compose/composition.ts';
import { type FrameSpec, paintFrames } from '../frames/paint-frames.ts';
import { loadTenantImage, type MediaStore } from '../media/tenant-media.ts';
import { headlineOf } from '../script/headline.ts';
import { scriptFromTopic } from '../script/topic-script.ts';
import { type Narration, narrateParts } from '../soundtrack/narrate-parts.ts';
import { writeSoundtrack } from '../soundtrack/write-soundtrack.ts';
import { cycle, STYLE_PRESETS } from '../styles/video-styles.ts';
import { NarrationTooLongError } from '../timeline/narration-too-long-error.ts';
import { planShortTimeline, secondsNeeded } from '../timeline/short-timeline.ts';
import type { VideoDependencies } from '../video-dependencies.ts';
import { encodeForJob, layoutBrand, type MadeVideo, stage, type VideoJob } from './video-job.ts';

/** The hook's frame says more than a beat's: it has to carry the topic. */
const HOOK_HEADLINE_WORDS = 10;
/** A script a little too long is spoken faster rather than refused; beyond this pace speech gets hard to follow. */
const MAX_FIT_SPEED = 1.3;
/** Room left when choosing a faster pace: speech does not shorten exactly in proportion. */
const FIT_MARGIN = 1.04;

/**
 * Speaks the script, at a faster pace when it runs a little long for the video.
 * @throws NarrationTooLongError when even the fastest pace is not enough
 */
async function narrateToFit(
  deps: VideoDependencies,
  input: ValidShortInput,
  texts: string[],
  job: VideoJob,
): Promise<Narration> {
  const speak = (speed: number, from: number, to: number): Promise<Narration> =>
    narrateParts(deps.speech, texts, {
      voice: input.voice,
      speed,
      signal: job.signal,
      onProgress: stage(job, from, to, 'speaking the narration'),
    });
  const first = await speak(1, 5, 25);
  const needed = secondsNeeded(first.parts);
  if (needed <= input.lengthSec) return first;
  const speech = first.parts.reduce((sum, part) => sum + part.durationSec, 0);
  const room = input.lengthSec - (needed - speech);
  const speed = room > 0 ? (speech / room) * FIT_MARGIN : Number.POSITIVE_INFINITY;
  if (speed > MAX_FIT_SPEED) throw new NarrationTooLongError(needed, input.lengthSec);
  return speak(speed, 25, 35);
}

/** Every beat's uploaded picture, read and decoded before any slow work, so a bad key fails the job at once. */
function beatPhotos(media: MediaStore, script: ShortScript, tenantId: string): Promise<(RasterImage | undefined)[]> {
  return Promise.all(
    script.beats.map((beat, index) =>
      beat.mediaBlobKey
        ? loadTenantImage(media, tenantId, beat.mediaBlobKey, `script.beats.${index}.mediaBlobKey`)
        : undefined,
    ),
  );
}

/** A scene's picture; over footage, only the layout's text and scrim, for the clip to show through. */
interface ShortFrame extends FrameSpec {
  footage?: string;
}

function frameSpecs(
  input: ValidShortInput,
  script: ShortScript,
  photos: (RasterImage | undefined)[],
  footage: (string | undefined)[],
  brand: LayoutBrand | undefined,
): ShortFrame[] {
  const { template } = STYLE_PRESETS[input.style];
  const base = { template, canvas: 'vertical-video' as const, ...(brand ? { brand } : {}) };
  return [
    { file: 'frame-hook.png', layout: { ...base, title: headlineOf(script.hook, HOOK_HEADLINE_WORDS) } },
    ...script.beats.map((beat, index) => {
      const photo = photos[index];
      const clip = footage[index];
      return {
        file: `frame-beat-${index}.png`,
        layout: {
          ...base,
          title: beat.headline ?? headlineOf(beat.text),
          badge: `${index + 1} / ${script.beats.length}`,
          ...(photo ? { photo } : {}),
          ...(clip ? { layers: 'over-footage' as const } : {}),
        },
        ...(clip ? { footage: clip } : {}),
      };
    }),
    { file: 'frame-end.png', layout: { ...base, title: script.cta } },
  ];
}

/**
 * video.short: script (given, or written from the topic) → narration per part → a timeline of exactly the
 * requested length → background clips for the beats when a clip model is configured → one rendered frame per part
 * → soundtrack and captions → one ffmpeg pass.
 */
export async function makeShortVideo(
  deps: VideoDependencies,
  input: ValidShortInput,
  job: VideoJob,
): Promise<MadeVideo<ShortOutput>> {
  const script = input.script ?? scriptFromTopic(input.topic!, input.lengthSec);
  const preset = STYLE_PRESETS[input.style];
  const media = await deps.media();
  const [photos, brand] = await Promise.all([
    beatPhotos(media, script, job.tenantId),
    layoutBrand(input.brand, media, job.tenantId),
  ]);
  await job.progress(5, 'speaking the narration');
  const texts = [script.hook, ...script.beats.map((beat) => beat.text), script.cta];
  const narration = await narrateToFit(deps, input, texts, job);
  const timeline = planShortTimeline(input.lengthSec, narration.parts);
  const [ffmpeg, clips] = await Promise.all([deps.ffmpeg(), deps.clips()]);

  return withTempDirectory('cf-short-', async (dir) => {
    const footage = clips
      ? await filmBeatClips(
          clips,
          script,
          photos.map((photo) => photo !== undefined),
          { dir, signal: job.signal, onProgress: stage(job, 35, 40, 'filming background clips') },
        )
      : [];
    await job.progress(40, 'drawing the frames');
    const frames = frameSpecs(input, script, photos, footage, brand);
    await paintFrames(deps.layouts, dir, frames, job.signal);
    await job.progress(45, 'mixing narration and music');
    await writeSoundtrack({
      parts: narration.parts,
      starts: timeline.speechStarts,
      durationSec: input.lengthSec,
      music: input.music,
      file: join(dir, 'soundtrack.wav'),
      signal: job.signal,
    });
    const fonts = await prepareCaptionFonts(dir);
    const look = preset.captions.vertical;
    await writeFile(
      join(dir, 'captions.ass'),
      buildAssSubtitles({ ...SHORT_VIDEO_SIZE, fontName: CAPTION_FONT_NAME, look, cues: timeline.cues }),
    );

    const composition: Composition = {
      ...SHORT_VIDEO_SIZE,
      fps: VIDEO_FPS,
      transitionSec: preset.transitionSec,
      motionAmount: preset.motionAmount,
      scenes: frames.map((frame, index) => ({
        states: [{ image: frame.file, durationSec: timeline.sceneDurations[index]! }],
        motion: cycle(preset.motions, index),
        transition: cycle(preset.transitions, Math.max(0, index - 1)),
        ...(frame.footage ? { footage: frame.footage } : {}),
      })),
      soundtrack: 'soundtrack.wav',
      subtitles: { file: 'captions.ass', fontsDir: fonts.fontsDir },
      output: 'short.mp4',
    };
    const { mp4, facts } = await encodeForJob(composition, job, { ffmpeg, dir, fonts });
    const filmed = clips && footage.some((clip) => clip !== undefined);
    return {
      mp4,
      ...(filmed ? { clips: { provider: clips.provider, model: clips.model } } : {}),
      output: {
        ...facts,
        captions: timeline.cues.length,
        scenes: composition.scenes.length,
        style: input.style,
        voice: input.voice,
        voiceModel: narration.model,
        music: input.music,
        script,
        scriptSource: input.script ? 'input' : 'topic',
      },
    };
  });
}
