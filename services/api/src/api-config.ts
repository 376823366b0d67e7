import { z } from 'zod';

/** Everything the API reads from the environment; `services/api/README.md` documents each variable. */
export interface ApiConfig {
  /** Where the server listens. */
  port: number;
  hostname: string;
  /** How clients reach the API (signed local download URLs and the OpenAPI `servers` entry use it). */
  publicUrl: string;
  token: { issuer: string; audience: string; ttlSeconds: number };
  limits: {
    /** Largest request body accepted, in bytes. */
    maxBodyBytes: number;
    /** Requests per minute per signed-in user. */
    rateLimitPerMinute: number;
    /** Sign-up and log-in attempts per minute per client address. */
    authRateLimitPerMinute: number;
  };
  /** How long a content download URL stays valid. */
  downloadUrlTtlSeconds: number;
  /** Seconds between keep-alive comments on an idle event stream (proxies drop silent connections). */
  sseHeartbeatSeconds: number;
  /** Take the client address from the last `X-Forwarded-For` hop (behind a load balancer) instead of the socket. */
  trustProxy: boolean;
  /** How long a graceful shutdown waits for in-flight requests before closing their connections. */
  shutdownGraceSeconds: number;
}

export class ApiConfigError extends Error {
  override name = 'ApiConfigError';
}

function integer(name: string, fallback: number, min: number, max: number) {
  return z
    .string()
    .regex(/^\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .pipe(z.number().min(min, `${name} must be at least ${min}`).max(max, `${name} must be at most ${max}`))
    .default(fallback);
}

const MAX_TOKEN_TTL_SECONDS = 7 * 24 * 3600;

const envSchema = z.object({
  PORT: integer('PORT', 3000, 0, 65_535),
  HOST: z.string().min(1).default('127.0.0.1'),
  CONTENTFLOW_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'CONTENTFLOW_PUBLIC_URL must be an http(s) URL' })
    .optional(),
  CONTENTFLOW_JWT_ISSUER: z.string().min(1).default('contentflow'),
  CONTENTFLOW_JWT_AUDIENCE: z.string().min(1).default('contentflow-api'),
  CONTENTFLOW_JWT_TTL_SECONDS: integer('CONTENTFLOW_JWT_TTL_SECONDS', 3600, 60, MAX_TOKEN_TTL_SECONDS),
  CONTENTFLOW_API_MAX_BODY_BYTES: integer('CONTENTFLOW_API_MAX_BODY_BYTES', 1024 * 1024, 1024, 64 * 1024 * 1024),
  CONTENTFLOW_API_RATE_LIMIT_PER_MINUTE: integer('CONTENTFLOW_API_RATE_LIMIT_PER_MINUTE', 600, 1, 10_000_000),
  CONTENTFLOW_API_AUTH_RATE_LIMIT_PER_MINUTE: integer('CONTENTFLOW_API_AUTH_RATE_LIMIT_PER_MINUTE', 20, 1, 10_000_000),
  CONTENTFLOW_DOWNLOAD_URL_TTL_SECONDS: integer('CONTENTFLOW_DOWNLOAD_URL_TTL_SECONDS', 300, 1, 3600),
  CONTENTFLOW_SSE_HEARTBEAT_SECONDS: integer('CONTENTFLOW_SSE_HEARTBEAT_SECONDS', 15, 1, 300),
  CONTENTFLOW_API_TRUST_PROXY: z
    .enum(['true', 'false'], { error: 'CONTENTFLOW_API_TRUST_PROXY must be "true" or "false"' })
    .default('false'),
  CONTENTFLOW_API_SHUTDOWN_GRACE_SECONDS: integer('CONTENTFLOW_API_SHUTDOWN_GRACE_SECONDS', 10, 0, 300),
});

/** Reads the API's settings, with defaults for everything; a malformed value fails start-up with its name. */
export function loadApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  // An empty variable means "unset", as a shell `FOO= npm start` intends.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) throw new ApiConfigError(parsed.error.issues.map((issue) => issue.message).join('; '));
  const e = parsed.data;
  return {
    port: e.PORT,
    hostname: e.HOST,
    publicUrl: (e.CONTENTFLOW_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    token: {
      issuer: e.CONTENTFLOW_JWT_ISSUER,
      audience: e.CONTENTFLOW_JWT_AUDIENCE,
      ttlSeconds: e.CONTENTFLOW_JWT_TTL_SECONDS,
    },
    limits: {
      maxBodyBytes: e.CONTENTFLOW_API_MAX_BODY_BYTES,
      rateLimitPerMinute: e.CONTENTFLOW_API_RATE_LIMIT_PER_MINUTE,
      authRateLimitPerMinute: e.CONTENTFLOW_API_AUTH_RATE_LIMIT_PER_MINUTE,
    },
    downloadUrlTtlSeconds: e.CONTENTFLOW_DOWNLOAD_URL_TTL_SECONDS,
    sseHeartbeatSeconds: e.CONTENTFLOW_SSE_HEARTBEAT_SECONDS,
    trustProxy: e.CONTENTFLOW_API_TRUST_PROXY === 'true',
    shutdownGraceSeconds: e.CONTENTFLOW_API_SHUTDOWN_GRACE_SECONDS,
  };
}
