import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { EXIT_INVALID_INPUT } from '../cli-error.ts';
import { credentialsFile, writeCredentials } from './credentials-file.ts';
import { DEFAULT_API_URL, loginTarget, resolveSession } from './session.ts';

const NOW = new Date('2026-11-26T10:00:00Z');
const SAVED = { apiUrl: 'https://cf.example.com', token: 'saved-token', expiresAt: '2026-11-26T11:00:00.000Z' };

let env: NodeJS.ProcessEnv = {};
beforeEach(() => {
  env = { CONTENTFLOW_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'cf-')) };
});
afterEach(() => rmSync(env['CONTENTFLOW_CONFIG_DIR']!, { recursive: true, force: true }));

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('expected a failure'),
    (error: unknown) => error,
  );

describe('resolveSession', () => {
  test("uses the saved login's API and token", async () => {
    await writeCredentials(SAVED, env);
    expect(await resolveSession(undefined, env, NOW)).toEqual({ baseUrl: SAVED.apiUrl, token: 'saved-token' });
  });

  test('CONTENTFLOW_TOKEN overrides the saved token, and works with no saved login at all', async () => {
    expect(await resolveSession(undefined, { ...env, CONTENTFLOW_TOKEN: 'env-token' }, NOW)).toEqual({
      baseUrl: DEFAULT_API_URL,
      token: 'env-token',
    });
    await writeCredentials(SAVED, env);
    expect(await resolveSession(undefined, { ...env, CONTENTFLOW_TOKEN: 'env-token' }, NOW)).toEqual({
      baseUrl: SAVED.apiUrl,
      token: 'env-token',
    });
  });

  test('--api-url beats CONTENTFLOW_API_URL, which beats the saved API; a trailing slash does not matter', async () => {
    const withToken = { ...env, CONTENTFLOW_TOKEN: 't', CONTENTFLOW_API_URL: 'http://env.example/' };
    expect((await resolveSession('http://flag.example:8080/', withToken, NOW)).baseUrl).toBe(
      'http://flag.example:8080',
    );
    expect((await resolveSession(undefined, withToken, NOW)).baseUrl).toBe('http://env.example');
  });

  test('without a login or CONTENTFLOW_TOKEN, says how to log in (a usage error)', async () => {
    const error = await failure(resolveSession(undefined, env, NOW));
    expect(error).toMatchObject({
      message: 'not logged in: run `contentflow login --email <email>` (or set CONTENTFLOW_TOKEN)',
      exitCode: EXIT_INVALID_INPUT,
    });
  });

  test('an expired login is refused before any request, with the fix', async () => {
    await writeCredentials({ ...SAVED, expiresAt: '2026-11-26T09:59:59.000Z' }, env);
    const error = await failure(resolveSession(undefined, env, NOW));
    expect(error).toMatchObject({
      message: `your login to ${SAVED.apiUrl} expired at 2026-11-26T09:59:59.000Z: run \`contentflow login\` again`,
      exitCode: EXIT_INVALID_INPUT,
    });
  });

  test('never sends the saved token to another API than the one that issued it', async () => {
    await writeCredentials(SAVED, env);
    const error = await failure(resolveSession('http://elsewhere.example', env, NOW));
    expect(error).toHaveProperty(
      'message',
      `you are logged in to ${SAVED.apiUrl}, not http://elsewhere.example: run \`contentflow login --api-url http://elsewhere.example\``,
    );
  });

  test('an API URL that is not http(s) is refused, naming where it came from', async () => {
    expect(await failure(resolveSession('ftp://files.example', env, NOW))).toHaveProperty(
      'message',
      '--api-url must be an http:// or https:// URL: "ftp://files.example"',
    );
    expect(await failure(loginTarget(undefined, { ...env, CONTENTFLOW_API_URL: 'localhost:3000' }))).toHaveProperty(
      'message',
      'CONTENTFLOW_API_URL must be an http:// or https:// URL: "localhost:3000"',
    );
  });
});

describe('loginTarget', () => {
  test('is the saved login’s API unless told otherwise, else the local default', async () => {
    expect(await loginTarget(undefined, env)).toBe(DEFAULT_API_URL);
    await writeCredentials(SAVED, env);
    expect(await loginTarget(undefined, env)).toBe(SAVED.apiUrl);
    expect(await loginTarget('http://other.example', env)).toBe('http://other.example');
  });

  test('is not blocked by a saved login that cannot be read, since logging in replaces it', async () => {
    writeFileSync(credentialsFile(env), 'not json');
    expect(await loginTarget(undefined, env)).toBe(DEFAULT_API_URL);
    await expect(resolveSession(undefined, env, NOW)).rejects.toThrow('is not a saved login');
  });
});
