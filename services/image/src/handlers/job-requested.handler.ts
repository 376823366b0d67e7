import { createEngineJobHandler } from '@contentflow/platform';
import { logger, tracing } from '#powertools';
import { imageEngine } from '../image-engine.ts';

/** EventBridge (Job.Requested for engine=image) → the image engine. */
export const handler = createEngineJobHandler({ engine: imageEngine, logger, tracing });
