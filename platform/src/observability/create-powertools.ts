import { Logger } from '@aws-lambda-powertools/logger';
import type { Tracer } from '@aws-lambda-powertools/tracer';
import type { MiddlewareObj } from '@middy/core';

export interface Powertools {
  logger: Logger;
  /** The X-Ray tracer, in Lambda only (absent elsewhere: there is no X-Ray daemon to send segments to). */
  tracer: Tracer | undefined;
  /** `captureLambdaHandler(tracer)` in Lambda; a middleware that does nothing elsewhere. */
  tracing: MiddlewareObj;
}

/**
 * One logger and tracer per service, created once in the service's `src/powertools.ts` and reached through its
 * `#powertools` import alias (the Powertools examples' layout). The tracer is loaded only inside Lambda: importing
 * it installs an async hook on every promise (for X-Ray's context), which costs the local system a third of its
 * API throughput for traces nobody collects. Locally the log level defaults to WARN; set POWERTOOLS_LOG_LEVEL.
 */
/** middy refuses an empty middleware object, so "no tracing" is one hook that does nothing. */
const NO_TRACING: MiddlewareObj = { before: () => {} };

export async function createPowertools(serviceName: string): Promise<Powertools> {
  const inLambda = Boolean(process.env['AWS_LAMBDA_FUNCTION_NAME']);
  const logLevel = process.env['POWERTOOLS_LOG_LEVEL'] ?? (inLambda ? 'INFO' : 'WARN');
  const logger = new Logger({ serviceName, logLevel: logLevel as 'INFO' });
  if (!inLambda) return { logger, tracer: undefined, tracing: NO_TRACING };
  const [{ Tracer }, { captureLambdaHandler }] = await Promise.all([
    import('@aws-lambda-powertools/tracer'),
    import('@aws-lambda-powertools/tracer/middleware'),
  ]);
  const tracer = new Tracer({ serviceName });
  return { logger, tracer, tracing: captureLambdaHandler(tracer) };
}
