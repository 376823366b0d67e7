import { createPowertools } from '@contentflow/platform';

/** The creative service's Powertools singletons, reached as `#powertools`. */
export const { logger, tracer, tracing } = await createPowertools('creative');
