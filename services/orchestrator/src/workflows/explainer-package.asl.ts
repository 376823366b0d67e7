import { explainerPackageWorkflow } from '@contentflow/events';
import type { AslDefinition } from '@contentflow/platform';
import { copySteps } from './copy-steps.ts';
import { engineStepStates, parallelSteps, STEP_TIMEOUTS } from './engine-step.ts';
import { joinedText } from './joined-text.ts';
import { packageStates, prepareSteps, type StepLayout } from './package-states.ts';

export const EXPLAINER_PACKAGE = explainerPackageWorkflow.name;

/** Where each step is recorded under `$.steps`, in the order the package lists them. */
const STEPS = {
  script: 'Script',
  assets: { narration: 'Narration', music: 'Music', thumbnail: 'Thumbnail' },
  video: 'Video',
  copy: { title: 'Title', description: 'Description', hashtags: 'Hashtags' },
} as const satisfies StepLayout;

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
      HasHeadline: {
        Type: 'Choice',
        Choices: [{ Variable: '$.beat.headline', IsPresent: true, Next: 'SceneFromHeadline' }],
        Default: 'NumberedScene',
      },
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
export const explainerPackage: AslDefinition = {
  Comment: 'Landscape explainer with narration, music bed, thumbnail and copy.',
  StartAt: 'Prepare',
  TimeoutSeconds: 4 * 3600,
  States: {
    Prepare: prepareSteps(STEPS, 'HasScript'),
    HasScript: {
      Type: 'Choice',
      Choices: [{ Variable: '$.request.script', IsPresent: true, Next: 'UseGivenScript' }],
      Default: 'Script',
    },
    UseGivenScript: {
      Type: 'Pass',
      Parameters: { 'title.$': '$.request.script.title', 'scenes.$': '$.request.script.scenes' },
      ResultPath: '$.explainer',
      Next: 'StartNarrationText',
    },
    ...engineStepStates(
      {
        name: 'Script',
        engine: 'text',
        task: 'script',
        input: { 'topic.$': '$.request.topic', 'lengthSec.$': '$.request.lengthSec', 'tone.$': '$.request.tone' },
        timeoutSeconds: STEP_TIMEOUTS.text,
        select: { 'script.$': '$.contents[0].data.script' },
      },
      { resultPath: '$.steps.script', next: 'ScenesFromScript', nextAfterFailure: 'Outcome' },
    ),
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
    Assets: parallelSteps(
      {
        narration: {
          name: 'Narration',
          engine: 'audio',
          task: 'narration',
          input: { 'text.$': '$.narration.text', 'voice.$': '$.request.voice' },
          timeoutSeconds: STEP_TIMEOUTS.media,
        },
        music: {
          name: 'Music',
          engine: 'audio',
          task: 'music',
          input: { 'durationSec.$': '$.request.lengthSec', 'mood.$': '$.request.music' },
          timeoutSeconds: STEP_TIMEOUTS.media,
        },
        thumbnail: {
          name: 'Thumbnail',
          engine: 'image',
          task: 'thumbnail',
          input: { 'title.$': '$.explainer.title', format: 'png' },
          timeoutSeconds: STEP_TIMEOUTS.media,
        },
      },
      { resultPath: '$.steps.assets', next: 'Video' },
    ),
    ...engineStepStates(
      {
        name: 'Video',
        engine: 'video',
        task: 'explainer',
        input: {
          'title.$': '$.explainer.title',
          'scenes.$': '$.explainer.scenes',
          'style.$': '$.request.style',
          'voice.$': '$.request.voice',
          'music.$': '$.request.music',
        },
        timeoutSeconds: STEP_TIMEOUTS.video,
      },
      { resultPath: '$.steps.video', next: 'Copy' },
    ),
    Copy: copySteps(
      { text: '$.narration.text', platform: '$.request.platform', title: '$.explainer.title', titleStyle: 'youtube' },
      'Outcome',
    ),
    ...packageStates(EXPLAINER_PACKAGE, STEPS),
  },
};
