import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { S3Client } from '@aws-sdk/client-s3';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SQSClient } from '@aws-sdk/client-sqs';
import { MongoClient } from 'mongodb';
import { EventBridgeEventBus } from '../aws/eventbridge/eventbridge-event-bus.ts';
import { S3BlobStore } from '../aws/s3/s3-blob-store.ts';
import { SqsCommandQueue } from '../aws/sqs/sqs-command-queue.ts';
import { mongoCollections } from '../mongodb/documents.ts';
import { jobsChangeStreamSource } from '../mongodb/job-change-stream-source.ts';
import { MongoJobChangeFeed } from '../mongodb/mongo-job-change-feed.ts';
import { createMongoRepositories } from '../mongodb/mongo-repositories.ts';
import type { RuntimeConfig } from './runtime-config.ts';

/** readRuntimeConfig guarantees a chosen AWS adapter's settings; this keeps that promise visible to the types. */
function setting(config: RuntimeConfig, name: keyof RuntimeConfig['aws']): string {
  const value = config.aws[name];
  if (value === undefined) throw new Error(`${name} is not configured`);
  return value;
}

export function eventBridgeBus(config: RuntimeConfig) {
  return new EventBridgeEventBus({ client: new EventBridgeClient({}), eventBusName: setting(config, 'eventBusName') });
}

export function sqsCommandQueue(config: RuntimeConfig) {
  return new SqsCommandQueue({ client: new SQSClient({}), queueUrl: setting(config, 'commandQueueUrl') });
}

/** The MongoDB URI: given directly, or read once from Secrets Manager (where infra keeps it). */
async function mongodbUri(config: RuntimeConfig): Promise<string> {
  if (config.aws.mongodbUri) return config.aws.mongodbUri;
  const secrets = new SecretsManagerClient({});
  const secret = await secrets.send(new GetSecretValueCommand({ SecretId: setting(config, 'mongodbSecretArn') }));
  secrets.destroy();
  if (!secret.SecretString?.startsWith('mongodb')) {
    throw new Error('the MongoDB secret must hold a mongodb:// or mongodb+srv:// URI as its string value');
  }
  return secret.SecretString;
}

/** The repositories and the job change feed over one connection; the feed opens its change stream only when used. */
export async function mongoAdapters(config: RuntimeConfig, onFeedError: (error: unknown) => void) {
  const client = await MongoClient.connect(await mongodbUri(config));
  const db = client.db(config.mongodbDatabase);
  const jobChanges = new MongoJobChangeFeed({
    source: jobsChangeStreamSource(mongoCollections(db).jobs),
    onError: onFeedError,
  });
  return {
    repositories: createMongoRepositories(db),
    jobChanges,
    close: async () => {
      await jobChanges.close();
      await client.close();
    },
  };
}

export function s3BlobStore(config: RuntimeConfig) {
  return new S3BlobStore({ client: new S3Client({}), bucket: setting(config, 'mediaBucket') });
}

export function dynamoIdempotency(config: RuntimeConfig) {
  return new DynamoDBPersistenceLayer({
    tableName: setting(config, 'idempotencyTable'),
    awsSdkV3Client: new DynamoDBClient({}),
  });
}
