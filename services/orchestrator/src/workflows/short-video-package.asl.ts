import { shortVideoPackageWorkflow } from '@contentflow/events';
import type { AslDefinition } from '@contentflow/platform';
import { copySteps } from './copy-steps.ts';
import { engineStepStates, parallelSteps, STEP_TIMEOUTS } from './engine-step.ts';
import { joinedText } from './joined-text.ts';
import { packageStates, prepareSteps, type StepLayout } from './package-states.ts';

export const SHORT_VIDEO_PACKAGE = shortVideoPackageWorkflow.name;

/** Where each step is recorded under `$.steps`, in the order the package lists them. */
const STEPS = {
  script: 'Script',
  assets: { narration: 'Narration', thumbnail: 'Thumbnail', music: 'Music' },
  video: 'Video',
  copy: { title: 'Title', description: 'Description', hashtags: 'Hashtags' },
  schedule: 'Schedule',
} as const satisfies StepLayout;

/**
 * Short video package (portrait): script (text.script, unless the request brings one) → in parallel: narration
 * with caption timings, thumbnail, music bed → video.short from the script → title, description, hashtags →
 * schedule proposal when the social engine is enabled → Package.Completed.
 *
 * Execution input: `{jobId, tenantId, requestedBy, request: ShortVideoRequest, config: {schedule}}`.
 */
export const shortVideoPackage: AslDefinition = {
  Comment: 'Short vertical video with narration, thumbnail, music bed and copy.',
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
      Parameters: { stepName: 'Script', status: 'skipped', contentIds: [], 'script.$': '$.request.script' },
      ResultPath: '$.steps.script',
      Next: 'StartNarrationText',
    },
    ...engineStepStates(
      {
        name: 'Script',
        engine: 'text',
        task: 'script',
        input: { 'topic.$': '$.request.topic', 'lengthSec.$': '$.request.lengthSec' },
        timeoutSeconds: STEP_TIMEOUTS.text,
        select: { 'script.$': '$.contents[0].data.script' },
      },
      { resultPath: '$.steps.script', next: 'StartNarrationText', nextAfterFailure: 'Outcome' },
    ),
    // What the narrator says: hook, beats and call to action.
    ...joinedText({
      name: 'NarrationText',
      first: '$.steps.script.script.hook',
      items: { path: '$.steps.script.script.beats', field: 'text' },
      last: '$.steps.script.script.cta',
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
        thumbnail: {
          name: 'Thumbnail',
          engine: 'image',
          task: 'thumbnail',
          input: { 'title.$': '$.steps.script.script.hook', format: 'png' },
          timeoutSeconds: STEP_TIMEOUTS.media,
        },
        music: {
          name: 'Music',
          engine: 'audio',
          task: 'music',
          input: { 'durationSec.$': '$.request.lengthSec', 'mood.$': '$.request.music' },
          timeoutSeconds: STEP_TIMEOUTS.media,
        },
      },
      { resultPath: '$.steps.assets', next: 'Video' },
    ),
    ...engineStepStates(
      {
        name: 'Video',
        engine: 'video',
        task: 'short',
        input: {
          'script.$': '$.steps.script.script',
          'lengthSec.$': '$.request.lengthSec',
          'style.$': '$.request.style',
          'voice.$': '$.request.voice',
          'music.$': '$.request.music',
        },
        timeoutSeconds: STEP_TIMEOUTS.video,
      },
      { resultPath: '$.steps.video', next: 'Copy' },
    ),
    Copy: copySteps({ text: '$.narration.text', platform: '$.request.platform' }, 'ScheduleWanted'),
    ScheduleWanted: {
      Type: 'Choice',
      Comment: 'The social engine is optional: the starter enables this step only when it is deployed.',
      Choices: [{ Variable: '$.config.schedule', BooleanEquals: true, Next: 'Schedule' }],
      Default: 'Outcome',
    },
    ...engineStepStates(
      {
        name: 'Schedule',
        engine: 'social',
        task: 'schedule',
        input: { 'platforms.$': 'States.Array($.request.platform)', 'text.$': '$.narration.text' },
        timeoutSeconds: STEP_TIMEOUTS.text,
      },
      { resultPath: '$.steps.schedule', next: 'Outcome' },
    ),
    ...packageStates(SHORT_VIDEO_PACKAGE, STEPS),
  },
};
