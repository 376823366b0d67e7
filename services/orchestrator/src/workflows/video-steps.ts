import type { Engine } from '@contentflow/events';
import type { JsonObject } from '@contentflow/platform';
import { COPY_STEPS } from './copy-steps.ts';
import { type EngineStepOptions, engineStepStates, STEP_TIMEOUTS } from './engine-step.ts';
import type { StepLayout } from './package-states.ts';
import { presentChoice } from './present-choice.ts';

/**
 * The script of a video package, at `$.steps.script`: the request's own (recorded by `UseGivenScript`, which the
 * package supplies) or one text.script writes from `input`. A failed script ends the package, as partial.
 */
export function scriptStates(options: {
  input: JsonObject;
  useGiven: JsonObject;
  next: string;
}): Record<string, JsonObject> {
  return {
    HasScript: presentChoice('$.request.script', 'UseGivenScript', 'Script'),
    UseGivenScript: options.useGiven,
    ...engineStepStates(
      {
        name: 'Script',
        engine: 'text',
        task: 'script',
        input: options.input,
        timeoutSeconds: STEP_TIMEOUTS.text,
        select: { 'script.$': '$.contents[0].data.script' },
      },
      { resultPath: '$.steps.script', next: options.next, nextAfterFailure: 'Outcome' },
    ),
  };
}

/** A step that renders media: it may take a while, queueing included. */
function mediaStep(name: string, engine: Engine, task: string, input: JsonObject): EngineStepOptions {
  return { name, engine, task, input, timeoutSeconds: STEP_TIMEOUTS.media };
}

/** The narrator reads the joined text at `$.narration.text` in the requested voice. */
export const NARRATION_STEP = mediaStep('Narration', 'audio', 'narration', {
  'text.$': '$.narration.text',
  'voice.$': '$.request.voice',
});

/** A music bed as long as the requested video, in the requested mood. */
export const MUSIC_STEP = mediaStep('Music', 'audio', 'music', {
  'durationSec.$': '$.request.lengthSec',
  'mood.$': '$.request.music',
});

/** A PNG thumbnail carrying the text at `title`. */
export function thumbnailStep(title: string): EngineStepOptions {
  return mediaStep('Thumbnail', 'image', 'thumbnail', { 'title.$': title, format: 'png' });
}

/**
 * The `Video` step, then `Copy`: video.<task> renders from the package's own `input` plus the request's style,
 * voice and music, which every video task takes as they are.
 */
export function videoStepStates(task: string, input: JsonObject): Record<string, JsonObject> {
  return engineStepStates(
    {
      name: 'Video',
      engine: 'video',
      task,
      input: { ...input, 'style.$': '$.request.style', 'voice.$': '$.request.voice', 'music.$': '$.request.music' },
      timeoutSeconds: STEP_TIMEOUTS.video,
    },
    { resultPath: '$.steps.video', next: 'Copy' },
  );
}

/**
 * Where a video package records its steps: the script, its assets (one Parallel state's steps, by key, in their
 * order), the video, the copy, then any steps of its own.
 */
export function videoPackageSteps(
  assets: Readonly<Record<string, EngineStepOptions>>,
  more: StepLayout = {},
): StepLayout {
  const assetSteps = Object.fromEntries(Object.entries(assets).map(([key, step]) => [key, step.name]));
  return { script: 'Script', assets: assetSteps, video: 'Video', copy: COPY_STEPS, ...more };
}
