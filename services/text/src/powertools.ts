import { createPowertools } from '@contentflow/platform';

/** The text service's Powertools singletons, reached as `#powertools`. */
export const { logger, tracer, tracing } = await createPowertools('text');
