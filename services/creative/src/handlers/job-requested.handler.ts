import { createEngineJobHandler } from '@contentflow/platform';
import { logger, tracing } from '#powertools';
import { creativeEngine } from '../creative-engine.ts';

/** EventBridge (Job.Requested for engine=creative) → the creative engine. */
export const handler = createEngineJobHandler({ engine: creativeEngine, logger, tracing });
