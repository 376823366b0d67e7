import type { OpenAPIHonoOptions } from '@hono/zod-openapi';
import { describeIssues, issuesOf } from '../validation/input-issues.ts';
import type { ApiEnv } from './api-env.ts';
import { problems } from './problem.ts';

const INVALID: Record<string, string> = {
  json: 'request body is invalid',
  query: 'query string is invalid',
  param: 'path is invalid',
  header: 'headers are invalid',
};

/** Every schema-validation failure becomes a 400 problem listing every issue with its path. */
export const validationHook: NonNullable<OpenAPIHonoOptions<ApiEnv>['defaultHook']> = (result) => {
  if (result.success) return;
  const issues = issuesOf(result.error);
  throw problems.badRequest(
    `${INVALID[result.target] ?? `${result.target} is invalid`}: ${describeIssues(issues)}`,
    issues,
  );
};
