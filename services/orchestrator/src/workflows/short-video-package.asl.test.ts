import { shortVideoPackageWorkflow } from '@contentflow/events';
import { describe, expect, test } from 'vitest';
import { shortVideoPackage } from './short-video-package.asl.ts';
import { callOf, runWithScriptedEngines, scriptContent, scriptedEngines } from './test-support/scripted-engines.ts';

const SCRIPT = {
  hook: 'Bread is easier than you think.',
  beats: [{ text: 'Feed the starter every morning.' }, { text: 'Bake on the weekend.' }],
  cta: 'Follow for the recipe.',
};

describe('short-video-package data flow', () => {
  test('the narration and copy read hook, beats and call to action; the video gets the script', async () => {
    const result = await runWithScriptedEngines(
      shortVideoPackageWorkflow,
      shortVideoPackage,
      { topic: 'sourdough made easy', lengthSec: 30, platform: 'instagram' },
      scriptedEngines({ script: scriptContent(SCRIPT) }),
    );

    const spoken = `${SCRIPT.hook} ${SCRIPT.beats[0]!.text} ${SCRIPT.beats[1]!.text} ${SCRIPT.cta}`;
    expect(callOf(result, 'Narration')?.input).toEqual({ text: spoken, voice: 'en-us-female-1' });
    expect(callOf(result, 'Thumbnail')?.input).toEqual({ title: SCRIPT.hook, format: 'png' });
    expect(callOf(result, 'Video')?.input).toEqual({
      script: SCRIPT,
      lengthSec: 30,
      style: 'bold',
      voice: 'en-us-female-1',
      music: 'upbeat',
    });
    expect(callOf(result, 'Hashtags')?.input).toEqual({ text: spoken, platform: 'instagram' });
    expect(result.package.status).toBe('complete');
    expect(result.package.steps.map((step) => [step.stepName, step.status])).toEqual(
      shortVideoPackageWorkflow.steps.map((name) => [name, name === 'Schedule' ? 'skipped' : 'succeeded']),
    );
  });
});
