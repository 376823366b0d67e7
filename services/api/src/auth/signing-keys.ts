import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type CryptoKey, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { z } from 'zod';

/** The one algorithm tokens are signed and verified with; pinned so `alg: none` or HS/RS confusion can't get in. */
export const JWT_ALGORITHM = 'ES256';

/** How many keys a rotation keeps: the new active key plus older ones that still verify unexpired tokens. */
const KEPT_KEYS = 3;

const privateJwkSchema = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  kid: z.string().min(1),
  x: z.string(),
  y: z.string(),
  d: z.string(),
});
const keyFileSchema = z.object({ keys: z.array(privateJwkSchema).min(1) });
type KeyFile = z.infer<typeof keyFileSchema>;

export interface SigningKeys {
  /** The key new tokens are signed with. */
  active: { kid: string; key: CryptoKey };
  /** Every key a token may carry in its `kid`, the active one included. */
  verification: ReadonlyMap<string, CryptoKey>;
}

export class SigningKeyConfigError extends Error {
  override name = 'SigningKeyConfigError';
}

async function newPrivateJwk(): Promise<KeyFile['keys'][number]> {
  const { privateKey } = await generateKeyPair(JWT_ALGORITHM, { extractable: true });
  return privateJwkSchema.parse({ ...(await exportJWK(privateKey)), kid: randomUUID() });
}

function parseKeyFile(text: string, where: string): KeyFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SigningKeyConfigError(`${where} is not valid JSON`);
  }
  const parsed = keyFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new SigningKeyConfigError(`${where} must be {"keys":[<EC P-256 private JWK with kid>, ...]}`);
  }
  return parsed.data;
}

function writeKeyFile(file: string, keys: KeyFile): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, file);
}

function readKeyFileIfPresent(file: string): KeyFile | undefined {
  try {
    return parseKeyFile(readFileSync(file, 'utf8'), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function toSigningKeys(file: KeyFile): Promise<SigningKeys> {
  const verification = new Map<string, CryptoKey>();
  for (const { d: _private, ...publicJwk } of file.keys) {
    verification.set(publicJwk.kid, (await importJWK(publicJwk as JWK, JWT_ALGORITHM)) as CryptoKey);
  }
  const active = file.keys[0]!;
  return {
    active: { kid: active.kid, key: (await importJWK(active as JWK, JWT_ALGORITHM)) as CryptoKey },
    verification,
  };
}

/**
 * Signing keys come from `CONTENTFLOW_JWT_SIGNING_KEYS` (in AWS, ECS injects it from Secrets Manager), else from
 * the key file in the data dir, which is generated (mode 0600) on first start. There is never a built-in key.
 */
export async function loadSigningKeys(options: { keyFile: string; env?: NodeJS.ProcessEnv }): Promise<SigningKeys> {
  const fromEnv = (options.env ?? process.env)['CONTENTFLOW_JWT_SIGNING_KEYS'];
  if (fromEnv) return toSigningKeys(parseKeyFile(fromEnv, 'CONTENTFLOW_JWT_SIGNING_KEYS'));
  const existing = readKeyFileIfPresent(options.keyFile);
  if (existing) return toSigningKeys(existing);
  writeKeyFile(options.keyFile, { keys: [await newPrivateJwk()] });
  // Read back rather than use what we wrote: another process starting at once may have renamed its file last.
  return toSigningKeys(parseKeyFile(readFileSync(options.keyFile, 'utf8'), options.keyFile));
}

/** Puts a new active key first; older keys keep verifying tokens until they are rotated out. */
export async function rotateSigningKeys(keyFile: string): Promise<{ activeKid: string; keptKids: string[] }> {
  const existing = readKeyFileIfPresent(keyFile)?.keys ?? [];
  const keys = [await newPrivateJwk(), ...existing].slice(0, KEPT_KEYS);
  writeKeyFile(keyFile, { keys });
  return { activeKid: keys[0]!.kid, keptKids: keys.map((key) => key.kid) };
}
