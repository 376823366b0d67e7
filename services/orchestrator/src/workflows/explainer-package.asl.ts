import { explainerPackageWorkflow } from '@contentflow/events';
import type { AslDefinition } from '@contentflow/platform';
import { copySteps } from './copy-steps.ts';
import { parallelSteps } from './engine-step.ts';
import { joinedText } from './joined-text.ts';
import { packageDefinition } from './package-states.ts';
import { presentChoice } from './present-choice.ts';
import {
  MUSIC_STEP,
  NARRATION_STEP,
  scriptStates,
  thumbnailStep,
  videoPackageSteps,
  videoStepStates,
} from './video-steps.ts';

export const EXPLAINER_PACKAGE = explainerPackageWorkflow.name;

/** Narration, music bed and thumbnail, made in parallel once the title and scenes are known. */
const ASSETS = { narration: NARRATION_STEP, music: MUSIC_STEP, thumbnail: thumbnailStep('$.explainer.title') };

/** Where each step is recorded under `$.steps`, in the order the package lists them. */
const STEPS = videoPackageSteps(ASSETS);

/**
 * A written script becomes the explainer's scenes: one per beat, titled by the beat's headline (or "Part n" when
 * the writer gave none) and narrated with its text. The topic is the title card, which opens the video as the
 * hook opens a short; a short's call to action has no slide in an explainer and is left out.
 */
const SCENES_FROM_SCRIPT = {
  Type: 'Map',
  ItemsPath: '$.steps.script.script.beats',
  ItemSelector: { 'beat.$': '$$.Map.Item.Value', 'index.$': '$$.Map.Item.Index' },
  ItemProcessor: {
    ProcessorConfig: { Mode: 'INLINE' },
    StartAt: 'HasHeadline',
    States: {
      HasHeadline: presentChoice('$.beat.headline', 'SceneFromHeadline', 'NumberedScene'),
      SceneFromHeadline: {
        Type: 'Pass',
        Parameters: { 'title.$': '$.beat.headline', 'narration.$': '$.beat.text' },
        End: true,
      },
      NumberedScene: {
        Type: 'Pass',
        Parameters: { 'title.$': "States.Format('Part {}', States.MathAdd($.index, 1))", 'narration.$': '$.beat.text' },
        End: true,
      },
    },
  },
  ResultPath: '$.scenes',
  Next: 'ExplainerFromScript',
};

/**
 * Explainer package (landscape): script (text.script, unless the request brings one) mapped to title and scenes →
 * in parallel: narration, music bed, 1280×720 thumbnail → video.explainer (1920×1080) → title, description,
 * hashtags → Package.Completed.
 *
 * Execution input: `{jobId, tenantId, requestedBy, request: ExplainerRequest, config}`. Working values:
 * `$.explainer` (video.explainer's `{title, scenes}`) and `$.narration.text` (everything the narrator says).
 */
export const explainerPackage: AslDefinition = packageDefinition({
  workflow: EXPLAINER_PACKAGE,
  comment: 'Landscape explainer with narration, music bed, thumbnail and copy.',
  timeoutSeconds: 4 * 3600,
  layout: STEPS,
  first: 'HasScript',
  states: {
    ...scriptStates({
      input: { 'topic.$': '$.request.topic', 'lengthSec.$': '$.request.lengthSec', 'tone.$': '$.request.tone' },
      useGiven: {
        Type: 'Pass',
        Parameters: { 'title.$': '$.request.script.title', 'scenes.$': '$.request.script.scenes' },
        ResultPath: '$.explainer',
        Next: 'StartNarrationText',
      },
      next: 'ScenesFromScript',
    }),
    ScenesFromScript: SCENES_FROM_SCRIPT,
    ExplainerFromScript: {
      Type: 'Pass',
      Parameters: { 'title.$': '$.request.topic', 'scenes.$': '$.scenes' },
      ResultPath: '$.explainer',
      Next: 'StartNarrationText',
    },
    // What the video's narrator says: the title card, then each scene.
    ...joinedText({
      name: 'NarrationText',
      first: '$.explainer.title',
      items: { path: '$.explainer.scenes', field: 'narration' },
      resultPath: '$.narration',
      next: 'Assets',
    }),
    Assets: parallelSteps(ASSETS, { resultPath: '$.steps.assets', next: 'Video' }),
    ...videoStepStates('explainer', { 'title.$': '$.explainer.title', 'scenes.$': '$.explainer.scenes' }),
    Copy: copySteps(
      { text: '$.narration.text', platform: '$.request.platform', title: '$.explainer.title', titleStyle: 'youtube' },
      'Outcome',
    ),
  },
});
