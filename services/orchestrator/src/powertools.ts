import { createPowertools } from '@contentflow/platform';

/** The orchestrator's Powertools singletons, reached as `#powertools`. */
export const { logger, tracer, tracing } = await createPowertools('orchestrator');
