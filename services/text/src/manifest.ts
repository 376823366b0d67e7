import { engineManifest } from '@contentflow/platform';

export const textManifest = engineManifest({
  engine: 'text',
  description: 'Text Intelligence: analysis (readability, sentiment, keywords, SEO) and copy.',
  handlerModule: new URL('./handlers/job-requested.handler.ts', import.meta.url),
  // A model call may take CONTENTFLOW_TEXT_TIMEOUT_MS (2 minutes by default), and a corrective retry a second one.
  timeoutSeconds: 300,
  memoryMb: 1024,
  // Analysis and offline copy are CPU-bound: two at once keep a 2-core machine responsive.
  maxConcurrency: 2,
});
