import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { CliError, messageOf } from './cli-error.ts';

/** An option's text, or the content of a file when written `@path/to/file.json` (as the AWS CLI does with file://). */
export async function readArgumentText(value: string, option: string): Promise<string> {
  if (!value.startsWith('@')) return value;
  const path = value.slice(1);
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new CliError(`cannot read ${option} file ${path}: ${reason}`);
  }
}

export function parseJsonArgument(text: string, option: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${option} is not valid JSON: ${messageOf(error)}`);
  }
}

const JsonObject = z.record(z.string(), z.unknown());

/** An option holding a JSON object, inline or as `@file.json`. */
export async function readJsonObjectArgument(value: string, option: string): Promise<Record<string, unknown>> {
  const parsed = JsonObject.safeParse(parseJsonArgument(await readArgumentText(value, option), option));
  if (!parsed.success) throw new CliError(`${option} must be a JSON object`);
  return parsed.data;
}
