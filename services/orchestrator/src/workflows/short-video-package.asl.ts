import { shortVideoPackageWorkflow } from '@contentflow/events';
import type { AslDefinition } from '@contentflow/platform';
import { copySteps } from './copy-steps.ts';
import { engineStepStates, parallelSteps, STEP_TIMEOUTS } from './engine-step.ts';
import { joinedText } from './joined-text.ts';
import { packageDefinition } from './package-states.ts';
import {
  MUSIC_STEP,
  NARRATION_STEP,
  scriptStates,
  thumbnailStep,
  videoPackageSteps,
  videoStepStates,
} from './video-steps.ts';

export const SHORT_VIDEO_PACKAGE = shortVideoPackageWorkflow.name;

/** Narration (with caption timings), a thumbnail of the hook and a music bed, made in parallel from the script. */
const ASSETS = { narration: NARRATION_STEP, thumbnail: thumbnailStep('$.steps.script.script.hook'), music: MUSIC_STEP };

/** Where each step is recorded under `$.steps`, in the order the package lists them. */
const STEPS = videoPackageSteps(ASSETS, { schedule: 'Schedule' });

/**
 * Short video package (portrait): script (text.script, unless the request brings one) → in parallel: narration
 * with caption timings, thumbnail, music bed → video.short from the script → title, description, hashtags →
 * schedule proposal when the social engine is enabled → Package.Completed.
 *
 * Execution input: `{jobId, tenantId, requestedBy, request: ShortVideoRequest, config: {schedule}}`.
 */
export const shortVideoPackage: AslDefinition = packageDefinition({
  workflow: SHORT_VIDEO_PACKAGE,
  comment: 'Short vertical video with narration, thumbnail, music bed and copy.',
  timeoutSeconds: 4 * 3600,
  layout: STEPS,
  first: 'HasScript',
  states: {
    ...scriptStates({
      input: { 'topic.$': '$.request.topic', 'lengthSec.$': '$.request.lengthSec' },
      useGiven: {
        Type: 'Pass',
        Parameters: { stepName: 'Script', status: 'skipped', contentIds: [], 'script.$': '$.request.script' },
        ResultPath: '$.steps.script',
        Next: 'StartNarrationText',
      },
      next: 'StartNarrationText',
    }),
    // What the narrator says: hook, beats and call to action.
    ...joinedText({
      name: 'NarrationText',
      first: '$.steps.script.script.hook',
      items: { path: '$.steps.script.script.beats', field: 'text' },
      last: '$.steps.script.script.cta',
      resultPath: '$.narration',
      next: 'Assets',
    }),
    Assets: parallelSteps(ASSETS, { resultPath: '$.steps.assets', next: 'Video' }),
    ...videoStepStates('short', { 'script.$': '$.steps.script.script', 'lengthSec.$': '$.request.lengthSec' }),
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
  },
});
