import type { Command } from 'commander';
import { z } from 'zod';
import { parseCommandOptions } from '../command-options.ts';
import { EmailAddress, logInAndSave } from '../credentials/log-in.ts';
import { readPassword } from '../credentials/password-input.ts';
import { apiUrlOption, loginTarget } from '../credentials/session.ts';

const Options = z.object({
  email: EmailAddress,
  passwordStdin: z.boolean().default(false),
  apiUrl: z.string().optional(),
});

/** `contentflow login`: gets a token for the account and saves it for the other commands. */
export function register(program: Command): void {
  program
    .command('login')
    .description('Log in and save the token (in $CONTENTFLOW_CONFIG_DIR or ~/.config/contentflow, mode 0600).')
    .requiredOption('--email <email>', 'the email of your account')
    .option('--password-stdin', 'read the password from stdin instead of asking for it')
    .addOption(apiUrlOption())
    .action(async (rawOptions: unknown) => {
      const options = parseCommandOptions(Options, rawOptions);
      const apiUrl = await loginTarget(options.apiUrl);
      const password = await readPassword({ fromStdin: options.passwordStdin });
      await logInAndSave(apiUrl, { email: options.email, password });
    });
}
