import { once } from 'node:events';
import { databaseFile, EventArchiveReader, NoEventArchiveError } from '@contentflow/platform';
import type { Command } from 'commander';
import { z } from 'zod';
import { CliError } from '../cli-error.ts';
import { commandGroup } from '../command-module.ts';
import { parseCommandOptions } from '../command-options.ts';
import { followArchive } from '../events/follow-archive.ts';
import { readPatternArgument } from '../pattern-argument.ts';

const Options = z.object({
  pattern: z.string(),
  since: z
    .union([z.iso.datetime({ offset: true }), z.iso.date()], {
      error: 'must be an ISO 8601 date or date-time, e.g. 2026-11-02T10:00:00Z',
    })
    .transform((value) => new Date(value))
    .optional(),
  dataDir: z.string().min(1, 'must not be empty').optional(),
});

function openArchive(file: string): EventArchiveReader {
  try {
    return EventArchiveReader.open(file);
  } catch (error) {
    if (error instanceof NoEventArchiveError) {
      throw new CliError(`${error.message}: start the local system (npm start) or point --data-dir at its data`);
    }
    throw error;
  }
}

/**
 * `contentflow events tail`: the local bus's events that match a pattern, one JSON line each, as they happen.
 * It reads the archive of the local runtime's SQLite file; on AWS the same is done with an EventBridge rule or
 * the EventBridge archive.
 */
export function register(program: Command): void {
  commandGroup(program, 'events', 'Work with events and the event bus.')
    .command('tail')
    .description("Print the local event bus's events that match a pattern, one JSON line each, until Ctrl-C.")
    .requiredOption('--pattern <json>', 'an EventBridge event pattern, as JSON or @path/to/file.json')
    .option('--since <time>', 'first print the archived events from this time on (ISO 8601), then follow')
    .option('--data-dir <dir>', 'the local system’s data directory (default: $CONTENTFLOW_DATA_DIR or .contentflow)')
    .action(async (rawOptions: unknown) => {
      const options = parseCommandOptions(Options, rawOptions);
      const pattern = await readPatternArgument(options.pattern);
      const env = options.dataDir === undefined ? process.env : { CONTENTFLOW_DATA_DIR: options.dataDir };
      const reader = openArchive(databaseFile(env));

      const stop = new AbortController();
      const onStop = () => stop.abort();
      process.once('SIGINT', onStop).once('SIGTERM', onStop);
      // The reader of a pipe went away (`| head`): nothing more can be printed. Left attached, as a write still in
      // flight may report the same error after the loop has ended.
      process.stdout.on('error', onStop);
      const since = options.since ? { since: options.since } : {};
      try {
        for await (const entry of followArchive(reader, { signal: stop.signal, ...since })) {
          if (!pattern.matches(JSON.parse(entry.body))) continue;
          if (!process.stdout.write(`${entry.body}\n`)) {
            await once(process.stdout, 'drain', { signal: stop.signal }).catch(() => undefined);
          }
        }
      } finally {
        process.off('SIGINT', onStop).off('SIGTERM', onStop);
        reader.close();
      }
    });
}
