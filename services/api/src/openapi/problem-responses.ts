import { z } from '@hono/zod-openapi';
import { PROBLEM_CONTENT_TYPE } from '../http/problem.ts';

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'about:blank' }),
    title: z.string().openapi({ example: 'Bad Request' }),
    status: z.number().int().openapi({ example: 400 }),
    detail: z.string().openapi({ example: 'request body is invalid: engine: expected string, received number' }),
    instance: z.string().optional().openapi({ description: 'The request path.' }),
    requestId: z.string().optional().openapi({ description: 'Quote it when reporting a problem.' }),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .openapi({ description: 'Every invalid field, as a dotted path from the part of the request `detail` names.' }),
  })
  .openapi('Problem', { description: 'An RFC 9457 problem document; every error has this shape.' });

const DESCRIPTIONS = {
  400: 'The request is malformed or invalid; `errors` lists every invalid field.',
  401: 'The bearer token is missing, malformed, expired or not ours.',
  403: 'The signed URL is not valid.',
  404: 'Not found, or it belongs to another tenant (the two are not told apart).',
  405: 'The method is not allowed on this path; `Allow` lists those that are.',
  409: 'The request conflicts with the current state.',
  410: 'The signed URL has expired.',
  413: "The request body is larger than the configured limit, or a job's input larger than one event carries.",
  415: 'The request body is not application/json.',
  422: 'The Idempotency-Key was already used for a different request.',
  429: 'Too many requests; retry after `Retry-After` seconds.',
  500: 'The server failed; the problem carries a request id to report.',
  503: 'A dependency is unavailable; retry later.',
} as const;

export type ProblemStatus = keyof typeof DESCRIPTIONS;

interface ProblemResponse {
  description: string;
  content: { [PROBLEM_CONTENT_TYPE]: { schema: typeof ProblemSchema } };
}

/** OpenAPI response entries for the given error statuses (500 is always included). */
export function problemResponses<const S extends ProblemStatus>(...statuses: S[]): Record<S | 500, ProblemResponse> {
  const entries = [...statuses, 500 as const].map((status) => [
    status,
    { description: DESCRIPTIONS[status], content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } } },
  ]);
  return Object.fromEntries(entries) as Record<S | 500, ProblemResponse>;
}
