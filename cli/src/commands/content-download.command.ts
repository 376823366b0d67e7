import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { CliError, EXIT_FAILURE, messageOf } from '../cli-error.ts';
import { commandGroup } from '../command-module.ts';
import { parseCommandOptions, parseIdArgument } from '../command-options.ts';
import { apiUrlOption, signedInClient } from '../credentials/session.ts';
import { fileNameFromDisposition } from '../download/download-file-name.ts';
import { saveToFile, writeToStdout } from '../download/save-download.ts';

const Options = z.object({
  output: z.string().min(1, 'must not be empty').optional(),
  force: z.boolean().default(false),
  apiUrl: z.string().optional(),
});

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/** `--output` as given (the user's own choice), or the API's file name, checked, in the current or given directory. */
async function targetFile(output: string | undefined, contentDisposition: string | null): Promise<string> {
  if (output !== undefined && !(await isDirectory(output))) return output;
  return join(output ?? '.', fileNameFromDisposition(contentDisposition));
}

/** A broken connection or a failed write, reported as a failed operation; the command's own errors as they are. */
function failedDownload(contentId: string, target: string) {
  return (error: unknown): never => {
    if (error instanceof CliError) throw error;
    throw new CliError(`downloading content ${contentId} to ${target} failed: ${messageOf(error)}`, EXIT_FAILURE);
  };
}

/** `contentflow content download <id>`: saves the content's bytes under the name the API gives, or where told. */
export function register(program: Command): void {
  commandGroup(program, 'content', 'Fetch the content jobs produced.')
    .command('download')
    .description("Download content into the current directory under the API's file name, to --output, or to stdout.")
    .argument('<contentId>', 'the content id (a job lists its content ids)')
    .option('--output <path>', 'the file (or directory) to write to; - for stdout')
    .option('--force', 'overwrite the file if it exists')
    .addOption(apiUrlOption())
    .action(async (rawId: string, rawOptions: unknown) => {
      const contentId = parseIdArgument(rawId, 'contentId');
      const options = parseCommandOptions(Options, rawOptions);
      const download = await (await signedInClient(options.apiUrl)).downloadContent(contentId);
      if (options.output === '-') {
        await writeToStdout(download.body).catch(failedDownload(contentId, 'stdout'));
        return;
      }
      let target: string;
      try {
        target = await targetFile(options.output, download.contentDisposition);
      } catch (error) {
        await download.body.cancel();
        throw error;
      }
      await saveToFile(download.body, target, { overwrite: options.force }).catch(failedDownload(contentId, target));
      process.stdout.write(`${target}\n`);
    });
}
