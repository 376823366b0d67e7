import type { z } from 'zod';

/** One invalid field of a request: where it is (dotted path) and why. */
export interface InputIssue {
  path: string;
  message: string;
}

/** Turns zod issues into `{path, message}` entries a client can point at, under an optional path prefix. */
export function issuesOf(error: z.ZodError, prefix: readonly PropertyKey[] = []): InputIssue[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    return { path: path.length > 0 ? path.map(String).join('.') : '(root)', message: issue.message };
  });
}

/** `path: message; path: message`: the issues in one line, for a problem's `detail`. */
export function describeIssues(issues: readonly InputIssue[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
}
