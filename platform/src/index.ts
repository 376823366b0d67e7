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
  JOB_STEP_STATUSES,
  JOB_TRANSITION_SOURCES,
  type Job,
  type JobError,
  type JobProgress,
  type JobStatus,
  type JobStep,
  type JobStepStatus,
  type JobTransition,
  jobErrorSchema,
  jobProgressSchema,
  jobStatusSchema,
  jobStepSchema,
  type NewJob,
  newJobSchema,
} from './domain/job.ts';
export { applyJobStepChange, type JobStepChange, jobStepChangeSchema } from './domain/job-step.ts';
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
  CANCELLATION_CHECK_ENV,
  createEngineJobHandler,
  DEADLINE_MARGIN_ENV,
  type EngineHandlerPorts,
  type EngineJobHandlerOptions,
} from './engine/engine-job-handler.ts';
export { ENGINE_TIMED_OUT, EngineTimedOutError } from './engine/engine-timed-out-error.ts';
export {
  DEFAULT_CANCELLATION_CHECK_MS,
  JobCancellationWatch,
  type JobCancellationWatchOptions,
  JobCancelledError,
} from './engine/job-cancellation-watch.ts';
export type { JobStatusReader } from './engine/job-status-reader.port.ts';
export {
  type EngineDefinition,
  type EngineJobOutcome,
  type EngineJobPorts,
  JOB_CANCELLED,
  type JobRequestedDetail,
  type RunEngineJobOptions,
  runEngineJob,
} from './engine/run-engine-job.ts';
export { TaskError } from './engine/task-error.ts';
export {
  implementTask,
  type ModelProvider,
  type TaskArtifact,
  type TaskImplementation,
  type TaskResult,
  type TaskRunContext,
} from './engine/task-implementation.ts';
export {
  type CompiledEventPattern,
  compileEventPattern,
  InvalidEventPatternError,
  type PatternErrorLocation,
  type PatternPath,
} from './event-pattern/index.ts';
export {
  DEFAULT_DEADLINE_MARGIN,
  defaultDeadlineMarginMs,
  type InvocationDeadline,
  type InvocationDeadlineOptions,
  invocationDeadline,
} from './lambda/invocation-deadline.ts';
export { type LambdaFunctionIdentity, lambdaContext } from './lambda/lambda-context.ts';
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
export {
  type ArchivedEventEntry,
  EventArchiveReader,
  type ListArchivedEventsOptions,
  NoEventArchiveError,
} from './local/event-bus/archive-reader.ts';
export type { BusEvent } from './local/event-bus/bus-event.ts';
export type { DeadDelivery, DeliveryError, PendingCount } from './local/event-bus/delivery-store.ts';
export { InvalidReplayError, type ReplayRequest } from './local/event-bus/event-replay.ts';
export {
  type EventBusHandler,
  InvalidRuleError,
  type RuleRegistration,
  type TargetRegistration,
} from './local/event-bus/rule-registration.ts';
export {
  type DeadEvent,
  type ReplayStatus,
  SqliteEventBus,
  type SqliteEventBusOptions,
} from './local/event-bus/sqlite-event-bus.ts';
export { SqliteIdempotencyPersistence } from './local/idempotency/sqlite-idempotency-persistence.ts';
export { InProcessJobChangeFeed } from './local/job-change-feed/in-process-job-change-feed.ts';
export { claimDataDir, type DataDirClaim, DataDirInUseError } from './local/recovery/data-dir-owner.ts';
export { type ReleasedClaims, releaseDeadClaims } from './local/recovery/release-dead-claims.ts';
export { createSqliteRepositories } from './local/repositories/sqlite-repositories.ts';
export { inTransaction, type OpenDatabaseOptions, openDatabase } from './local/sqlite/open-database.ts';
export { type WriteGroup, writeGroupOf } from './local/sqlite/write-group.ts';
export { type EngineManifestOptions, engineManifest } from './manifest/engine-manifest.ts';
export type {
  AslDefinition,
  OrchestratorManifest,
  WorkflowManifest,
} from './manifest/orchestrator-manifest.ts';
export {
  type EventSubscription,
  type HandlerReference,
  handlerAt,
  InvalidScheduleError,
  type LambdaHandler,
  type QueueSubscription,
  type ScheduledSubscription,
  type ServiceManifest,
  schedulePeriodMs,
} from './manifest/service-manifest.ts';
export {
  type CaptionChunk,
  type ChunkBoundary,
  PAUSE_SECONDS,
  splitCaptionChunks,
} from './media/audio/speech/caption-chunks.ts';
export { EventPublishError, publishEvents } from './messaging/publish-events.ts';
export { ModelError, type ModelErrorCode, ModelOutputInvalidError } from './models/model-errors.ts';
export { OFFLINE_TEXT_MODEL, OfflineTextGenerator } from './models/offline-text-generator.ts';
export * from './models/text-generator.port.ts';
export { createPowertools } from './observability/create-powertools.ts';
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
export * from './ports/event-bus.port.ts';
export type * from './ports/job.repository.port.ts';
export type { JobChangeFeed, JobChangeListener } from './ports/job-change-feed.port.ts';
export type * from './ports/repositories.port.ts';
export { DuplicateEmailError, type UserRepository } from './ports/user.repository.port.ts';
export type { WriteDurability } from './ports/write-durability.port.ts';
export {
  EVENT_DEAD_LETTER_QUEUE,
  type LocalRuntime,
  type LocalRuntimeOptions,
  startLocalRuntime,
} from './runtime/local-runtime.ts';
export { ScheduledRunError, scheduledEvent } from './runtime/local-schedule.ts';
export type { LocalParts, PlatformAdapters } from './runtime/platform-adapter-set.ts';
export { COMMAND_MAX_RECEIVE_COUNT, closePlatformAdapters, platformAdapters } from './runtime/platform-adapters.ts';
export {
  type PortSelection,
  type RuntimeConfig,
  RuntimeConfigError,
  readRuntimeConfig,
} from './runtime/runtime-config.ts';
