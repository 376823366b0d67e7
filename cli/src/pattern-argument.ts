import { type CompiledEventPattern, compileEventPattern, InvalidEventPatternError } from '@contentflow/platform';
import { CliError } from './cli-error.ts';
import { readArgumentText } from './json-argument.ts';

/**
 * An EventBridge event pattern given as JSON or `@file.json`, compiled. It is compiled from its text, not from
 * JSON.parse's result: EventBridge gives repeated keys a meaning that JSON.parse would lose.
 */
export async function readPatternArgument(value: string, option = '--pattern'): Promise<CompiledEventPattern> {
  const text = await readArgumentText(value, option);
  try {
    return compileEventPattern(text);
  } catch (error) {
    if (error instanceof InvalidEventPatternError) throw new CliError(error.message);
    throw error;
  }
}
