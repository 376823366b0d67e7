import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  EXPLAINER_VIDEO_SIZE,
  type ExplainerOutput,
  type ExplainerScene,
  MAX_EXPLAINER_SECONDS,
  type ValidExplainerInput,
  VIDEO_FPS,
} from '@contentflow/events';
import { withTempDirectory } from '@contentflow/platform/ffmpeg';
import type { LayoutBrand, RasterImage } from '@contentflow/platform/render';
import { buildAssSubtitles } from '../captions/ass-subtitles.ts';
import { CAPTION_FONT_NAME, prepareCaptionFonts } from '../captions/caption-fonts.ts';
import type { Composition, Scene, SceneState } from '../compose/composition.ts';
import { type FrameSpec, paintFrames } from '../frames/paint-frames.ts';
import { loadTenantImage } from '../media/tenant-media.ts';
import { narrateParts } from '../soundtrack/narrate-parts.ts';
import { writeSoundtrack } from '../soundtrack/write-soundtrack.ts';
import { cycle, STYLE_PRESETS } from '../styles/video-styles.ts';
import { EXPLAINER_PACING, type PlannedScene, planExplainerTimeline } from '../timeline/explainer-timeline.ts';
import { NarrationTooLongError } from '../timeline/narration-too-long-error.ts';
import type { VideoDependencies } from '../video-dependencies.ts';
import { encodeForJob, layoutBrand, type MadeVideo, stage, type VideoJob } from './video-job.ts';

/** The paragraphs spoken over a scene: its own narration, or its title and then each bullet. */
function paragraphsOf(scene: ExplainerScene): string[] {
  return scene.narration ? [scene.narration] : [scene.title, ...scene.bullets];
}

/**
 * When each bullet appears, relative to the scene's start: as the narrator reaches it, or spread evenly over a
 * scene that has a narration of its own.
 */
function revealTimes(scene: ExplainerScene, planned: PlannedScene, spoken: readonly number[]): number[] {
  const speechStart = planned.paragraphStarts[0]!;
  return scene.bullets.map((_, index) => {
    const at = scene.narration
      ? speechStart + ((index + 1) * spoken[0]!) / (scene.bullets.length + 1)
      : planned.paragraphStarts[index + 1]!;
    return at - EXPLAINER_PACING.revealLeadSec - planned.startSec;
  });
}

/** A scene's pictures: its title alone, then one per bullet; each lasts until the next appears. */
function sceneStates(index: number, planned: PlannedScene, reveals: readonly number[]): SceneState[] {
  const starts = [0, ...reveals];
  return starts.map((start, state) => ({
    image: `frame-scene-${index}-${state}.png`,
    durationSec: (starts[state + 1] ?? planned.durationSec) - start,
  }));
}

function sceneFrames(
  input: ValidExplainerInput,
  photos: (RasterImage | undefined)[],
  brand: LayoutBrand | undefined,
): FrameSpec[] {
  const { template } = STYLE_PRESETS[input.style];
  const base = { template, canvas: 'landscape-video' as const, ...(brand ? { brand } : {}) };
  return input.scenes.flatMap((scene, index) => {
    const photo = photos[index];
    const layout = {
      ...base,
      title: scene.title,
      badge: `${index + 1} / ${input.scenes.length}`,
      ...(photo ? { photo } : {}),
    };
    return [undefined, ...scene.bullets].map((bullet, state) => ({
      file: `frame-scene-${index + 1}-${state}.png`,
      layout: bullet ? { ...layout, subtitle: bullet } : layout,
    }));
  });
}

/**
 * video.explainer: a title card, then each scene with its bullets revealed as the narrator reaches them. The
 * length follows the narration.
 */
