import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { CliError } from '../cli-error.ts';

/** What `contentflow login` keeps: the token is a bearer credential, hence the file's 0600 mode. */
export const StoredCredentials = z.object({
  apiUrl: z.string().min(1),
  token: z.string().min(1),
  expiresAt: z.iso.datetime(),
});
export type StoredCredentials = z.infer<typeof StoredCredentials>;

/** `$CONTENTFLOW_CONFIG_DIR`, else `$XDG_CONFIG_HOME/contentflow`, else `~/.config/contentflow`. */
export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  const explicit = env['CONTENTFLOW_CONFIG_DIR'];
  if (explicit) return explicit;
  // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const xdg = env['XDG_CONFIG_HOME'];
  return join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), '.config'), 'contentflow');
}

export function credentialsFile(env: NodeJS.ProcessEnv = process.env): string {
  return join(configDir(env), 'credentials.json');
}

/** The saved login, or undefined when there is none. */
export async function readCredentials(env: NodeJS.ProcessEnv = process.env): Promise<StoredCredentials | undefined> {
  const file = credentialsFile(env);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const credentials = StoredCredentials.safeParse(parsed);
  if (!credentials.success) throw new CliError(`${file} is not a saved login; run \`contentflow login\` to replace it`);
  return credentials.data;
}

/**
 * Saves the login readable by the user only (file 0600 in a 0700 directory). The file is written under a temporary
 * name, created with its final mode, and renamed into place, so it is never readable by others nor half-written.
 */
export async function writeCredentials(
  credentials: StoredCredentials,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const file = credentialsFile(env);
  await mkdir(configDir(env), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return file;
}
