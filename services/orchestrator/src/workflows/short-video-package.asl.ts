import { shortVideoPackageWorkflow } from '@contentflow/events';
import type { AslDefinition } from '@contentflow/platform';
import { branch, engineStep, failedStep, packageStates, skippedStep } from './engine-step.ts';

export const SHORT_VIDEO_PACKAGE = shortVideoPackageWorkflow.name;

const TEXT_TIMEOUT = 180;
const MEDIA_TIMEOUT = 600;
const VIDEO_TIMEOUT = 1800;

/** Copy is written from the narration, which exists whether the creator gave a topic or a script. */
const copyFrom = { 'text.$': '$.narration.text' };

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
    Prepare: {
      Type: 'Pass',
      Comment: 'Every step starts as skipped, so the package can list each one whatever path ran.',
      Result: {
        script: skippedStep('Script'),
        assets: {
          narration: skippedStep('Narration'),
          thumbnail: skippedStep('Thumbnail'),
          music: skippedStep('Music'),
        },
        video: skippedStep('Video'),
        copy: {
          title: skippedStep('Title'),
          description: skippedStep('Description'),
          hashtags: skippedStep('Hashtags'),
        },
        schedule: skippedStep('Schedule'),
      },
      ResultPath: '$.steps',
      Next: 'HasScript',
    },
    HasScript: {
      Type: 'Choice',
      Choices: [{ Variable: '$.request.script', IsPresent: true, Next: 'UseGivenScript' }],
      Default: 'Script',
    },
    UseGivenScript: {
      Type: 'Pass',
      Parameters: {
        stepName: 'Script',
        status: 'skipped',
        contentIds: [],
        'script.$': '$.request.script',
        'beatTexts.$': '$.request.script.beats[*].text',
      },
      ResultPath: '$.steps.script',
      Next: 'StartNarrationText',
    },
    Script: {
      ...engineStep({
        name: 'Script',
        engine: 'text',
        task: 'script',
        input: { 'topic.$': '$.request.topic', 'lengthSec.$': '$.request.lengthSec' },
        timeoutSeconds: TEXT_TIMEOUT,
        select: {
          'script.$': '$.contents[0].data.script',
          'beatTexts.$': '$.contents[0].data.script.beats[*].text',
        },
      }),
      ResultPath: '$.steps.script',
      Next: 'StartNarrationText',
    },
    ScriptFailed: failedStep('Script', { resultPath: '$.steps.script', next: 'Outcome' }),
    // ASL has no string join: the narration is hook, beats and call to action, joined one beat at a time.
    StartNarrationText: {
      Type: 'Pass',
      Parameters: {
        'text.$': '$.steps.script.script.hook',
        index: 0,
        'count.$': 'States.ArrayLength($.steps.script.beatTexts)',
      },
      ResultPath: '$.narration',
      Next: 'NarrationBeatLeft',
    },
    NarrationBeatLeft: {
      Type: 'Choice',
      Choices: [
        { Variable: '$.narration.index', NumericLessThanPath: '$.narration.count', Next: 'AppendNarrationBeat' },
      ],
      Default: 'AppendNarrationCta',
    },
    AppendNarrationBeat: {
      Type: 'Pass',
      Parameters: {
        'text.$':
          "States.Format('{} {}', $.narration.text, States.ArrayGetItem($.steps.script.beatTexts, $.narration.index))",
        'index.$': 'States.MathAdd($.narration.index, 1)',
        'count.$': '$.narration.count',
      },
      ResultPath: '$.narration',
      Next: 'NarrationBeatLeft',
    },
    AppendNarrationCta: {
      Type: 'Pass',
      Parameters: { 'text.$': "States.Format('{} {}', $.narration.text, $.steps.script.script.cta)" },
      ResultPath: '$.narration',
      Next: 'Assets',
    },
    Assets: {
      Type: 'Parallel',
      Branches: [
        branch({
          name: 'Narration',
          engine: 'audio',
          task: 'narration',
          input: { 'text.$': '$.narration.text', 'voice.$': '$.request.voice' },
          timeoutSeconds: MEDIA_TIMEOUT,
        }),
        branch({
          name: 'Thumbnail',
          engine: 'image',
          task: 'thumbnail',
          input: { 'title.$': '$.steps.script.script.hook', format: 'png' },
          timeoutSeconds: MEDIA_TIMEOUT,
        }),
        branch({
          name: 'Music',
          engine: 'audio',
          task: 'music',
          input: { 'durationSec.$': '$.request.lengthSec', 'mood.$': '$.request.music' },
          timeoutSeconds: MEDIA_TIMEOUT,
        }),
      ],
      ResultSelector: { 'narration.$': '$[0]', 'thumbnail.$': '$[1]', 'music.$': '$[2]' },
      ResultPath: '$.steps.assets',
      Next: 'Video',
    },
    Video: {
      ...engineStep({
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
        timeoutSeconds: VIDEO_TIMEOUT,
      }),
      ResultPath: '$.steps.video',
      Next: 'Copy',
    },
    VideoFailed: failedStep('Video', { resultPath: '$.steps.video', next: 'Copy' }),
    Copy: {
      Type: 'Parallel',
      Branches: [
        branch({ name: 'Title', engine: 'text', task: 'titles', input: copyFrom, timeoutSeconds: TEXT_TIMEOUT }),
        branch({
          name: 'Description',
          engine: 'text',
          task: 'description',
          input: copyFrom,
          timeoutSeconds: TEXT_TIMEOUT,
        }),
        branch({
          name: 'Hashtags',
          engine: 'text',
          task: 'hashtags',
          input: { ...copyFrom, 'platform.$': '$.request.platform' },
          timeoutSeconds: TEXT_TIMEOUT,
        }),
      ],
      ResultSelector: { 'title.$': '$[0]', 'description.$': '$[1]', 'hashtags.$': '$[2]' },
      ResultPath: '$.steps.copy',
      Next: 'ScheduleWanted',
    },
    ScheduleWanted: {
      Type: 'Choice',
      Comment: 'The social engine is optional: the starter enables this step only when it is deployed.',
      Choices: [{ Variable: '$.config.schedule', BooleanEquals: true, Next: 'Schedule' }],
      Default: 'Outcome',
    },
    Schedule: {
      ...engineStep({
        name: 'Schedule',
        engine: 'social',
        task: 'schedule',
        input: { 'platforms.$': 'States.Array($.request.platform)', 'text.$': '$.narration.text' },
        timeoutSeconds: TEXT_TIMEOUT,
      }),
      ResultPath: '$.steps.schedule',
      Next: 'Outcome',
    },
    ScheduleFailed: failedStep('Schedule', { resultPath: '$.steps.schedule', next: 'Outcome' }),
    ...packageStates(SHORT_VIDEO_PACKAGE, [
      '$.steps.script',
      '$.steps.assets.narration',
      '$.steps.assets.thumbnail',
      '$.steps.assets.music',
      '$.steps.video',
      '$.steps.copy.title',
      '$.steps.copy.description',
      '$.steps.copy.hashtags',
      '$.steps.schedule',
    ]),
  },
};
