import { describe, expect, test } from 'vitest';
import { ApiConfigError, loadApiConfig } from './api-config.ts';

describe('loadApiConfig', () => {
  test('has a default for everything', () => {
    expect(loadApiConfig({})).toEqual({
      port: 3000,
      hostname: '127.0.0.1',
      publicUrl: 'http://localhost:3000',
      token: { issuer: 'contentflow', audience: 'contentflow-api', ttlSeconds: 3600 },
      limits: { maxBodyBytes: 1_048_576, rateLimitPerMinute: 600, authRateLimitPerMinute: 20 },
      downloadUrlTtlSeconds: 300,
      sseHeartbeatSeconds: 15,
      trustProxy: false,
      shutdownGraceSeconds: 10,
    });
  });

  test('reads every variable, and treats an empty one as unset', () => {
    const config = loadApiConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      CONTENTFLOW_PUBLIC_URL: 'https://api.example.com/',
      CONTENTFLOW_JWT_ISSUER: 'https://id.example.com',
      CONTENTFLOW_JWT_AUDIENCE: 'cf',
      CONTENTFLOW_JWT_TTL_SECONDS: '900',
      CONTENTFLOW_API_MAX_BODY_BYTES: '2048',
      CONTENTFLOW_API_RATE_LIMIT_PER_MINUTE: '1000000',
      CONTENTFLOW_API_AUTH_RATE_LIMIT_PER_MINUTE: '',
      CONTENTFLOW_DOWNLOAD_URL_TTL_SECONDS: '60',
      CONTENTFLOW_SSE_HEARTBEAT_SECONDS: '5',
      CONTENTFLOW_API_TRUST_PROXY: 'true',
      CONTENTFLOW_API_SHUTDOWN_GRACE_SECONDS: '0',
    });
    expect(config).toEqual({
      port: 8080,
      hostname: '0.0.0.0',
      publicUrl: 'https://api.example.com',
      token: { issuer: 'https://id.example.com', audience: 'cf', ttlSeconds: 900 },
      limits: { maxBodyBytes: 2048, rateLimitPerMinute: 1_000_000, authRateLimitPerMinute: 20 },
      downloadUrlTtlSeconds: 60,
      sseHeartbeatSeconds: 5,
      trustProxy: true,
      shutdownGraceSeconds: 0,
    });
  });

  test.each([
    [{ PORT: 'eighty' }, 'PORT must be a whole number'],
    [{ CONTENTFLOW_JWT_TTL_SECONDS: '10' }, 'CONTENTFLOW_JWT_TTL_SECONDS must be at least 60'],
    [{ CONTENTFLOW_DOWNLOAD_URL_TTL_SECONDS: '86400' }, 'CONTENTFLOW_DOWNLOAD_URL_TTL_SECONDS must be at most 3600'],
    [{ CONTENTFLOW_API_TRUST_PROXY: 'yes' }, 'CONTENTFLOW_API_TRUST_PROXY must be "true" or "false"'],
    [{ CONTENTFLOW_PUBLIC_URL: 'ftp://x' }, 'CONTENTFLOW_PUBLIC_URL must be an http(s) URL'],
  ])('refuses %o naming the variable', (env, message) => {
    expect(() => loadApiConfig(env)).toThrow(new ApiConfigError(message));
  });
});
