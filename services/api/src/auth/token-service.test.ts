import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { base64url, SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadSigningKeys, type SigningKeys } from './signing-keys.ts';
import { createTokenService, InvalidTokenError, type TokenService } from './token-service.ts';

const issuer = 'https://contentflow.test';
const audience = 'contentflow-api';
const principal = { userId: 'user-1', tenantId: 'tenant-1' };
let dir: string;
let keys: SigningKeys;
let tokens: TokenService;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cf-token-'));
  keys = await loadSigningKeys({ keyFile: join(dir, 'keys.json'), env: {} });
  tokens = createTokenService({ keys, issuer, audience, ttlSeconds: 3600 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function signed(build: (jwt: SignJWT) => SignJWT): Promise<string> {
  return build(
    new SignJWT({ tid: principal.tenantId }).setProtectedHeader({ alg: 'ES256', kid: keys.active.kid }),
  ).sign(keys.active.key);
}

describe('token service', () => {
  test('issues a token that verifies back to the principal, with its expiry', async () => {
    const { token, expiresAt } = await tokens.issue(principal);
    expect(await tokens.verify(token)).toEqual(principal);
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(3590_000);
  });

  test.each([
    [
      'expired',
      (jwt: SignJWT) =>
        jwt.setSubject('u').setIssuer(issuer).setAudience(audience).setIssuedAt().setExpirationTime('-1m'),
      /expired/,
    ],
    [
      'without exp',
      (jwt: SignJWT) => jwt.setSubject('u').setIssuer(issuer).setAudience(audience).setIssuedAt(),
      /"exp"/,
    ],
    [
      'with another issuer',
      (jwt: SignJWT) =>
        jwt.setSubject('u').setIssuer('evil').setAudience(audience).setIssuedAt().setExpirationTime('1h'),
      /"iss"/,
    ],
    [
      'for another audience',
      (jwt: SignJWT) =>
        jwt.setSubject('u').setIssuer(issuer).setAudience('other').setIssuedAt().setExpirationTime('1h'),
      /"aud"/,
    ],
    [
      'without subject',
      (jwt: SignJWT) => jwt.setIssuer(issuer).setAudience(audience).setIssuedAt().setExpirationTime('1h'),
      /"sub"/,
    ],
  ])('refuses a token %s', async (_, build, message) => {
    await expect(tokens.verify(await signed(build))).rejects.toThrow(message);
  });

  test('refuses alg:none', async () => {
    const unsecured = new UnsecuredJWT({ tid: 't' })
      .setSubject('u')
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime('1h')
      .encode();
    await expect(tokens.verify(unsecured)).rejects.toThrow(InvalidTokenError);
  });

  test('refuses an HS256 token signed with the public key (algorithm confusion)', async () => {
    const secret = new TextEncoder().encode('a-guessable-secret-a-guessable-secret');
    const token = await new SignJWT({ tid: 't' })
      .setProtectedHeader({ alg: 'HS256', kid: keys.active.kid })
      .setSubject('u')
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(secret);
    await expect(tokens.verify(token)).rejects.toThrow(/algorithm is not allowed/);
  });

  test('refuses a tampered payload', async () => {
    const { token } = await tokens.issue(principal);
    const [header, , signature] = token.split('.');
    const forged = base64url.encode(
      JSON.stringify({ sub: 'admin', tid: 'tenant-2', iss: issuer, aud: audience, iat: 1, exp: 9999999999 }),
    );
    await expect(tokens.verify(`${header}.${forged}.${signature}`)).rejects.toThrow(/signature is invalid/);
  });

  test('refuses a token signed by a key it does not know', async () => {
    const otherKeys = await loadSigningKeys({ keyFile: join(dir, 'other.json'), env: {} });
    const other = createTokenService({ keys: otherKeys, issuer, audience, ttlSeconds: 60 });
    await expect(tokens.verify((await other.issue(principal)).token)).rejects.toThrow(/unknown key/);
  });

  test('refuses garbage', async () => {
    await expect(tokens.verify('not.a.jwt')).rejects.toThrow(/malformed/);
  });
});

describe('token service verification cache', () => {
  test('a token verified before is still refused once it expires', async () => {
    let clock = new Date('2026-06-01T12:00:00Z');
    const timed = createTokenService({ keys, issuer, audience, ttlSeconds: 60, now: () => clock });
    const { token } = await timed.issue(principal);
    expect(await timed.verify(token)).toEqual(principal);
    expect(await timed.verify(token)).toEqual(principal);
    clock = new Date('2026-06-01T12:01:00Z');
    await expect(timed.verify(token)).rejects.toThrow(/expired/);
  });

  test('a tampered copy of a verified token is refused', async () => {
    const { token } = await tokens.issue(principal);
    await tokens.verify(token);
    const at = token.length - 10;
    const forged = `${token.slice(0, at)}${token[at] === 'A' ? 'B' : 'A'}${token.slice(at + 1)}`;
    await expect(tokens.verify(forged)).rejects.toThrow(InvalidTokenError);
  });
});
