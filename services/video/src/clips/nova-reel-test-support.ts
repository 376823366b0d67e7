export const NOVA_REEL_MODEL = 'amazon.nova-reel-v1:1';

/** Bedrock's GetAsyncInvoke answer about a Nova Reel invocation writing its output under `s3Uri`. */
export function novaReelInvocation(
  invocationArn: string,
  s3Uri: string,
  status: 'InProgress' | 'Completed' | 'Failed',
  failureMessage?: string,
) {
  return {
    invocationArn,
    modelArn: `arn:aws:bedrock:us-east-1::foundation-model/${NOVA_REEL_MODEL}`,
    status,
    submitTime: new Date(),
    outputDataConfig: { s3OutputDataConfig: { s3Uri } },
    ...(failureMessage ? { failureMessage } : {}),
  };
}
