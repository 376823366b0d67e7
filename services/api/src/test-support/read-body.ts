import type { z } from '@hono/zod-openapi';
import { ProblemSchema } from '../openapi/problem-responses.ts';
import { ContentPageSchema, ContentSchema } from '../resources/content.resource.ts';
import { JobPageSchema, JobSchema } from '../resources/job.resource.ts';

/**
 * Reads a response body through the schema the OpenAPI document declares for it, so every test that reads a
 * body also checks that the API answers what it documents.
 */
export async function readBody<S extends z.ZodType>(response: Response, schema: S): Promise<z.output<S>> {
  return schema.parse(await response.json());
}

export const readJob = (response: Response) => readBody(response, JobSchema);
export const readJobPage = (response: Response) => readBody(response, JobPageSchema);
export const readContent = (response: Response) => readBody(response, ContentSchema);
export const readContentPage = (response: Response) => readBody(response, ContentPageSchema);
/** Problems keep their extension members (`checks`, `retryAfterSeconds`…). */
export const readProblem = (response: Response) => readBody(response, ProblemSchema.loose());
