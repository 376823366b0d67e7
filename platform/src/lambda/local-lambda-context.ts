import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';

/**
 * The `Context` a Lambda handler receives, for invoking the very same handler in the local runtime.
 * `getRemainingTimeInMillis` counts down from the function's timeout, as in Lambda, so idempotency
 * in-progress windows and timeouts behave the same.
 */
export function localLambdaContext(functionName: string, timeoutMs = 900_000): Context {
  const deadline = Date.now() + timeoutMs;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}
