import { createEngineJobHandler } from '@contentflow/platform';
import { logger, tracing } from '#powertools';
import { videoEngine } from '../video-engine.ts';

/** EventBridge (Job.Requested for engine=video) → the video engine. */
export const handler = createEngineJobHandler({ engine: videoEngine, logger, tracing });
