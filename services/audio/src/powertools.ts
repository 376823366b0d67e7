import { createPowertools } from '@contentflow/platform';

/** The audio service's Powertools singletons, reached as `#powertools`. */
export const { logger, tracer, tracing } = await createPowertools('audio');
