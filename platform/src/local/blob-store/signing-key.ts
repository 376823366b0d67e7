import { randomBytes, randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const KEY_BYTES = 32;

/**
 * The local blob store's URL-signing key, kept in the data dir so every process sharing it (API, engines) signs
 * and verifies alike and URLs survive a restart. The first process creates it; a racing second one finds it.
 */
export function loadOrCreateSigningKey(dataDir: string): Buffer {
  const file = join(dataDir, 'blob-signing.key');
  try {
    return readKey(file);
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  // Write under a private name, then link: the link fails if another process won, and nobody reads a half-written key.
  const draft = join(dataDir, `.blob-signing.key.${randomUUID()}`);
  writeFileSync(draft, randomBytes(KEY_BYTES), { mode: 0o600, flag: 'wx' });
  try {
    linkSync(draft, file);
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
  } finally {
    rmSync(draft, { force: true });
  }
  return readKey(file);
}

function readKey(file: string): Buffer {
  const key = readFileSync(file);
  if (key.length !== KEY_BYTES) throw new Error(`${file} holds ${key.length} bytes, expected a ${KEY_BYTES}-byte key`);
  return key;
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
