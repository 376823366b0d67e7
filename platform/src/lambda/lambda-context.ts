import { randomUUID } from 'node:crypto';
import { totalmem } from 'node:os';
import type { Context } from 'aws-lambda';

export interface LambdaFunctionIdentity {
  functionName: string;
  region: string;
  accountId: string;
  /** What `getRemainingTimeInMillis` counts down from, like a Lambda function's timeout. */
  timeoutMs: number;
}

/** The machine's memory stands in for the function's; read once, as a Lambda's setting is fixed per instance. */
const MEMORY_LIMIT_MB = String(Math.floor(totalmem() / 2 ** 20));

const callbacksUnsupported = (): never => {
  throw new Error('Callback-style completion (done/fail/succeed) is not supported; return a promise instead.');
};

/** A Lambda-like invocation context, so handlers written for Lambda (and Powertools) run unchanged locally. */
export function lambdaContext({ functionName, region, accountId, timeoutMs }: LambdaFunctionIdentity): Context {
  const deadline = Date.now() + timeoutMs;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${region}:${accountId}:function:${functionName}`,
    memoryLimitInMB: MEMORY_LIMIT_MB,
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `local/[$LATEST]${process.pid}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: callbacksUnsupported,
    fail: callbacksUnsupported,
    succeed: callbacksUnsupported,
  };
}
