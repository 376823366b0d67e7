import { createPowertools } from '@contentflow/platform';

/** The image service's Powertools singletons, reached as `#powertools`. */
export const { logger, tracer, tracing } = await createPowertools('image');
