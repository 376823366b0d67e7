import { idSchema } from '@contentflow/platform';
import { z } from 'zod';
import { CliError } from './cli-error.ts';

/** `idempotencyKey` → `--idempotency-key`, the flag commander read it from. */
function flagOf(key: PropertyKey): string {
  return `--${String(key).replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/**
 * A command's options (as commander collected them) checked against its schema. A failure is a usage error that
 * names each offending flag: `--limit: must be an integer from 1 to 100`.
 */
export function parseCommandOptions<T>(schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const [key] = issue.path;
    return key === undefined ? issue.message : `${flagOf(key)}: ${issue.message}`;
  });
  throw new CliError(problems.join('; '));
}

/** A positional id argument (`<id>`), checked against the platform's id rule before any request is made. */
export function parseIdArgument(value: string, name: string): string {
  const parsed = idSchema.safeParse(value);
  if (!parsed.success) throw new CliError(`<${name}> ${JSON.stringify(value)}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** `--idempotency-key`: what the API accepts in its Idempotency-Key header. */
export const idempotencyKeySchema = z
  .string()
  .regex(/^[\x21-\x7E]{1,255}$/, 'must be 1–255 visible ASCII characters, without spaces');
