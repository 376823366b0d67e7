import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { MongoClient } from 'mongodb';
import { EventBridgeEventBus } from '../aws/eventbridge/eventbridge-event-bus.ts';
import { S3BlobStore } from '../aws/s3/s3-blob-store.ts';
import { SqsCommandQueue } from '../aws/sqs/sqs-command-queue.ts';
import { InProcessJobChangeFeed } from '../local/job-change-feed/in-process-job-change-feed.ts';
import { createMongoRepositories } from '../mongodb/mongo-repositories.ts';
import type { PlatformAdapters } from './platform-adapter-set.ts';
import type { RuntimeConfig } from './runtime-config.ts';

/** The AWS shape: EventBridge, SQS, MongoDB (Atlas), S3, and DynamoDB for Powertools idempotency. */
export async function createAwsAdapters(config: Extract<RuntimeConfig, { mode: 'aws' }>): Promise<PlatformAdapters> {
  const mongo = await MongoClient.connect(config.mongodbUri);
  const dynamodb = new DynamoDBClient({});
  return {
    mode: 'aws',
    events: new EventBridgeEventBus({ client: new EventBridgeClient({}), eventBusName: config.eventBusName }),
    commands: new SqsCommandQueue({ client: new SQSClient({}), queueUrl: config.commandQueueUrl }),
    repositories: createMongoRepositories(mongo.db(config.mongodbDatabase)),
    blobs: new S3BlobStore({ client: new S3Client({}), bucket: config.mediaBucket }),
    idempotency: new DynamoDBPersistenceLayer({ tableName: config.idempotencyTable, awsSdkV3Client: dynamodb }),
    // Live job changes reach only the API task that made them; a MongoDB change stream feed is the planned adapter.
    jobChanges: new InProcessJobChangeFeed(),
    close: async () => {
      await mongo.close();
      dynamodb.destroy();
    },
  };
}
