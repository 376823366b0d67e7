import { Option } from 'commander';
import { z } from 'zod';
import { ApiClient } from '../api/api-client.ts';
import { CliError } from '../cli-error.ts';
import { readCredentials, type StoredCredentials } from './credentials-file.ts';

export const DEFAULT_API_URL = 'http://localhost:3000';

const ApiUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
  .transform((url) => url.replace(/\/+$/, ''));

/** The `--api-url` option every command that calls the API takes. */
export function apiUrlOption(): Option {
  return new Option(
    '--api-url <url>',
    `the API to call (default: $CONTENTFLOW_API_URL, else the one you logged in to, else ${DEFAULT_API_URL})`,
  );
}

function validApiUrl(value: string, source: string): string {
  const parsed = ApiUrl.safeParse(value);
  if (!parsed.success) throw new CliError(`${source} ${parsed.error.issues[0]?.message}: ${JSON.stringify(value)}`);
  return parsed.data;
}

/** `--api-url`, else `$CONTENTFLOW_API_URL`, else the saved login's, else the local default. */
function chooseApiUrl(flag: string | undefined, env: NodeJS.ProcessEnv, saved: StoredCredentials | undefined): string {
  if (flag !== undefined) return validApiUrl(flag, '--api-url');
  const fromEnv = env['CONTENTFLOW_API_URL'];
  if (fromEnv) return validApiUrl(fromEnv, 'CONTENTFLOW_API_URL');
  return saved?.apiUrl ?? DEFAULT_API_URL;
}

/** The API to sign up or log in to. A saved login that cannot be read does not matter: logging in replaces it. */
export async function loginTarget(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const saved = await readCredentials(env).catch((error: unknown) => {
    if (error instanceof CliError) return undefined;
    throw error;
  });
  return chooseApiUrl(flag, env, saved);
}

/** The API to call and the bearer token to call it with. */
export interface Session {
  baseUrl: string;
  token: string;
}

/**
 * The signed-in user's session: `$CONTENTFLOW_TOKEN` if set, else the saved login. The saved token is only ever
 * sent to the API it was issued by, and an expired one is refused here rather than by the server.
 */
export async function resolveSession(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  now: Date = new Date(),
): Promise<Session> {
  const saved = await readCredentials(env);
  const apiUrl = chooseApiUrl(flag, env, saved);
  const envToken = env['CONTENTFLOW_TOKEN'];
  if (envToken) return { baseUrl: apiUrl, token: envToken };
  if (!saved) {
    throw new CliError('not logged in: run `contentflow login --email <email>` (or set CONTENTFLOW_TOKEN)');
  }
  if (saved.apiUrl !== apiUrl) {
    throw new CliError(
      `you are logged in to ${saved.apiUrl}, not ${apiUrl}: run \`contentflow login --api-url ${apiUrl}\``,
    );
  }
  if (Date.parse(saved.expiresAt) <= now.getTime()) {
    throw new CliError(`your login to ${apiUrl} expired at ${saved.expiresAt}: run \`contentflow login\` again`);
  }
  return { baseUrl: apiUrl, token: saved.token };
}

/** An API client for the signed-in user (see resolveSession). */
export async function signedInClient(flag: string | undefined): Promise<ApiClient> {
  return new ApiClient(await resolveSession(flag));
}
