import * as z from 'zod/mini';

/** One rejected field of a request, as the API reports it (`input.text`, `email`). */
export interface RequestIssue {
  path: string;
  message: string;
}

/** The parts of an RFC 9457 problem document the site shows; every field is optional on arrival. */
const problemSchema = z.object({
  title: z.optional(z.string()),
  detail: z.optional(z.string()),
  requestId: z.optional(z.string()),
  errors: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
});

/** A request the API refused or failed: its status, what it said, and which fields it rejected. */
export class ApiProblem extends Error {
  override name = 'ApiProblem';
  readonly status: number;
  readonly title: string;
  readonly issues: readonly RequestIssue[];
  readonly requestId: string | undefined;

  constructor(status: number, title: string, detail: string, issues: readonly RequestIssue[], requestId?: string) {
    super(detail);
    this.status = status;
    this.title = title;
    this.issues = issues;
    this.requestId = requestId;
  }
}

/**
 * Builds the error for a non-2xx response from its parsed body. A body that is not a problem document (a proxy's
 * HTML error page, an empty 502) still gives a readable message built from the status line.
 */
export function toApiProblem(status: number, statusText: string, body: unknown): ApiProblem {
  const parsed = problemSchema.safeParse(body);
  const problem = parsed.success ? parsed.data : {};
  const title = problem.title ?? (statusText || `HTTP ${status}`);
  const detail = problem.detail ?? `the server answered ${status} ${title}`;
  return new ApiProblem(status, title, detail, problem.errors ?? [], problem.requestId);
}

/** The network failed or the API could not be reached at all (no HTTP status to show). */
export class ApiUnreachableError extends Error {
  override name = 'ApiUnreachableError';
  constructor(cause: unknown) {
    super('could not reach the ContentFlow API; check your connection and try again', { cause });
  }
}

/** The API answered 2xx with a body that is not what the site expects (a version mismatch or a bug). */
export class UnexpectedResponseError extends Error {
  override name = 'UnexpectedResponseError';
}
