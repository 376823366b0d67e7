import type * as z from 'zod/mini';
import { ApiUnreachableError, toApiProblem, UnexpectedResponseError } from '../lib/api/api-errors.ts';
import { fileNameFromDisposition } from '../lib/api/content-disposition.ts';

export interface ApiClientOptions {
  /** The bearer token to send, if signed in. */
  token: () => string | undefined;
  /** Called when the API refuses the token (expired or revoked): the page sends the creator to sign in again. */
  onUnauthorized: () => void;
}

export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/**
 * The ContentFlow API as the site uses it, on the site's own origin. Every answer is checked against the schema
 * the caller names; every failure becomes an ApiProblem (the API's problem+json), an ApiUnreachableError or an
 * UnexpectedResponseError.
 */
export class ApiClient {
  readonly #token: () => string | undefined;
  readonly #onUnauthorized: () => void;

  constructor(options: ApiClientOptions) {
    this.#token = options.token;
    this.#onUnauthorized = options.onUnauthorized;
  }

  get<Schema extends z.ZodMiniType>(path: string, schema: Schema): Promise<z.output<Schema>> {
    return this.#json(path, { method: 'GET' }, schema);
  }

  post<Schema extends z.ZodMiniType>(
    path: string,
    body: unknown,
    schema: Schema,
    headers: Record<string, string> = {},
  ): Promise<z.output<Schema>> {
    return this.#json(
      path,
      { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...headers } },
      schema,
    );
  }

  /**
   * The URL of an event stream. EventSource cannot send headers, so the API takes the token in the query for its
   * two stream routes only (and leaves the query out of its logs); nowhere else does the token go into a URL.
   */
  eventStreamUrl(path: string): string {
    const url = new URL(path, window.location.origin);
    const token = this.#token();
    if (token !== undefined) url.searchParams.set('access_token', token);
    return url.toString();
  }

  /**
   * A URL an <img>, <audio> or <video> can load the content from. The API answers the download with a redirect to
   * a short-lived signed URL, which is where the fetch ends up; the bytes are left unread. When that URL is on an
   * origin this page may not read (a blob store without CORS for the site), the bytes come through the API instead.
   */
  async mediaUrl(contentId: string): Promise<string> {
    const path = downloadPath(contentId);
    try {
      const response = await this.#send(path, { method: 'GET' });
      if (response.redirected) {
        void response.body?.cancel();
        return response.url;
      }
      return URL.createObjectURL(await response.blob());
    } catch (error) {
      if (!(error instanceof ApiUnreachableError)) throw error;
      const response = await this.#send(`${path}?redirect=false`, { method: 'GET' });
      return URL.createObjectURL(await response.blob());
    }
  }

  /** The content's bytes and the file name the API gives them, streamed through the API. */
  async download(contentId: string): Promise<DownloadedFile> {
    const response = await this.#send(`${downloadPath(contentId)}?redirect=false`, { method: 'GET' });
    const fileName = fileNameFromDisposition(response.headers.get('Content-Disposition'), `content-${contentId}`);
    return { blob: await response.blob(), fileName };
  }

  /** The content's bytes as text (for previews of JSON and text). */
  async text(contentId: string): Promise<string> {
    return (await this.#send(`${downloadPath(contentId)}?redirect=false`, { method: 'GET' })).text();
  }

  async #json<Schema extends z.ZodMiniType>(
    path: string,
    init: RequestInit,
    schema: Schema,
  ): Promise<z.output<Schema>> {
    const response = await this.#send(path, init);
    const parsed = schema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) {
      throw new UnexpectedResponseError(`the API answered ${init.method} ${path} with an unexpected body`, {
        cause: parsed.error,
      });
    }
    return parsed.data;
  }

  async #send(path: string, init: RequestInit): Promise<Response> {
    const token = this.#token();
    const headers = new Headers(init.headers);
    headers.set('Accept', 'application/json');
    if (token !== undefined) headers.set('Authorization', `Bearer ${token}`);
    let response: Response;
    try {
      response = await fetch(path, { ...init, headers, credentials: 'omit' });
    } catch (error) {
      throw new ApiUnreachableError(error);
    }
    if (response.ok) return response;
    if (response.status === 401 && token !== undefined) this.#onUnauthorized();
    const body: unknown = await response.json().catch(() => undefined);
    throw toApiProblem(response.status, response.statusText, body);
  }
}

function downloadPath(contentId: string): string {
  return `/api/v1/content/${encodeURIComponent(contentId)}/download`;
}
