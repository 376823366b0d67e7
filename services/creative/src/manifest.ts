import { engineManifest } from '@contentflow/platform';

export const creativeManifest = engineManifest({
  engine: 'creative',
  description: 'Creative Assistant: content ideas from the tenant’s own history, series plans, brainstorm variants.',
  handlerModule: new URL('./handlers/job-requested.handler.ts', import.meta.url),
  // Offline a job takes well under a second; a model writing 20 ideas, and one corrective retry, about a minute.
  timeoutSeconds: 120,
  // wink's English model and a few hundred past titles.
  memoryMb: 512,
  // Offline work is CPU-bound but short; model calls mostly wait: two at once suit a 2-core machine either way.
  maxConcurrency: 2,
});
