import { errors, type JWTVerifyGetKey, jwtVerify, SignJWT } from 'jose';
import { JWT_ALGORITHM, type SigningKeys } from './signing-keys.ts';

export interface TokenServiceOptions {
  keys: SigningKeys;
  issuer: string;
  audience: string;
  ttlSeconds: number;
  /** The clock tokens are issued and checked against; tests pass their own. */
  now?: () => Date;
}

export interface IssuedToken {
  token: string;
  expiresAt: string;
}

export interface VerifiedPrincipal {
  userId: string;
  tenantId: string;
}

/** Why a token was refused; the API turns it into a 401 with this message. */
export class InvalidTokenError extends Error {
  override name = 'InvalidTokenError';
}

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'token has expired';
  if (error instanceof errors.JWTClaimValidationFailed)
    return `token claim "${error.claim}" is invalid: ${error.reason}`;
  if (error instanceof errors.JOSEAlgNotAllowed) return `token algorithm is not allowed (only ${JWT_ALGORITHM})`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'token signature is invalid';
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof InvalidTokenError) return error.message;
  return 'token is malformed';
}

/**
 * How many verified tokens are remembered. An ECDSA verification costs far more than the rest of a typical request,
 * and a client sends the same token with every request; a token's bytes cannot change without breaking its
 * signature, so a token verified once stays valid until its `exp`, which is checked on every use.
 */
const VERIFIED_TOKENS_KEPT = 10_000;

export function createTokenService(options: TokenServiceOptions) {
  const { keys, issuer, audience, ttlSeconds } = options;
  const now = options.now ?? (() => new Date());
  const verified = new Map<string, { principal: VerifiedPrincipal; expiresAtMs: number }>();

  function remember(token: string, principal: VerifiedPrincipal, expiresAtMs: number): void {
    // Oldest first out: Map iterates in insertion order.
    if (verified.size >= VERIFIED_TOKENS_KEPT) verified.delete(verified.keys().next().value ?? '');
    verified.set(token, { principal, expiresAtMs });
  }

  const keyForToken: JWTVerifyGetKey = (header) => {
    const key = header.kid ? keys.verification.get(header.kid) : undefined;
    if (!key) throw new InvalidTokenError('token is signed with an unknown key');
    return key;
  };

  return {
    async issue(principal: VerifiedPrincipal): Promise<IssuedToken> {
      const issuedAt = Math.floor(now().getTime() / 1000);
      const token = await new SignJWT({ tid: principal.tenantId })
        .setProtectedHeader({ alg: JWT_ALGORITHM, kid: keys.active.kid, typ: 'JWT' })
        .setSubject(principal.userId)
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt(issuedAt)
        .setExpirationTime(issuedAt + ttlSeconds)
        .sign(keys.active.key);
      return { token, expiresAt: new Date((issuedAt + ttlSeconds) * 1000).toISOString() };
    },

    async verify(token: string): Promise<VerifiedPrincipal> {
      const at = now();
      const known = verified.get(token);
      if (known && known.expiresAtMs > at.getTime()) return known.principal;
      if (known) verified.delete(token);
      try {
        const { payload } = await jwtVerify(token, keyForToken, {
          algorithms: [JWT_ALGORITHM],
          issuer,
          audience,
          requiredClaims: ['exp', 'iat', 'sub', 'iss', 'aud'],
          currentDate: at,
        });
        if (typeof payload['tid'] !== 'string' || !payload.sub) throw new InvalidTokenError('token has no tenant');
        const principal = { userId: payload.sub, tenantId: payload['tid'] };
        remember(token, principal, (payload.exp ?? 0) * 1000);
        return principal;
      } catch (error) {
        throw new InvalidTokenError(describe(error));
      }
    },
  };
}

export type TokenService = ReturnType<typeof createTokenService>;
