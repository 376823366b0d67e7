import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type PackageCompletedV1Data, packageCompletedV1 } from '@contentflow/events';
import { closePlatformAdapters, type Job } from '@contentflow/platform';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startWorkflowSystem, type WorkflowSystem } from './support/workflow-system.ts';

/** Engines really render here (TTS, PNG, ffmpeg on two shared cores): minutes, not seconds. */
const PACKAGE_TIMEOUT_MS = 600_000;

let dataDir: string;
let system: WorkflowSystem;
const packages: PackageCompletedV1Data[] = [];
const previousDataDir = process.env['CONTENTFLOW_DATA_DIR'];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cf-package-'));
  process.env['CONTENTFLOW_DATA_DIR'] = dataDir;
  system = await startWorkflowSystem();
  system.adapters.local!.bus.registerRule({
    name: 'test-packages',
    eventPattern: packageCompletedV1.pattern(),
    targets: [
      {
        id: 'collect',
        handler: async (event) => {
          packages.push(packageCompletedV1.parse((event as { detail: unknown }).detail).data);
        },
      },
    ],
  });
}, 120_000);

afterAll(async () => {
  await system?.stop();
  await closePlatformAdapters();
  if (previousDataDir === undefined) delete process.env['CONTENTFLOW_DATA_DIR'];
  else process.env['CONTENTFLOW_DATA_DIR'] = previousDataDir;
  rmSync(dataDir, { recursive: true, force: true });
});

async function finished(tenantId: string, id: string, timeoutMs: number): Promise<Job> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await system.adapters.repositories.jobs.get(tenantId, id);
    if (job && ['succeeded', 'failed', 'cancelled'].includes(job.status)) return job;
    if (Date.now() > deadline) throw new Error(`job ${id} did not finish: ${JSON.stringify(job)}`);
    await sleep(200);
  }
}

describe('short-video-package, run locally from the synthesized ASL', () => {
  test(
    'a topic becomes one job with a script, narration, thumbnail, music, an MP4 and copy',
    async () => {
      const job = await system.submit('tenant-pkg', 'short-video-package', {
        topic: 'three habits that make sourdough easy',
        lengthSec: 15,
        platform: 'tiktok',
      });
      const done = await finished('tenant-pkg', job.id, PACKAGE_TIMEOUT_MS);
      const steps = system.orchestrator.engine.store.steps(`local:short-video-package:${job.id}`);
      expect(done.status, JSON.stringify({ error: done.error, steps })).toBe('succeeded');
      const contents = await Promise.all(
        done.contentIds.map((id) => system.adapters.repositories.content.get('tenant-pkg', id)),
      );
      const kinds = contents.map((content) => content?.kind).sort();
      // The narration is listed twice: its audio and its caption timings.
      expect(kinds).toEqual([
        'audio/music',
        'audio/narration',
        'audio/narration',
        'image/thumbnail',
        'text/description',
        'text/hashtags',
        'text/script',
        'text/titles',
        'video/short',
      ]);
      const mp4 = contents.find((content) => content?.mimeType === 'video/mp4');
      expect(mp4?.bytes).toBeGreaterThan(10_000);
      expect(steps.every((step) => step.status === 'succeeded')).toBe(true);
      const announced = packages.find((candidate) => candidate.jobId === job.id);
      expect(announced?.status).toBe('complete');
      expect(announced?.steps.find((step) => step.stepName === 'Schedule')?.status).toBe('skipped');
      expect(steps.map((step) => step.stateName).sort()).toEqual(
        ['Description', 'Hashtags', 'Music', 'Narration', 'Script', 'Thumbnail', 'Title', 'Video'].sort(),
      );
    },
    PACKAGE_TIMEOUT_MS,
  );

  test(
    'a step that fails completes the package as partial, naming the step, with every other asset',
    async () => {
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
      const done = await finished(tenantId, job.id, PACKAGE_TIMEOUT_MS);
      expect(done.status).toBe('succeeded');
      const announced = packages.find((candidate) => candidate.jobId === job.id);
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
