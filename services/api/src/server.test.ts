import { afterEach, describe, expect, test } from 'vitest';
import { type ApiServer, startApiServer } from './server.ts';
import { ApiHarness } from './test-support/api-harness.ts';
import { SseReader } from './test-support/sse-reader.ts';
import { storeContent } from './test-support/stored-content.ts';

let h: ApiHarness | undefined;
let server: ApiServer | undefined;

afterEach(async () => {
  await server?.close();
  h?.close();
  server = undefined;
  h = undefined;
});

async function serve(
  options: Parameters<typeof ApiHarness.create>[0] = {},
): Promise<{ h: ApiHarness; server: ApiServer }> {
  h = await ApiHarness.create(options);
  server = await startApiServer({ app: h.app, port: 0, shutdownGraceSeconds: 10 });
  return { h, server };
}

describe('startApiServer', () => {
  test('serves the app on the URL it reports, and refuses connections once closed', async () => {
    const { server } = await serve();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    const response = await fetch(`${server.url}/health`);
    expect(await response.json()).toEqual({ status: 'ok' });
    await server.close();
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
  });

  test('close ends event streams and lets an in-flight download finish', async () => {
    const { h, server } = await serve();
    const user = await h.user('ana@example.com');
    const { content, key } = await storeContent(h, user);
    const big = Buffer.alloc(8 * 1024 * 1024, 'x');
    await h.blobs.put(key, big, { contentType: 'application/octet-stream' });

    const events = new SseReader((await fetch(`${server.url}/api/v1/events/stream`, { headers: user.headers })).body);
    expect(await events.next()).toEqual({ comment: 'connected' });
    const download = await fetch(`${server.url}/api/v1/content/${content.id}/download?redirect=false`, {
      headers: user.headers,
    });
    const reader = download.body!.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);

    let closeResolved = false;
    const closed = server.close().then(() => {
      closeResolved = true;
    });
    expect(await events.next()).toBeNull();
    expect(closeResolved).toBe(false);
    let received = first.value!.byteLength;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) received += chunk.value.byteLength;
    expect(received).toBe(big.byteLength);
    await closed;
  });

  test('a declared body over the limit is refused from its Content-Length', async () => {
    const { h, server } = await serve({ limits: { maxBodyBytes: 1024 } });
    const user = await h.user('ana@example.com');
    const response = await fetch(`${server.url}/api/v1/jobs`, {
      method: 'POST',
      headers: { ...user.headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ engine: 'text', task: 'echo', input: { text: 'x'.repeat(2000) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ detail: 'request body exceeds the limit of 1024 bytes' });
    expect(h.counts().jobs).toBe(0);
  });

  test('every answer carries its request ids and rate-limit state, set on the Node response', async () => {
    const { h, server } = await serve({ limits: { rateLimitPerMinute: 50 } });
    const user = await h.user('ana@example.com');
    const response = await fetch(`${server.url}/api/v1/jobs`, {
      headers: { ...user.headers, 'X-Request-Id': 'req-9', 'X-Correlation-Id': 'corr-9' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(response.headers.get('X-Request-Id')).toBe('req-9');
    expect(response.headers.get('X-Correlation-Id')).toBe('corr-9');
    expect(response.headers.get('RateLimit-Policy')).toBe('50;w=60');
    expect(response.headers.get('RateLimit')).toMatch(/^limit=50, remaining=49, reset=(60|59)$/);
    // A problem answer carries them too, beside its own headers.
    const missing = await fetch(`${server.url}/api/v1/jobs/nope`, { headers: user.headers });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('Content-Type')).toBe('application/problem+json');
    expect(missing.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(missing.headers.get('RateLimit')).toMatch(/^limit=50, remaining=48, /);
  });

  test('sign-up and log-in are limited per client address', async () => {
    const { server } = await serve({ limits: { authRateLimitPerMinute: 1 } });
    const attempt = () =>
      fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'x@example.com' }),
      });
    expect((await attempt()).status).toBe(400);
    const refused = await attempt();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(refused.headers.get('RateLimit')).toMatch(/^limit=1, remaining=0, reset=\d+$/);
  });
});
