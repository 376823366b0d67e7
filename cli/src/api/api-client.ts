import type { JobStatus } from '@contentflow/platform';
import type { z } from 'zod';
import { messageOf } from '../cli-error.ts';
import { ApiError } from './api-error.ts';
import {
  ContentResource,
  ExecutionResource,
  JobPage,
  JobResource,
  ProblemDocument,
  TokenResource,
  UserEnvelope,
  type UserResource,
  WorkflowCatalog,
  type WorkflowResource,
} from './api-resources.ts';
import { serverSentEvents } from './server-sent-events.ts';

export interface ApiClientOptions {
  /** The API's origin (and path prefix, behind a proxy), e.g. `http://localhost:3000`. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer …` when present. */
  token?: string;
}

export interface Credentials {
  email: string;
  password: string;
}

export interface JobRequest {
  engine: string;
  task: string;
  input: Record<string, unknown>;
}

export interface JobListQuery {
  status?: JobStatus;
  limit?: number;
  cursor?: string;
}

export interface ContentDownload {
  body: ReadableStream<Uint8Array>;
  /** The `Content-Disposition` header, which names the file; null when the server sent none. */
  contentDisposition: string | null;
}

interface RequestOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  headers?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
  signal?: AbortSignal;
}

/** The SSE event name the API sends each job change as. */
const JOB_EVENT = 'job';

/**
 * The ContentFlow HTTP API (`/api/v1`) over the global fetch. Every answer is parsed against the schema this
 * client was written for; every failure becomes an ApiError that carries the API's own explanation.
 */
export class ApiClient {
  readonly baseUrl: string;
  readonly #token: string | undefined;

  constructor(options: ApiClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#token = options.token;
  }

  async signUp(credentials: Credentials & { name?: string }): Promise<UserResource> {
    const response = await this.#request('/api/v1/auth/signup', { method: 'POST', body: credentials });
    return (await this.#json(response, UserEnvelope)).user;
  }

  async logIn(credentials: Credentials): Promise<TokenResource> {
    return this.#json(await this.#request('/api/v1/auth/login', { method: 'POST', body: credentials }), TokenResource);
  }

  /** With an idempotency key already used for the same request, the API answers with the job it created then. */
  async submitJob(job: JobRequest, idempotencyKey?: string): Promise<JobResource> {
    const headers: Record<string, string> = idempotencyKey === undefined ? {} : { 'Idempotency-Key': idempotencyKey };
    return this.#json(await this.#request('/api/v1/jobs', { method: 'POST', body: job, headers }), JobResource);
  }

  async getJob(id: string): Promise<JobResource> {
    return this.#json(await this.#request(`/api/v1/jobs/${encodeURIComponent(id)}`), JobResource);
  }

  /** One page, newest first. */
  async listJobs(query: JobListQuery): Promise<JobPage> {
    return this.#json(await this.#request('/api/v1/jobs', { query: { ...query } }), JobPage);
  }

  async cancelJob(id: string): Promise<JobResource> {
    const response = await this.#request(`/api/v1/jobs/${encodeURIComponent(id)}/cancel`, { method: 'POST' });
    return this.#json(response, JobResource);
  }

  async listWorkflows(): Promise<WorkflowResource[]> {
    return (await this.#json(await this.#request('/api/v1/orchestrator/workflows'), WorkflowCatalog)).workflows;
  }

  /** Starts a package: one job running `workflow` for `request`; answers the queued job. */
  async startWorkflow(
    workflow: string,
    request: Record<string, unknown>,
    idempotencyKey?: string,
  ): Promise<JobResource> {
    const headers: Record<string, string> = idempotencyKey === undefined ? {} : { 'Idempotency-Key': idempotencyKey };
    const path = `/api/v1/orchestrator/workflows/${encodeURIComponent(workflow)}`;
    return this.#json(await this.#request(path, { method: 'POST', body: request, headers }), JobResource);
  }

  async getExecution(id: string): Promise<ExecutionResource> {
    const path = `/api/v1/orchestrator/executions/${encodeURIComponent(id)}`;
    return this.#json(await this.#request(path), ExecutionResource);
  }

  async cancelExecution(id: string): Promise<ExecutionResource> {
    const path = `/api/v1/orchestrator/executions/${encodeURIComponent(id)}/cancel`;
    return this.#json(await this.#request(path, { method: 'POST' }), ExecutionResource);
  }

  async getContent(id: string): Promise<ContentResource> {
    return this.#json(await this.#request(`/api/v1/content/${encodeURIComponent(id)}`), ContentResource);
  }

  /**
   * The job as it is now, then each change as it happens. The server ends the stream once the job is finished;
   * it may also end earlier (shutdown), which the caller must expect.
   */
  async *watchJob(id: string, signal?: AbortSignal): AsyncGenerator<JobResource> {
    const path = `/api/v1/jobs/${encodeURIComponent(id)}/events`;
    const response = await this.#request(path, {
      headers: { Accept: 'text/event-stream' },
      ...(signal ? { signal } : {}),
    });
    const contentType = response.headers.get('content-type') ?? '';
    if (!contentType.startsWith('text/event-stream') || !response.body) {
      await response.body?.cancel();
      throw this.#unexpected(path, `a response of type ${contentType || '(none)'} instead of an event stream`);
    }
    try {
      for await (const message of serverSentEvents(response.body)) {
        // Other event names may be added by newer servers; this client only knows job changes.
        if (message.event === JOB_EVENT) yield this.#parse(path, message.data, JobResource);
      }
    } catch (error) {
      if (error instanceof ApiError || (error instanceof Error && error.name === 'AbortError')) throw error;
      throw new ApiError(`the event stream from ${this.baseUrl} broke: ${messageOf(error)}`);
    }
  }

