import { createPowertools } from '@contentflow/platform';

/** The video service's Powertools singletons, reached as `#powertools`. */
export const { logger, tracer, tracing } = await createPowertools('video');
