import type { Command } from 'commander';
import { z } from 'zod';
import { commandGroup } from '../command-module.ts';
import { readJsonObjectArgument } from '../json-argument.ts';
import { readPatternArgument } from '../pattern-argument.ts';

const Options = z.object({ pattern: z.string(), event: z.string() });

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
      const pattern = await readPatternArgument(options.pattern);
      const event = await readJsonObjectArgument(options.event, '--event');
      process.stdout.write(`${pattern.matches(event)}\n`);
    });
}
