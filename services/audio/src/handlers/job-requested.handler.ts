import { createEngineJobHandler, platformAdapters } from '@contentflow/platform';
import { speechSynthesizerFromEnv } from '@contentflow/platform/audio';
import { logger, tracing } from '#powertools';
import { createAudioEngine } from '../audio-engine.ts';

/** EventBridge (Job.Requested for engine=audio) → the audio engine. */
export const handler = createEngineJobHandler({
  engine: createAudioEngine({
    speech: speechSynthesizerFromEnv(),
    // Resolved per read, not at import: importing a handler never opens connections.
    blobs: { get: async (key) => (await platformAdapters()).blobs.get(key) },
  }),
  logger,
  tracing,
});
