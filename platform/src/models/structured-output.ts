import { z } from 'zod';
import type { JsonObject } from '../domain/json.ts';
import type { ResponseFormat } from './model-client.ts';

const SCHEMA_NAME = /^[a-zA-Z0-9_-]{1,64}$/;
const CODE_FENCE = /^```(?:json)?\s*([\s\S]*?)\s*```$/;

/** The JSON Schema a model is asked to fill: what the zod schema accepts as input. */
export function responseFormatOf(schema: z.ZodType, name: string, description: string): ResponseFormat {
  if (!SCHEMA_NAME.test(name)) throw new TypeError(`schemaName must match ${SCHEMA_NAME}, got ${JSON.stringify(name)}`);
  const { $schema: _dialect, ...jsonSchema } = z.toJSONSchema(schema, {
    target: 'draft-7',
    io: 'input',
    unrepresentable: 'any',
  }) as JsonObject;
  return { name, description, jsonSchema };
}

/**
 * The JSON value in a model's text reply, or undefined. Models asked for "only JSON" still wrap it in a code fence
 * or a sentence now and then, so a fence is unwrapped and, failing that, the outermost braces are tried.
 */
export function parseJsonReply(text: string): unknown {
  const trimmed = text.trim();
  const candidates = [
    trimmed,
    CODE_FENCE.exec(trimmed)?.[1],
    trimmed.slice(trimmed.indexOf('{'), trimmed.lastIndexOf('}') + 1),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      return JSON.parse(candidate);
    } catch {
      // Try the next reading.
    }
  }
  return undefined;
}

/** A zod error as `path: message` lines, the form models and people both act on. */
export function issueLines(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}
