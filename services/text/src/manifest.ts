import { engineManifest } from '@contentflow/platform';

export const textManifest = engineManifest({
  engine: 'text',
  description: 'Text Intelligence: analysis (readability, sentiment, keywords, SEO) and copy.',
  handlerModule: new URL('./handlers/job-requested.handler.ts', import.meta.url),
  timeoutSeconds: 30,
  memoryMb: 1024,
  // Analysis is CPU-bound: two at once keep a 2-core machine responsive.
  maxConcurrency: 2,
});
