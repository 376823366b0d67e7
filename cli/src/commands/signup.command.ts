import type { Command } from 'commander';
import { z } from 'zod';
import { ApiClient } from '../api/api-client.ts';
import { parseCommandOptions } from '../command-options.ts';
import { EmailAddress, logInAndSave } from '../credentials/log-in.ts';
import { readPassword } from '../credentials/password-input.ts';
import { apiUrlOption, loginTarget } from '../credentials/session.ts';

const Options = z.object({
  email: EmailAddress,
  name: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters').optional(),
  passwordStdin: z.boolean().default(false),
  apiUrl: z.string().optional(),
});

/** `contentflow signup`: creates an account, then logs in to it as `contentflow login` does. */
export function register(program: Command): void {
  program
    .command('signup')
    .description('Create an account, then log in to it.')
    .requiredOption('--email <email>', 'the email of the new account')
    .option('--name <name>', "your name (default: the email's local part)")
    .option('--password-stdin', 'read the password from stdin instead of asking for it (twice)')
    .addOption(apiUrlOption())
    .action(async (rawOptions: unknown) => {
      const options = parseCommandOptions(Options, rawOptions);
      const apiUrl = await loginTarget(options.apiUrl);
      const password = await readPassword({ fromStdin: options.passwordStdin, confirm: true });
      const credentials = { email: options.email, password };
      await new ApiClient({ baseUrl: apiUrl }).signUp({
        ...credentials,
        ...(options.name ? { name: options.name } : {}),
      });
      await logInAndSave(apiUrl, credentials);
    });
}
