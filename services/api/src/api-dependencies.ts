import type { TaskContract, WorkflowContract } from '@contentflow/events';
import type { BlobStore, CommandQueue, JobChangeFeed, Repositories, WriteDurability } from '@contentflow/platform';
import type { ApiConfig } from './api-config.ts';
import type { TokenService } from './auth/token-service.ts';

/** Structured log lines; Powertools' `Logger` fits. Attributes never hold passwords, tokens or request bodies. */
export interface ApiLogger {
  info(message: string, attributes: Record<string, unknown>): void;
  error(message: string, attributes: Record<string, unknown>): void;
}

/** What the API needs from the outside, as ports; `npm start` (local) and the Fargate entry (AWS) wire them. */
export interface ApiDependencies {
  tokens: TokenService;
  repositories: Pick<Repositories, 'users' | 'jobs' | 'content'>;
  blobs: BlobStore;
  /**
   * Present when blobs are local files: the API then serves the signed download URLs under `/blobs/…`
   * (`LocalBlobStore` fits). With S3, signed URLs point at S3 and this is absent.
   */
  localBlobs?: { verifySignedUrl(url: string): string };
  /** Where the StartJob command of every accepted job goes. */
  commands: CommandQueue;
  /** Live job changes for the event streams; the API also publishes the changes it makes itself. */
  jobChanges: JobChangeFeed;
  /** Awaited before every answer, so a response never tells of a write that is not durable yet. */
  durability: WriteDurability;
  /** The tasks jobs may be submitted for (`TASK_CATALOG` in production). */
  tasks: readonly TaskContract[];
  /** The workflows packages may be started for (`WORKFLOW_CATALOG` in production). */
  workflows: readonly WorkflowContract[];
  settings: Pick<ApiConfig, 'publicUrl' | 'limits' | 'downloadUrlTtlSeconds' | 'sseHeartbeatSeconds' | 'trustProxy'>;
  /** Named checks for `/ready` (e.g. `{ database: true, queue: true }`); any false answers 503. */
  readiness: () => Promise<Record<string, boolean>>;
  logger: ApiLogger;
  /** The built web site (`frontend/dist`), served at `/` when given. */
  siteDir?: string;
}
