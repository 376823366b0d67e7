import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { CliError } from '../cli-error.ts';
import { configDir, credentialsFile, readCredentials, writeCredentials } from './credentials-file.ts';

const CREDENTIALS = {
  apiUrl: 'http://localhost:3000',
  token: 'header.payload.signature',
  expiresAt: '2026-11-26T11:00:00.000Z',
};

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cf-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('configDir', () => {
  test('is $CONTENTFLOW_CONFIG_DIR, else $XDG_CONFIG_HOME/contentflow, else ~/.config/contentflow', () => {
    expect(configDir({ CONTENTFLOW_CONFIG_DIR: '/etc/cf', XDG_CONFIG_HOME: '/xdg' })).toBe('/etc/cf');
    expect(configDir({ XDG_CONFIG_HOME: '/xdg' })).toBe('/xdg/contentflow');
    expect(configDir({})).toBe(join(homedir(), '.config', 'contentflow'));
  });

  test('ignores a relative XDG_CONFIG_HOME, as the XDG spec requires', () => {
    expect(configDir({ XDG_CONFIG_HOME: 'relative/config' })).toBe(join(homedir(), '.config', 'contentflow'));
  });
});

describe('credentials file', () => {
  test('is written readable by the user only, in a directory only the user can enter, and read back', async () => {
    const env = { CONTENTFLOW_CONFIG_DIR: join(dir, 'config') };
    const file = await writeCredentials(CREDENTIALS, env);
    expect(file).toBe(join(dir, 'config', 'credentials.json'));
    expect(modeOf(file)).toBe(0o600);
    expect(modeOf(join(dir, 'config'))).toBe(0o700);
    expect(await readCredentials(env)).toEqual(CREDENTIALS);
  });

  test('replaces an existing file, which then has mode 0600 even if the old one was readable by others', async () => {
    const env = { CONTENTFLOW_CONFIG_DIR: dir };
    writeFileSync(credentialsFile(env), '{}');
    chmodSync(credentialsFile(env), 0o644);
    await writeCredentials(CREDENTIALS, env);
    expect(modeOf(credentialsFile(env))).toBe(0o600);
    expect(JSON.parse(readFileSync(credentialsFile(env), 'utf8'))).toEqual(CREDENTIALS);
  });

  test('reads as no login when there is no file', async () => {
    expect(await readCredentials({ CONTENTFLOW_CONFIG_DIR: join(dir, 'none') })).toBeUndefined();
  });

  test('that is not a saved login is named, with how to fix it', async () => {
    const env = { CONTENTFLOW_CONFIG_DIR: dir };
    for (const content of ['not json', '{"apiUrl": "http://x"}']) {
      writeFileSync(credentialsFile(env), content);
      const error = await readCredentials(env).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(CliError);
      expect(error).toHaveProperty(
        'message',
        `${credentialsFile(env)} is not a saved login; run \`contentflow login\` to replace it`,
      );
    }
  });
});
