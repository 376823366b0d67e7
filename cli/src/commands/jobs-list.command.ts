import { JOB_STATUSES, MAX_PAGE_LIMIT } from '@contentflow/platform';
import type { Command } from 'commander';
import { z } from 'zod';
import { commandGroup } from '../command-module.ts';
import { parseCommandOptions } from '../command-options.ts';
import { apiUrlOption, signedInClient } from '../credentials/session.ts';
import { jobTable } from '../output/job-text.ts';

const Options = z.object({
  status: z.enum(JOB_STATUSES, { error: `must be one of ${JOB_STATUSES.join(', ')}` }).optional(),
  limit: z.coerce
    .number({ error: 'must be a number' })
    .int({ error: `must be an integer from 1 to ${MAX_PAGE_LIMIT}` })
    .min(1, `must be an integer from 1 to ${MAX_PAGE_LIMIT}`)
    .max(MAX_PAGE_LIMIT, `must be an integer from 1 to ${MAX_PAGE_LIMIT}`)
    .optional(),
  cursor: z.string().min(1).optional(),
  json: z.boolean().default(false),
  apiUrl: z.string().optional(),
});

/** `contentflow jobs list`: one page of the caller's jobs, newest first, as a table (or JSON). */
export function register(program: Command): void {
  commandGroup(program, 'jobs', 'Submit and follow jobs.')
    .command('list')
    .description('List your jobs, newest first, one page at a time.')
    .option('--status <status>', `only jobs in this status (${JOB_STATUSES.join(', ')})`)
    .option('--limit <n>', `jobs per page, 1–${MAX_PAGE_LIMIT} (default 20)`)
    .option('--cursor <cursor>', 'the page after the one that printed this cursor')
    .option('--json', 'print the page as JSON: {items, nextCursor}')
    .addOption(apiUrlOption())
    .action(async (rawOptions: unknown) => {
      const { status, limit, cursor, json, apiUrl } = parseCommandOptions(Options, rawOptions);
      const page = await (await signedInClient(apiUrl)).listJobs({ status, limit, cursor });
      if (json) {
        process.stdout.write(`${JSON.stringify(page)}\n`);
        return;
      }
      process.stdout.write(page.items.length > 0 ? jobTable(page.items) : 'no jobs\n');
      if (page.nextCursor) {
        // A cursor is valid only with the filters that produced it. On stderr, so that stdout is only the table.
        const next = [status && `--status ${status}`, limit && `--limit ${limit}`, `--cursor ${page.nextCursor}`];
        process.stderr.write(`more: contentflow jobs list ${next.filter(Boolean).join(' ')}\n`);
      }
    });
}
