/** The AWS adapters, apart from the index so local code never loads the AWS SDKs or the MongoDB driver. */
export {
  EventBridgeEventBus,
  type EventBridgeEventBusOptions,
} from './aws/eventbridge/eventbridge-event-bus.ts';
export { S3BlobStore, type S3BlobStoreOptions } from './aws/s3/s3-blob-store.ts';
export { SqsCommandQueue, type SqsCommandQueueOptions } from './aws/sqs/sqs-command-queue.ts';
export { ensureIndexes, MONGO_INDEXES } from './mongodb/indexes.ts';
export {
  type JobChangeStream,
  type JobChangeStreamSource,
  type JobDocumentChange,
  jobsChangeStreamSource,
} from './mongodb/job-change-stream-source.ts';
export {
  JobChangeFeedError,
  MongoJobChangeFeed,
  type MongoJobChangeFeedOptions,
} from './mongodb/mongo-job-change-feed.ts';
export { createMongoRepositories } from './mongodb/mongo-repositories.ts';
