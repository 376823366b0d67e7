import { describe, expect, test } from 'vitest';
import { completePackage, PACKAGE_TIMEOUT_MS, videoPackageKinds } from './support/complete-package.ts';
import { useWorkflowSystem } from './support/workflow-system-suite.ts';

const local = useWorkflowSystem('cf-package-');

describe('short-video-package, run locally from the synthesized ASL', () => {
  test(
    'a topic becomes one job with a script, narration, thumbnail, music, an MP4 and copy',
    async () => {
      const { system } = local;
      const { job, announced, contents } = await completePackage(system, 'tenant-pkg', 'short-video-package', {
        topic: 'three habits that make sourdough easy',
        lengthSec: 15,
        platform: 'tiktok',
      });
      expect(contents.map(({ content }) => content.kind).sort()).toEqual(videoPackageKinds('video/short'));
      const mp4 = contents.find(({ content }) => content.mimeType === 'video/mp4');
      expect(mp4?.content.bytes).toBeGreaterThan(10_000);
      const steps = system.orchestrator.engine.store.steps(`local:short-video-package:${job.id}`);
      expect(steps.every((step) => step.status === 'succeeded')).toBe(true);
      expect(announced.steps.find((step) => step.stepName === 'Schedule')?.status).toBe('skipped');
      expect(steps.map((step) => step.stateName).sort()).toEqual(
        ['Description', 'Hashtags', 'Music', 'Narration', 'Script', 'Thumbnail', 'Title', 'Video'].sort(),
      );
    },
    PACKAGE_TIMEOUT_MS,
  );

  test(
    'a step that fails completes the package as partial, naming the step, with every other asset',
    async () => {
      const { system } = local;
      const tenantId = 'tenant-partial';
      const job = await system.submit(tenantId, 'short-video-package', {
        // A given script skips the Script step; the picture it names was never uploaded, so the video fails.
        script: {
          hook: 'Bread is easier than you think',
          beats: [{ text: 'Feed the starter every morning.', mediaBlobKey: `${tenantId}/uploads/missing.png` }],
          cta: 'Follow for the recipe',
        },
        lengthSec: 15,
      });
      const done = await system.finished(tenantId, job.id, PACKAGE_TIMEOUT_MS);
      expect(done.status).toBe('succeeded');
      const announced = system.packages.find((candidate) => candidate.jobId === job.id);
      expect(announced?.status).toBe('partial');
      const byName = new Map(announced?.steps.map((step) => [step.stepName, step]));
      expect(byName.get('Video')).toMatchObject({ status: 'failed', error: 'Engine.Failed' });
      expect(byName.get('Script')?.status).toBe('skipped');
      for (const name of ['Narration', 'Thumbnail', 'Music', 'Title', 'Description', 'Hashtags']) {
        expect(byName.get(name)?.status, name).toBe('succeeded');
      }
      expect(done.contentIds.length).toBe(announced?.steps.reduce((count, step) => count + step.contentIds.length, 0));
    },
    PACKAGE_TIMEOUT_MS,
  );
});
