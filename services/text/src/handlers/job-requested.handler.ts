import { createEngineJobHandler } from '@contentflow/platform';
import { logger, tracing } from '#powertools';
import { textEngine } from '../text-engine.ts';

/** EventBridge (Job.Requested for engine=text) → the text engine. */
export const handler = createEngineJobHandler({ engine: textEngine, logger, tracing });
