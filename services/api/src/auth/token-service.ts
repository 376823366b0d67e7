import { errors, type JWTVerifyGetKey, jwtVerify, SignJWT } from 'jose';
import { JWT_ALGORITHM, type SigningKeys } from './signing-keys.ts';

export interface TokenServiceOptions {
  keys: SigningKeys;
  issuer: string;
  audience: string;
  ttlSeconds: number;
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

export function createTokenService(options: TokenServiceOptions) {
  const { keys, issuer, audience, ttlSeconds } = options;
  const keyForToken: JWTVerifyGetKey = (header) => {
    const key = header.kid ? keys.verification.get(header.kid) : undefined;
    if (!key) throw new InvalidTokenError('token is signed with an unknown key');
    return key;
  };

  return {
    async issue(principal: VerifiedPrincipal): Promise<IssuedToken> {
      const now = Math.floor(Date.now() / 1000);
      const token = await new SignJWT({ tid: principal.tenantId })
        .setProtectedHeader({ alg: JWT_ALGORITHM, kid: keys.active.kid, typ: 'JWT' })
        .setSubject(principal.userId)
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt(now)
        .setExpirationTime(now + ttlSeconds)
        .sign(keys.active.key);
      return { token, expiresAt: new Date((now + ttlSeconds) * 1000).toISOString() };
    },

    async verify(token: string): Promise<VerifiedPrincipal> {
      try {
        const { payload } = await jwtVerify(token, keyForToken, {
          algorithms: [JWT_ALGORITHM],
          issuer,
          audience,
          requiredClaims: ['exp', 'iat', 'sub', 'iss', 'aud'],
        });
        if (typeof payload['tid'] !== 'string' || !payload.sub) throw new InvalidTokenError('token has no tenant');
        return { userId: payload.sub, tenantId: payload['tid'] };
      } catch (error) {
        throw new InvalidTokenError(describe(error));
      }
    },
  };
}

export type TokenService = ReturnType<typeof createTokenService>;
