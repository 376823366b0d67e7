import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { defineTask, type TaskContract, WORKFLOW_CATALOG } from '@contentflow/events';
import {
  type CommandQueue,
  createSqliteRepositories,
  InProcessJobChangeFeed,
  LocalBlobStore,
  openDatabase,
  type Repositories,
  SqliteCommandQueue,
  type WriteGroup,
  writeGroupOf,
} from '@contentflow/platform';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { ApiDependencies, ApiLogger } from '../api-dependencies.ts';
import { createApiApp } from '../app.ts';
import { loadSigningKeys, type SigningKeys } from '../auth/signing-keys.ts';
import { createTokenService, type TokenService } from '../auth/token-service.ts';
import type { ApiEnv } from '../http/api-env.ts';
import { ObservedJobChangeFeed } from './observed-job-change-feed.ts';

/** Tasks of two engines, so error messages that list engines and tasks have something to list. */
export const TEST_TASKS: readonly TaskContract[] = [
  defineTask({
    engine: 'text',
    task: 'echo',
    title: 'Echo',
    description: 'Returns the text.',
    input: z.strictObject({ text: z.string().min(1).max(200), keyword: z.string().min(1).optional() }),
    output: z.object({ text: z.string() }),
    produces: { kind: 'echo', mimeType: 'application/json' },
    example: { text: 'hello' },
  }),
  defineTask({
    engine: 'text',
    task: 'count',
    title: 'Count',
    description: 'Counts the words.',
    input: z.object({ text: z.string() }),
    output: z.object({ words: z.number() }),
    produces: { kind: 'count', mimeType: 'application/json' },
    example: { text: 'one two' },
  }),
  defineTask({
    engine: 'image',
    task: 'thumbnail',
    title: 'Thumbnail',
    description: 'Draws a thumbnail.',
    input: z.object({ title: z.string() }),
    output: z.object({ width: z.number() }),
    produces: { kind: 'thumbnail', mimeType: 'image/png' },
    example: { title: 'Hi' },
  }),
];

export const ISSUER = 'https://contentflow.test';
export const AUDIENCE = 'contentflow-api';
export const BASE_URL = 'http://localhost';

export interface LogLine {
  level: 'info' | 'error';
  message: string;
  attributes: Record<string, unknown>;
}

export interface TestUser {
  id: string;
  tenantId: string;
  token: string;
  headers: { Authorization: string };
}

export interface HarnessOptions {
  settings?: Partial<ApiDependencies['settings']>;
  limits?: Partial<ApiDependencies['settings']['limits']>;
  /** Replaces the SQLite queue, e.g. with one whose database is closed. */
  commands?: (db: DatabaseSync) => CommandQueue;
  readiness?: ApiDependencies['readiness'];
  localBlobs?: boolean;
}

/** Counts of everything a request could write, to show that a refused request wrote nothing. */
export interface StoredCounts {
  users: number;
  jobs: number;
  content: number;
  commands: number;
}

/**
 * The API over the real local adapters (SQLite repositories and queue in a temp file, files for blobs, the
 * in-process change feed), as `npm start` wires them.
 */
export class ApiHarness {
  readonly dir = mkdtempSync(join(tmpdir(), 'cf-api-'));
  /** Commits as `npm start` does: a turn's writes together, every answer after its writes are committed. */
  readonly db = openDatabase(join(this.dir, 'contentflow.db'), {
    groupCommit: {
      onError: (error) => {
        throw error;
      },
    },
  });
  readonly writes: WriteGroup = writeGroupOf(this.db)!;
  readonly repositories: Repositories = createSqliteRepositories(this.db);
  readonly queue = new SqliteCommandQueue(this.db, 'api-test-commands');
  readonly blobs = new LocalBlobStore({ dataDir: this.dir, baseUrl: BASE_URL });
  readonly feed = new ObservedJobChangeFeed(
    new InProcessJobChangeFeed({ afterCommit: (listener) => this.writes.afterCommit(listener) }),
  );
  readonly logs: LogLine[] = [];
  readonly keys: SigningKeys;
  readonly tokens: TokenService;
  readonly deps: ApiDependencies;
  readonly app: OpenAPIHono<ApiEnv>;

  private constructor(keys: SigningKeys, options: HarnessOptions) {
    this.keys = keys;
    this.tokens = createTokenService({ keys, issuer: ISSUER, audience: AUDIENCE, ttlSeconds: 3600 });
    const logger: ApiLogger = {
      info: (message, attributes) => this.logs.push({ level: 'info', message, attributes }),
      error: (message, attributes) => this.logs.push({ level: 'error', message, attributes }),
    };
    this.deps = {
      tokens: this.tokens,
      repositories: this.repositories,
      blobs: this.blobs,
      ...(options.localBlobs === false ? {} : { localBlobs: this.blobs }),
      commands: options.commands?.(this.db) ?? this.queue,
      jobChanges: this.feed,
      durability: this.writes,
      tasks: TEST_TASKS,
      workflows: WORKFLOW_CATALOG,
      settings: {
        publicUrl: BASE_URL,
        downloadUrlTtlSeconds: 60,
        sseHeartbeatSeconds: 15,
        trustProxy: false,
        ...options.settings,
        limits: { maxBodyBytes: 4096, rateLimitPerMinute: 10_000, authRateLimitPerMinute: 10_000, ...options.limits },
      },
      readiness: options.readiness ?? (async () => ({ database: true })),
      logger,
    };
    this.app = createApiApp(this.deps);
  }

  static async create(options: HarnessOptions = {}): Promise<ApiHarness> {
    const dir = mkdtempSync(join(tmpdir(), 'cf-api-keys-'));
    try {
      return new ApiHarness(await loadSigningKeys({ keyFile: join(dir, 'keys.json'), env: {} }), options);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /** A user stored directly (no scrypt: the auth routes' own tests cover hashing) with a valid token. */
  async user(email: string): Promise<TestUser> {
    const user = await this.repositories.users.create({ email, name: email, passwordHash: 'unused' });
    const { token } = await this.tokens.issue({ userId: user.id, tenantId: user.tenantId });
    return { id: user.id, tenantId: user.tenantId, token, headers: { Authorization: `Bearer ${token}` } };
  }

  request(path: string, init: RequestInit = {}): Promise<Response> {
    return Promise.resolve(this.app.request(`${BASE_URL}${path}`, init));
  }

  /** A JSON request, as a client sends one. */
  send(method: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return this.request(path, {
      method,
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  }

  counts(): StoredCounts {
    // Straight from the tables the SQLite adapters write, so nothing an API path might cache can hide a write.
    const count = (table: string) => Number(this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get()?.['n']);
    return {
      users: count('repo_users'),
      jobs: count('repo_jobs'),
      content: count('repo_content'),
      commands: count('queue_messages'),
    };
  }

  close(): void {
    this.db.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