  /** The content's bytes, streamed through the API, which also names the file. */
  async downloadContent(id: string): Promise<ContentDownload> {
    const path = `/api/v1/content/${encodeURIComponent(id)}/download`;
    const response = await this.#request(path, { query: { redirect: 'false' } });
    if (!response.body) throw this.#unexpected(path, 'a response without a body');
    return { body: response.body, contentDisposition: response.headers.get('content-disposition') };
  }

  async #request(path: string, options: RequestOptions = {}): Promise<Response> {
    const url = new URL(`${this.baseUrl}${path}`);
    for (const [name, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    if (this.#token !== undefined) headers['Authorization'] = `Bearer ${this.#token}`;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(url, {
        method: options.method ?? 'GET',
        headers,
        ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') throw error;
      throw this.#unreachable(error);
    }
    if (!response.ok) throw await this.#failure(response);
    return response;
  }

  async #json<T>(response: Response, schema: z.ZodType<T>): Promise<T> {
    return this.#parse(new URL(response.url).pathname, await response.text(), schema);
  }

  #parse<T>(path: string, text: string, schema: z.ZodType<T>): T {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw this.#unexpected(path, 'a body that is not JSON');
    }
    const parsed = schema.safeParse(body);
    if (parsed.success) return parsed.data;
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
    throw this.#unexpected(path, `a body this client does not understand (${issues.join('; ')})`);
  }

  /** An error answer: its problem document's detail when it has one (every ContentFlow error does). */
  async #failure(response: Response): Promise<ApiError> {
    const { status, statusText } = response;
    let problem: z.infer<typeof ProblemDocument> | undefined;
    try {
      problem = ProblemDocument.parse(await response.json());
    } catch {
      problem = undefined;
    }
    const explanation = problem ? `${problem.title}: ${problem.detail}` : statusText;
    // A refused token (expired, revoked key, another server's) is fixed by logging in again.
    const hint = status === 401 && this.#token !== undefined ? ' — run `contentflow login` to get a new token' : '';
    return new ApiError(`API ${status} ${explanation}${hint}`, status);
  }

  #unreachable(error: unknown): ApiError {
    const cause = error instanceof Error ? error.cause : undefined;
    const code = cause instanceof Error && 'code' in cause ? String(cause.code) : undefined;
    if (code === 'ECONNREFUSED') {
      return new ApiError(`cannot reach the API at ${this.baseUrl} — is \`npm start\` running? (${code})`);
    }
    return new ApiError(`cannot reach the API at ${this.baseUrl}: ${messageOf(cause ?? error)}`);
  }

  #unexpected(path: string, what: string): ApiError {
    return new ApiError(
      `the API at ${this.baseUrl} answered ${path} with ${what}; is it a ContentFlow API of another version?`,
    );
  }
}
