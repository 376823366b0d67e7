/**
 * Renders the sample images under docs/samples/ with the image engine itself (offline: procedural backgrounds,
 * bundled fonts), so the README shows what a creator actually gets.
 *
 *   node services/image/scripts/generate-samples.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalBlobStore, type TaskImplementation } from '@contentflow/platform';
import { LayoutRenderer } from '@contentflow/platform/render';
import { createImageEngine } from '../src/image-engine.ts';

const SAMPLES = new URL('../../../docs/samples/', import.meta.url);

const jobs: Array<{ task: string; name: string; input: Record<string, unknown> }> = [
  {
    task: 'thumbnail',
    name: 'thumbnail-bold-title',
    input: { title: 'I tried 7 editing apps so you don’t have to 🔥', subtitle: 'Honest review, 2026', format: 'webp' },
  },
  {
    task: 'thumbnail',
    name: 'thumbnail-split-image',
    input: {
      title: 'The 5-minute morning routine that changed my channel',
      subtitle: 'Episode 12',
      template: 'split-image',
      format: 'webp',
      brand: { primaryColor: '#0b3d2e', accentColor: '#34d399' },
    },
  },
  {
    task: 'poster',
    name: 'poster-story',
    input: {
      title: 'Launch week starts Monday',
      subtitle: 'Follow for daily drops',
      size: '1080x1920',
      format: 'webp',
    },
  },
  {
    task: 'graphic',
    name: 'graphic-quote-card',
    input: { title: 'Creativity is intelligence having fun.', subtitle: 'Albert Einstein', format: 'webp' },
  },
  {
    task: 'graphic',
    name: 'graphic-carousel',
    input: {
      template: 'minimal-gradient',
      format: 'webp',
      brand: { primaryColor: '#fef3c7', accentColor: '#db2777', fontFamily: 'montserrat' },
      slides: [
        { title: 'Post less, but better', subtitle: 'Rule 1' },
        { title: 'Batch your filming days 🎬', subtitle: 'Rule 2' },
      ],
    },
  },
];

const dataDir = mkdtempSync(join(tmpdir(), 'cf-samples-'));
try {
  const blobs = new LocalBlobStore({ dataDir, baseUrl: 'http://localhost:3000' });
  const engine = createImageEngine(async () => ({ blobs, renderer: new LayoutRenderer() }));
  for (const job of jobs) {
    const task = engine.tasks.find((candidate) => candidate.contract.task === job.task) as TaskImplementation;
    const result = await task.run(task.contract.input.parse(job.input), {
      tenantId: 'samples',
      jobId: job.name,
      signal: new AbortController().signal,
      progress: async () => {},
    });
    for (const [index, artifact] of (result.artifacts ?? []).entries()) {
      const suffix = (result.artifacts?.length ?? 0) > 1 ? `-${index + 1}` : '';
      const file = new URL(`${job.name}${suffix}.${artifact.fileName.split('.').pop()}`, SAMPLES);
      writeFileSync(file, artifact.body as Uint8Array);
      console.log(`${file.pathname} (${(artifact.body as Uint8Array).length.toLocaleString('en-US')} bytes)`);
    }
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
