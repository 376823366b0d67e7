import { engineManifest } from '@contentflow/platform';

export const imageManifest = engineManifest({
  engine: 'image',
  description: 'Image Generation: thumbnails, posters and social graphics (PNG/WebP) from layouts and brand kits.',
  handlerModule: new URL('./handlers/job-requested.handler.ts', import.meta.url),
  // A 10-slide carousel with a generated background is the slowest job: well under a minute.
  timeoutSeconds: 120,
  // Satori, resvg and sharp hold a few full-size RGBA layers (8 MB each at 1080×1920) and the fonts.
  memoryMb: 1536,
  // Rendering is CPU-bound (one core per render): two at once on a 2-core machine.
  maxConcurrency: 2,
});
