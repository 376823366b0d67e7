import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { InputIssue } from '../validation/input-issues.ts';
import type { ApiEnv } from './api-env.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** An RFC 9457 problem document: every error the API returns has this shape. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  requestId?: string;
  errors?: InputIssue[];
  [extension: string]: unknown;
}

/** Thrown anywhere in a request; the error handler renders it as application/problem+json. */
export class HttpProblem extends Error {
  override name = 'HttpProblem';
  readonly status: ContentfulStatusCode;
  readonly title: string;
  readonly extensions: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(
    status: ContentfulStatusCode,
    title: string,
    detail: string,
    options: { extensions?: Record<string, unknown>; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.status = status;
    this.title = title;
    this.extensions = options.extensions ?? {};
    this.headers = options.headers ?? {};
  }
}

export const problems = {
  badRequest: (detail: string, errors?: InputIssue[]) =>
    new HttpProblem(400, 'Bad Request', detail, { extensions: errors ? { errors } : {} }),
  unauthorized: (detail: string) =>
    new HttpProblem(401, 'Unauthorized', detail, { headers: { 'WWW-Authenticate': 'Bearer' } }),
  forbidden: (detail: string) => new HttpProblem(403, 'Forbidden', detail),
  notFound: (detail: string) => new HttpProblem(404, 'Not Found', detail),
  methodNotAllowed: (method: string, allowed: readonly string[]) => {
    const allow = [...allowed].sort().join(', ');
    return new HttpProblem(405, 'Method Not Allowed', `${method} is not allowed here; allowed: ${allow}`, {
      headers: { Allow: allow },
    });
  },
  conflict: (detail: string) => new HttpProblem(409, 'Conflict', detail),
  gone: (detail: string) => new HttpProblem(410, 'Gone', detail),
  payloadTooLarge: (limit: number) =>
    new HttpProblem(413, 'Payload Too Large', `request body exceeds the limit of ${limit} bytes`),
  contentTooLarge: (detail: string) => new HttpProblem(413, 'Payload Too Large', detail),
  unsupportedMediaType: (detail: string) => new HttpProblem(415, 'Unsupported Media Type', detail),
  unprocessable: (detail: string) => new HttpProblem(422, 'Unprocessable Content', detail),
  internal: () => new HttpProblem(500, 'Internal Server Error', 'the server failed to handle the request'),
  serviceUnavailable: (detail: string, extensions?: Record<string, unknown>) =>
    new HttpProblem(503, 'Service Unavailable', detail, extensions ? { extensions } : {}),
};

export function renderProblem(c: Context<ApiEnv>, problem: HttpProblem): Response {
  const document: ProblemDocument = {
    type: 'about:blank',
    title: problem.title,
    status: problem.status,
    detail: problem.message,
    instance: c.req.path,
    requestId: c.get('requestId'),
    ...problem.extensions,
  };
  for (const [name, value] of Object.entries(problem.headers)) c.header(name, value);
  c.header('Content-Type', PROBLEM_CONTENT_TYPE);
  return c.body(JSON.stringify(document), problem.status);
}
