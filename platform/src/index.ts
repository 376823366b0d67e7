export { S3BlobStore, type S3BlobStoreOptions } from './aws/s3/s3-blob-store.ts';
export { SqsCommandQueue, type SqsCommandQueueOptions } from './aws/sqs/sqs-command-queue.ts';
export { databaseFile, dataDir } from './config/data-dir.ts';
export {
  assertBlobKey,
  blobKey,
  blobKeyTenant,
  InvalidBlobKeyError,
  isBlobKeyOfTenant,
  MAX_BLOB_KEY_BYTES,
} from './domain/blob-key.ts';
export { type Content, type ContentProvider, type NewContent, newContentSchema } from './domain/content.ts';
export {
  type EngagementMetrics,
  type EngagementSnapshot,
  type NewEngagementSnapshot,
  newEngagementSnapshotSchema,
} from './domain/engagement.ts';
export { idSchema, newId } from './domain/ids.ts';
export {
  JOB_STATUSES,
  JOB_TRANSITION_SOURCES,
  type Job,
  type JobError,
  type JobProgress,
  type JobStatus,
  type JobTransition,
  jobErrorSchema,
  jobProgressSchema,
  jobStatusSchema,
  type NewJob,
  newJobSchema,
} from './domain/job.ts';
export { type JsonObject, type JsonValue, jsonObjectSchema } from './domain/json.ts';
export {
  DEFAULT_PAGE_LIMIT,
  InvalidCursorError,
  InvalidPageLimitError,
  MAX_PAGE_LIMIT,
  type Page,
  type PageRequest,
} from './domain/page.ts';
export { type NewUser, newUserSchema, normalizeEmail, type User } from './domain/user.ts';
export {
  type CompiledEventPattern,
  compileEventPattern,
  InvalidEventPatternError,
  type PatternErrorLocation,
  type PatternPath,
} from './event-pattern/index.ts';
export { LocalBlobStore, type LocalBlobStoreOptions } from './local/blob-store/local-blob-store.ts';
export {
  type BlobUrlSigning,
  ExpiredSignedUrlError,
  InvalidSignedUrlError,
  signBlobUrl,
  verifySignedUrl,
} from './local/blob-store/signed-blob-url.ts';
export { loadOrCreateSigningKey } from './local/blob-store/signing-key.ts';
export {
  type QueueConsumer,
  type QueueConsumerOptions,
  type SqsBatchHandler,
  type StopOptions,
  startQueueConsumer,
} from './local/command-queue/queue-consumer.ts';
export type { QueueOptions } from './local/command-queue/queue-input.ts';
export { SqliteCommandQueue } from './local/command-queue/sqlite-command-queue.ts';
export { InvalidBatchResponseError } from './local/command-queue/sqs-event.ts';
export { createSqliteRepositories } from './local/repositories/sqlite-repositories.ts';
export { inTransaction, openDatabase } from './local/sqlite/open-database.ts';
export { ensureIndexes, MONGO_INDEXES } from './mongodb/indexes.ts';
export { createMongoRepositories } from './mongodb/mongo-repositories.ts';
export {
  type BlobBytes,
  type BlobInfo,
  BlobNotFoundError,
  type BlobStore,
  type BlobStream,
  InvalidContentTypeError,
  InvalidSignedUrlExpiryError,
  MAX_SIGNED_URL_SECONDS,
  type PutBlobOptions,
  type SignedUrlOptions,
} from './ports/blob-store.port.ts';
export type * from './ports/command-queue.port.ts';
export { CommandQueueError, MessageTooLongError } from './ports/command-queue-error.ts';
export type * from './ports/content.repository.port.ts';
export type * from './ports/engagement.repository.port.ts';
export type * from './ports/job.repository.port.ts';
export type * from './ports/repositories.port.ts';
export { DuplicateEmailError, type UserRepository } from './ports/user.repository.port.ts';
