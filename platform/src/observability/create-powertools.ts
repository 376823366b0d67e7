import { Logger } from '@aws-lambda-powertools/logger';
import { Tracer } from '@aws-lambda-powertools/tracer';

/**
 * One logger and tracer per service, created once in the service's `src/powertools.ts` and reached through
 * its `#powertools` import alias (the Powertools examples' layout). The tracer is a no-op outside Lambda.
 * Locally the default level is WARN so a busy local system doesn't drown its own console; set
 * POWERTOOLS_LOG_LEVEL to see more.
 */
export function createPowertools(serviceName: string) {
  const logLevel = process.env['POWERTOOLS_LOG_LEVEL'] ?? (process.env['AWS_LAMBDA_FUNCTION_NAME'] ? 'INFO' : 'WARN');
  return {
    logger: new Logger({ serviceName, logLevel: logLevel as 'INFO' }),
    tracer: new Tracer({ serviceName }),
  };
}
