import { readFile } from 'node:fs/promises';
import { CliError } from './cli-error.ts';

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
    throw new CliError(`${option} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}
