import type { Command } from 'commander';
import { z } from 'zod';
import { commandGroup } from '../command-module.ts';
import { parseCommandOptions } from '../command-options.ts';
import { apiUrlOption, signedInClient } from '../credentials/session.ts';
import { textTable } from '../output/text-table.ts';
import { workflowLabel } from '../packages/package-request.ts';

const Options = z.object({ json: z.boolean().default(false), apiUrl: z.string().optional() });

export const PACKAGES_GROUP = 'Start and follow packages: multi-engine workflows run as one job.';

/** `contentflow packages list`: the workflows the API offers, with their short names and steps. */
export function register(program: Command): void {
  commandGroup(program, 'packages', PACKAGES_GROUP)
    .command('list')
    .description('List the packages (workflows) you can create, with their steps.')
    .option('--json', 'print the catalog as JSON, request schemas included')
    .addOption(apiUrlOption())
    .action(async (rawOptions: unknown) => {
      const options = parseCommandOptions(Options, rawOptions);
      const workflows = await (await signedInClient(options.apiUrl)).listWorkflows();
      if (options.json) {
        process.stdout.write(`${JSON.stringify(workflows)}\n`);
        return;
      }
      const rows = workflows.map((workflow) => [
        workflowLabel(workflow.name),
        workflow.title,
        workflow.steps.join(' '),
      ]);
      process.stdout.write(textTable([['PACKAGE', 'TITLE', 'STEPS'], ...rows]));
    });
}
