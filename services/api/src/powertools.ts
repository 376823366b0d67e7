import { createPowertools } from '@contentflow/platform';

/** The api service's Powertools singletons, reached as `#powertools`. */
export const { logger, tracer, tracing } = await createPowertools('api');
