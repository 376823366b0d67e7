import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadSigningKeys, rotateSigningKeys, SigningKeyConfigError } from './signing-keys.ts';

const dirs: string[] = [];
function keyFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cf-keys-'));
  dirs.push(dir);
  return join(dir, 'secrets', 'jwt-signing-keys.json');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('signing keys', () => {
  test('are generated on first start into a 0600 file and reused after', async () => {
    const file = keyFile();
    const first = await loadSigningKeys({ keyFile: file, env: {} });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8')).keys[0].d).toBeTypeOf('string');
    const second = await loadSigningKeys({ keyFile: file, env: {} });
    expect(second.active.kid).toBe(first.active.kid);
  });

  test('come from CONTENTFLOW_JWT_SIGNING_KEYS when set, without touching the data dir', async () => {
    const source = keyFile();
    await loadSigningKeys({ keyFile: source, env: {} });
    const other = keyFile();
    const keys = await loadSigningKeys({
      keyFile: other,
      env: { CONTENTFLOW_JWT_SIGNING_KEYS: readFileSync(source, 'utf8') },
    });
    expect(keys.verification.size).toBe(1);
    expect(() => statSync(other)).toThrow();
  });

  test('a malformed key setting is refused with a clear message', async () => {
    await expect(
      loadSigningKeys({ keyFile: keyFile(), env: { CONTENTFLOW_JWT_SIGNING_KEYS: '{"keys":[]}' } }),
    ).rejects.toThrow(SigningKeyConfigError);
    await expect(
      loadSigningKeys({ keyFile: keyFile(), env: { CONTENTFLOW_JWT_SIGNING_KEYS: 'nope' } }),
    ).rejects.toThrow(/not valid JSON/);
  });

  test('rotation makes a new active key and keeps the old one for verification', async () => {
    const file = keyFile();
    const before = await loadSigningKeys({ keyFile: file, env: {} });
    const rotated = await rotateSigningKeys(file);
    const after = await loadSigningKeys({ keyFile: file, env: {} });
    expect(after.active.kid).toBe(rotated.activeKid);
    expect(after.active.kid).not.toBe(before.active.kid);
    expect([...after.verification.keys()]).toEqual([rotated.activeKid, before.active.kid]);
  });
});
