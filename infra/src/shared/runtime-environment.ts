export interface AwsRuntimeResources {
  busName: string;
  commandQueueUrl: string;
  mediaBucketName: string;
  idempotencyTableName: string;
}

/**
 * What `readRuntimeConfig` (platform) needs to pick the AWS adapters. The MongoDB URI is not here: Fargate gets it
 * as an ECS secret, a Lambda the ARN of the secret to read it from.
 */
export function awsRuntimeEnvironment(resources: AwsRuntimeResources): Record<string, string> {
  return {
    CONTENTFLOW_RUNTIME: 'aws',
    CONTENTFLOW_EVENT_BUS_NAME: resources.busName,
    CONTENTFLOW_COMMAND_QUEUE_URL: resources.commandQueueUrl,
    CONTENTFLOW_MEDIA_BUCKET: resources.mediaBucketName,
    CONTENTFLOW_IDEMPOTENCY_TABLE: resources.idempotencyTableName,
  };
}
