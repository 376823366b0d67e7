import { compileEventPattern, InvalidEventPatternError } from '@contentflow/platform';
import type { Command } from 'commander';
import { z } from 'zod';
import { CliError } from '../cli-error.ts';
import { commandGroup } from '../command-module.ts';
import { parseJsonArgument, readArgumentText } from '../json-argument.ts';

const Options = z.object({ pattern: z.string(), event: z.string() });
const EventObject = z.record(z.string(), z.unknown(), { error: '--event must be a JSON object' });

/**
 * `contentflow events test-pattern`: the local `aws events test-event-pattern`. Prints `true` or `false`;
 * an invalid pattern or unreadable input goes to stderr with exit status 2.
 */
export function register(program: Command): void {
  commandGroup(program, 'events', 'Work with events and the event bus.')
    .command('test-pattern')
    .description('Test whether an EventBridge event pattern matches an event.')
    .requiredOption('--pattern <json>', 'the event pattern, as JSON or @path/to/file.json')
    .requiredOption('--event <json>', 'the event, as JSON or @path/to/file.json')
    .action(async (rawOptions: unknown) => {
      const options = Options.parse(rawOptions);
      const patternText = await readArgumentText(options.pattern, '--pattern');
      const eventText = await readArgumentText(options.event, '--event');
      const event = EventObject.safeParse(parseJsonArgument(eventText, '--event'));
      if (!event.success) throw new CliError(event.error.issues.map((issue) => issue.message).join('; '));
      // The pattern goes in as text: EventBridge gives repeated keys a meaning that JSON.parse would lose.
      const pattern = compilePattern(patternText);
      process.stdout.write(`${pattern.matches(event.data)}\n`);
    });
}

function compilePattern(text: string) {
  try {
    return compileEventPattern(text);
  } catch (error) {
    if (error instanceof InvalidEventPatternError) throw new CliError(error.message);
    throw error;
  }
}
