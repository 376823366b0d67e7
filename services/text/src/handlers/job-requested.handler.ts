import { createEngineJobHandler, platformAdapters } from '@contentflow/platform';
import { logger, tracing } from '#powertools';
import { textEngine } from '../text-engine.ts';

/** EventBridge (Job.Requested for engine=text) → the text engine. */
export const handler = createEngineJobHandler({
  engine: textEngine,
  logger,
  tracing,
  ports: async () => {
    const adapters = await platformAdapters();
    return {
      events: adapters.events,
      content: adapters.repositories.content,
      blobs: adapters.blobs,
      idempotency: adapters.idempotency,
    };
  },
});