export async function makeExplainerVideo(
  deps: VideoDependencies,
  input: ValidExplainerInput,
  job: VideoJob,
): Promise<MadeVideo<ExplainerOutput>> {
  const preset = STYLE_PRESETS[input.style];
  const media = await deps.media();
  const [photos, brand] = await Promise.all([
    Promise.all(
      input.scenes.map((scene, index) =>
        scene.mediaBlobKey
          ? loadTenantImage(media, job.tenantId, scene.mediaBlobKey, `scenes.${index}.mediaBlobKey`)
          : undefined,
      ),
    ),
    layoutBrand(input.brand, media, job.tenantId),
  ]);
  await job.progress(5, 'speaking the narration');
  const paragraphs = [[input.title], ...input.scenes.map(paragraphsOf)];
  const narration = await narrateParts(deps.speech, paragraphs.flat(), {
    voice: input.voice,
    speed: 1,
    signal: job.signal,
    onProgress: stage(job, 5, 35, 'speaking the narration'),
  });
  const firstParagraph = paragraphs.map((_, index) =>
    paragraphs.slice(0, index).reduce((sum, texts) => sum + texts.length, 0),
  );
  const spokenScenes = paragraphs.map((texts, index) => ({
    paragraphs: narration.parts.slice(firstParagraph[index], firstParagraph[index]! + texts.length),
  }));
  const timeline = planExplainerTimeline(spokenScenes);
  if (timeline.durationSec > MAX_EXPLAINER_SECONDS)
    throw new NarrationTooLongError(timeline.durationSec, MAX_EXPLAINER_SECONDS, 'shorten the scenes’ narration');
  const ffmpeg = await deps.ffmpeg();

  return withTempDirectory('cf-explainer-', async (dir) => {
    await job.progress(35, 'drawing the frames');
    const titleCard: FrameSpec = {
      file: 'frame-scene-0-0.png',
      layout: { template: preset.template, canvas: 'landscape-video', title: input.title, ...(brand ? { brand } : {}) },
    };
    await paintFrames(deps.layouts, dir, [titleCard, ...sceneFrames(input, photos, brand)], job.signal);
    await job.progress(45, 'mixing narration and music');
    await writeSoundtrack({
      parts: narration.parts,
      starts: timeline.scenes.flatMap((scene) => scene.paragraphStarts),
      durationSec: timeline.durationSec,
      music: input.music,
      file: join(dir, 'soundtrack.wav'),
      signal: job.signal,
    });
    const fonts = await prepareCaptionFonts(dir);
    const look = preset.captions.landscape;
    await writeFile(
      join(dir, 'captions.ass'),
      buildAssSubtitles({ ...EXPLAINER_VIDEO_SIZE, fontName: CAPTION_FONT_NAME, look, cues: timeline.cues }),
    );

    const scenes: Scene[] = timeline.scenes.map((planned, index) => {
      const scene = input.scenes[index - 1];
      const reveals = scene
        ? revealTimes(
            scene,
            planned,
            spokenScenes[index]!.paragraphs.map((part) => part.durationSec),
          )
        : [];
      return {
        states: sceneStates(index, planned, reveals),
        // The title card moves; slides full of text stay still, to be read.
        motion: index === 0 ? cycle(preset.motions, 0) : 'still',
        transition: cycle(preset.transitions, Math.max(0, index - 1)),
      };
    });
    const composition: Composition = {
      ...EXPLAINER_VIDEO_SIZE,
      fps: VIDEO_FPS,
      transitionSec: preset.transitionSec,
      motionAmount: preset.motionAmount,
      scenes,
      soundtrack: 'soundtrack.wav',
      subtitles: { file: 'captions.ass', fontsDir: fonts.fontsDir },
      output: 'explainer.mp4',
    };
    const { mp4, facts } = await encodeForJob(composition, job, { ffmpeg, dir, fonts });
    return {
      mp4,
      output: {
        ...facts,
        captions: timeline.cues.length,
        scenes: scenes.reduce((sum, scene) => sum + scene.states.length, 0),
        style: input.style,
        voice: input.voice,
        voiceModel: narration.model,
        music: input.music,
        chapters: [
          { title: input.title, startSec: 0 },
          ...input.scenes.map((scene, index) => ({
            title: scene.title,
            startSec: Math.round(timeline.scenes[index + 1]!.startSec * 1000) / 1000,
          })),
        ],
      },
    };
  });
}
