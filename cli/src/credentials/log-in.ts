import { z } from 'zod';
import { ApiClient, type Credentials } from '../api/api-client.ts';
import { credentialsFile, writeCredentials } from './credentials-file.ts';

/** The `--email` of login and sign-up. */
export const EmailAddress = z
  .string()
  .trim()
  .pipe(z.email({ error: 'must be an email address' }));

/** Logs in to `apiUrl` and saves the token for the next commands; says where, never what, it saved. */
export async function logInAndSave(
  apiUrl: string,
  credentials: Credentials,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const { token, expiresAt } = await new ApiClient({ baseUrl: apiUrl }).logIn(credentials);
  const file = await writeCredentials({ apiUrl, token, expiresAt }, env);
  process.stdout.write(`logged in to ${apiUrl} as ${credentials.email} until ${expiresAt} (saved in ${file})\n`);
  if (env['CONTENTFLOW_TOKEN']) {
    process.stderr.write(`note: CONTENTFLOW_TOKEN is set, and commands use it rather than ${credentialsFile(env)}\n`);
  }
}
