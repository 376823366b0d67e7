import { explainerPackageWorkflow } from '@contentflow/events';
import type { JsonObject } from '@contentflow/platform';
import { describe, expect, test } from 'vitest';
import { explainerPackage } from './explainer-package.asl.ts';
import { callOf, runWithScriptedEngines, scriptContent, scriptedEngines } from './test-support/scripted-engines.ts';

const BEATS = ['Photons knock electrons loose in silicon.', 'An inverter turns the current into household power.'];
/** A written script whose second beat has no headline. */
const SCRIPT: JsonObject = {
  hook: 'Sunlight is free power.',
  beats: [{ text: BEATS[0]!, headline: 'Light Frees Electrons' }, { text: BEATS[1]! }],
  cta: 'Follow for more science.',
};

const run = (request: unknown, fail?: string) =>
  runWithScriptedEngines(
    explainerPackageWorkflow,
    explainerPackage,
    request,
    scriptedEngines({ script: scriptContent(SCRIPT) }, fail),
  );

describe('explainer-package data flow', () => {
  test('a topic is scripted, the beats become scenes, and every asset is made from them', async () => {
    const result = await run({ topic: 'How solar panels work', lengthSec: 15, platform: 'youtube' });

    expect(result.calls.map((call) => call.stepName).sort()).toEqual(
      ['Script', 'Narration', 'Music', 'Thumbnail', 'Video', 'Title', 'Description', 'Hashtags'].sort(),
    );
    expect(callOf(result, 'Script')?.input).toEqual({
      topic: 'How solar panels work',
      lengthSec: 15,
      tone: 'friendly',
    });
    expect(callOf(result, 'Video')?.input).toEqual({
      title: 'How solar panels work',
      scenes: [
        { title: 'Light Frees Electrons', narration: BEATS[0] },
        { title: 'Part 2', narration: BEATS[1] },
      ],
      style: 'clean',
      voice: 'en-us-female-1',
      music: 'calm',
    });
    const spoken = `How solar panels work ${BEATS[0]} ${BEATS[1]}`;
    expect(callOf(result, 'Narration')?.input).toEqual({ text: spoken, voice: 'en-us-female-1' });
    expect(callOf(result, 'Music')?.input).toEqual({ durationSec: 15, mood: 'calm' });
    expect(callOf(result, 'Thumbnail')?.input).toEqual({ title: 'How solar panels work', format: 'png' });
    expect(callOf(result, 'Title')?.input).toEqual({ text: spoken, style: 'youtube' });
    expect(callOf(result, 'Description')?.input).toEqual({ text: spoken, title: 'How solar panels work' });
    expect(callOf(result, 'Hashtags')?.input).toEqual({ text: spoken, platform: 'youtube' });

    expect(result.package.status).toBe('complete');
    expect(result.package.steps.map((step) => step.stepName)).toEqual(explainerPackageWorkflow.steps);
    for (const step of result.package.steps) {
      expect(step, step.stepName).toMatchObject({ status: 'succeeded', contentIds: [expect.any(String)] });
    }
  });

  test('a given script goes to the video as it is, and the Script step is skipped', async () => {
    const script = {
      title: 'Solar in two minutes',
      scenes: [
        { title: 'Light', bullets: ['Photons', 'Electrons'], narration: 'Light knocks electrons loose.' },
        { title: 'Power', narration: 'The inverter makes it usable.' },
      ],
    };
    const result = await run({ script, music: 'lofi' });

    expect(callOf(result, 'Script')).toBeUndefined();
    expect(callOf(result, 'Video')?.input).toMatchObject({ title: script.title, scenes: script.scenes, music: 'lofi' });
    expect(callOf(result, 'Narration')?.input['text']).toBe(
      'Solar in two minutes Light knocks electrons loose. The inverter makes it usable.',
    );
    expect(result.package.status).toBe('complete');
    expect(result.package.steps.find((step) => step.stepName === 'Script')?.status).toBe('skipped');
  });

  test('a failed video completes the package as partial, naming it, with the copy still written', async () => {
    const result = await run({ topic: 'How solar panels work' }, 'Video');

    expect(result.package.status).toBe('partial');
    const byName = new Map(result.package.steps.map((step) => [step.stepName, step]));
    expect(byName.get('Video')).toMatchObject({
      status: 'failed',
      error: 'Engine.Failed',
      cause: 'RENDER_FAILED: Video broke',
    });
    for (const name of ['Script', 'Narration', 'Music', 'Thumbnail', 'Title', 'Description', 'Hashtags']) {
      expect(byName.get(name)?.status, name).toBe('succeeded');
    }
  });

  test('a failed script ends the package there: nothing else can be made', async () => {
    const result = await run({ topic: 'How solar panels work' }, 'Script');

    expect(result.calls.map((call) => call.stepName)).toEqual(['Script']);
    expect(result.package.status).toBe('partial');
    expect(result.package.steps.map((step) => [step.stepName, step.status])).toEqual([
      ['Script', 'failed'],
      ...explainerPackageWorkflow.steps.slice(1).map((name) => [name, 'skipped']),
    ]);
  });
});
