import { base64url, SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ApiHarness, AUDIENCE, ISSUER, type StoredCounts, type TestUser } from './test-support/api-harness.ts';
import { readJob, readJobPage, readProblem } from './test-support/read-body.ts';
import { storeContent } from './test-support/stored-content.ts';

/**
 * Requests the API must refuse: each gets the right 4xx as application/problem+json with a message that says what
 * is wrong, and nothing is written (no user, job, content or command).
 */
let h: ApiHarness;
let ana: TestUser;
let bo: TestUser;
let boJobId: string;
let boContentId: string;
let anaKey: string;
let boKey: string;
let anaBlobUrl: URL;
let reusedKeyJobId: string;
let foreignCursor: string;

const echo = { engine: 'text', task: 'echo', input: { text: 'hello' } };

beforeAll(async () => {
  h = await ApiHarness.create({ limits: { maxBodyBytes: 4096 } });
  ana = await h.user('ana@example.com');
  bo = await h.user('bo@example.com');
  const boContent = await storeContent(h, bo);
  boJobId = boContent.job.id;
  boContentId = boContent.content.id;
  boKey = boContent.key;
  anaKey = (await storeContent(h, ana)).key;
  anaBlobUrl = new URL(await h.blobs.signedUrl(anaKey, { expiresInSeconds: 600 }));
  const reused = await h.send('POST', '/api/v1/jobs', echo, { ...ana.headers, 'Idempotency-Key': 'used-once' });
  reusedKeyJobId = (await readJob(reused)).id;
  const page = await readJobPage(await h.request('/api/v1/jobs?limit=1', { headers: ana.headers }));
  foreignCursor = page.nextCursor ?? '';
});
afterAll(() => h.close());

function signed(claims: (jwt: SignJWT) => SignJWT, kid = h.keys.active.kid): Promise<string> {
  const jwt = new SignJWT({ tid: ana.tenantId }).setProtectedHeader({ alg: 'ES256', kid }).setSubject(ana.id);
  return claims(jwt).sign(h.keys.active.key);
}

const valid = (jwt: SignJWT) => jwt.setIssuer(ISSUER).setAudience(AUDIENCE).setIssuedAt().setExpirationTime('1h');

function withToken(token: string): Promise<Response> {
  return h.request('/api/v1/jobs', { headers: { Authorization: `Bearer ${token}` } });
}

function submit(body: string | Uint8Array, headers: Record<string, string> = { 'Content-Type': 'application/json' }) {
  return h.request('/api/v1/jobs', { method: 'POST', headers: { ...ana.headers, ...headers }, body });
}

function blob(path: string, search = anaBlobUrl.search): Promise<Response> {
  return h.request(`${path}${search}`);
}

interface Case {
  name: string;
  request: () => Promise<Response>;
  status: number;
  /** The exact detail, a pattern, or (for ids made in beforeAll) a function that builds it. */
  detail: string | RegExp | (() => string);
}

const cases: Case[] = [
  // Bodies
  {
    name: 'malformed JSON',
    request: () => submit('{"engine": "text",'),
    status: 400,
    detail: /^request body is not valid JSON: \S/,
  },
  {
    name: 'malformed JSON on sign-up',
    request: () =>
      h.request('/api/v1/auth/signup', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{' }),
    status: 400,
    detail: /^request body is not valid JSON: \S/,
  },
  {
    name: 'a JSON array instead of an object',
    request: () => submit('[]'),
    status: 400,
    detail: /^request body is invalid: \(root\): .*expected object/,
  },
  {
    name: 'engine of the wrong type',
    request: () => submit(JSON.stringify({ ...echo, engine: 7 })),
    status: 400,
    detail: /^request body is invalid: engine: .*expected string, received number/,
  },
  {
    name: 'input of the wrong type',
    request: () => submit(JSON.stringify({ ...echo, input: 'hello' })),
    status: 400,
    detail: /^request body is invalid: input: .*expected record/,
  },
  {
    name: 'input missing',
    request: () => submit(JSON.stringify({ engine: 'text', task: 'echo' })),
    status: 400,
    detail: /^request body is invalid: input: /,
  },
  {
    name: 'an unknown top-level field',
    request: () => submit(JSON.stringify({ ...echo, priority: 1 })),
    status: 400,
    detail: /Unrecognized key: "priority"/,
  },
  {
    name: 'an unknown engine',
    request: () => submit(JSON.stringify({ ...echo, engine: 'video' })),
    status: 400,
    detail: 'unknown engine "video"; known engines: "text", "image"',
  },
  {
    name: 'an unknown task',
    request: () => submit(JSON.stringify({ ...echo, task: 'summarize' })),
    status: 400,
    detail: 'engine "text" has no task "summarize"; its tasks: "echo", "count"',
  },
  {
    name: 'task input missing a field',
    request: () => submit(JSON.stringify({ ...echo, input: {} })),
    status: 400,
    detail: /^input is invalid for text\.echo: input\.text: /,
  },
  {
    name: 'task input with several problems',
    request: () => submit(JSON.stringify({ ...echo, input: { text: '', keyword: 5, tone: 'x' } })),
    status: 400,
    detail: /input\.text: .*; input\.keyword: .*; input: Unrecognized key: "tone"/,
  },
  {
    name: 'a body over the size limit',
    request: () => submit(JSON.stringify({ ...echo, input: { text: 'x'.repeat(5000) } })),
    status: 413,
    detail: 'request body exceeds the limit of 4096 bytes',
  },
  {
    name: 'a text/plain body',
    request: () => submit(JSON.stringify(echo), { 'Content-Type': 'text/plain' }),
    status: 415,
    detail: 'Content-Type must be application/json, got "text/plain"',
  },
  {
    name: 'a body without a content type',
    request: () => submit(new TextEncoder().encode(JSON.stringify(echo)), {}),
    status: 415,
    detail: 'Content-Type must be application/json, got "none"',
  },
  // Tokens
  { name: 'no token', request: () => h.request('/api/v1/jobs'), status: 401, detail: 'a bearer token is required' },
  {
    name: 'a Basic Authorization header',
    request: () => h.request('/api/v1/jobs', { headers: { Authorization: 'Basic YW5hOnB3' } }),
    status: 401,
    detail: 'Authorization header must be "Bearer <token>"',
  },
  {
    name: 'an expired token',
    request: async () => withToken(await signed((jwt) => valid(jwt).setExpirationTime('-1m'))),
    status: 401,
    detail: 'token has expired',
  },
  {
    name: 'a token with a tampered payload',
    request: async () => {
      const [header, , signature] = (await h.tokens.issue({ userId: ana.id, tenantId: ana.tenantId })).token.split('.');
      const claims = { sub: bo.id, tid: bo.tenantId, iss: ISSUER, aud: AUDIENCE, iat: 1, exp: 4e9 };
      return withToken(`${header}.${base64url.encode(JSON.stringify(claims))}.${signature}`);
    },
    status: 401,
    detail: 'token signature is invalid',
  },
  {
    name: 'an alg:none token',
    request: () =>
      withToken(
        new UnsecuredJWT({ tid: bo.tenantId })
          .setSubject(bo.id)
          .setIssuer(ISSUER)
          .setAudience(AUDIENCE)
          .setIssuedAt()
          .setExpirationTime('1h')
          .encode(),
      ),
    status: 401,
    detail: 'token algorithm is not allowed (only ES256)',
  },
  {
    name: 'a token for another audience',
    request: async () => withToken(await signed((jwt) => valid(jwt).setAudience('another-api'))),
    status: 401,
    detail: /^token claim "aud" is invalid/,
  },
  {
    name: 'a token from another issuer',
    request: async () => withToken(await signed((jwt) => valid(jwt).setIssuer('https://evil.test'))),
    status: 401,
    detail: /^token claim "iss" is invalid/,
  },
  {
    name: 'a token signed with an unknown key id',
    request: async () => withToken(await signed(valid, 'retired-key')),
    status: 401,
    detail: 'token is signed with an unknown key',
  },
  {
    name: 'a token that is not a JWT',
    request: () => withToken('not.a.jwt'),
    status: 401,
    detail: 'token is malformed',
  },
  // Another tenant's ids
  {
    name: "another tenant's job",
    request: () => h.request(`/api/v1/jobs/${boJobId}`, { headers: ana.headers }),
    status: 404,
    detail: () => `job ${boJobId} was not found`,
  },
  {
    name: "cancelling another tenant's job",
    request: () => h.request(`/api/v1/jobs/${boJobId}/cancel`, { method: 'POST', headers: ana.headers }),
    status: 404,
    detail: () => `job ${boJobId} was not found`,
  },
  {
    name: "events of another tenant's job",
    request: () => h.request(`/api/v1/jobs/${boJobId}/events`, { headers: ana.headers }),
    status: 404,
    detail: () => `job ${boJobId} was not found`,
  },
  {
    name: "another tenant's content",
    request: () => h.request(`/api/v1/content/${boContentId}`, { headers: ana.headers }),
    status: 404,
    detail: () => `content ${boContentId} was not found`,
  },
  {
    name: "downloading another tenant's content",
    request: () => h.request(`/api/v1/content/${boContentId}/download`, { headers: ana.headers }),
    status: 404,
    detail: () => `content ${boContentId} was not found`,
  },
  {
    name: "streaming another tenant's content",
    request: () => h.request(`/api/v1/content/${boContentId}/download?redirect=false`, { headers: ana.headers }),
    status: 404,
    detail: () => `content ${boContentId} was not found`,
  },
  // Signed blob URLs
  {
    name: 'a blob path climbing out with an encoded ../',
    request: () => blob(`/blobs/${ana.tenantId}/..%2F${boKey}`),
    status: 403,
    detail: 'invalid signed blob URL: its path is not a valid blob key',
  },
  {
    name: 'a blob path with a NUL byte',
    request: () => blob(`/blobs/${anaKey}%00`),
    status: 403,
    detail: 'invalid signed blob URL: its path is not a valid blob key',
  },
  {
    name: 'a blob path with a backslash',
    request: () => blob(`/blobs/${ana.tenantId}%5C..%5C${boKey}`),
    status: 403,
    detail: 'invalid signed blob URL: its path is not a valid blob key',
  },
  {
    name: "a signature of one blob used for another tenant's",
    request: () => blob(`/blobs/${boKey}`),
    status: 403,
    detail: 'invalid signed blob URL: its signature does not match',
  },
  {
    name: 'an unsigned blob URL',
    request: () => blob(`/blobs/${boKey}`, ''),
    status: 403,
    detail: 'invalid signed blob URL: it is not signed',
  },
  {
    name: 'plain ../ segments (resolved away before routing)',
    request: () => blob(`/blobs/${ana.tenantId}/../../etc/passwd`),
    status: 404,
    detail: 'there is no route GET /etc/passwd',
  },
  // Listings
  {
    name: 'a cursor that is not one',
    request: () => h.request('/api/v1/jobs?cursor=abc', { headers: ana.headers }),
    status: 400,
    detail: 'invalid page cursor: malformed',
  },
  {
    name: 'a cursor from another listing',
    request: () =>
      h.request(`/api/v1/jobs?status=queued&cursor=${encodeURIComponent(foreignCursor)}`, { headers: ana.headers }),
    status: 400,
    detail: 'invalid page cursor: it was altered or belongs to another listing',
  },
  {
    name: 'limit=0',
    request: () => h.request('/api/v1/jobs?limit=0', { headers: ana.headers }),
    status: 400,
    detail: /^query string is invalid: limit: /,
  },
  {
    name: 'limit=101',
    request: () => h.request('/api/v1/jobs?limit=101', { headers: ana.headers }),
    status: 400,
    detail: /^query string is invalid: limit: .*100/,
  },
  {
    name: 'limit=abc',
    request: () => h.request('/api/v1/content?limit=abc', { headers: ana.headers }),
    status: 400,
    detail: /^query string is invalid: limit: /,
  },
  {
    name: 'an unknown status filter',
    request: () => h.request('/api/v1/jobs?status=done', { headers: ana.headers }),
    status: 400,
    detail: /^query string is invalid: status: /,
  },
  {
    name: 'a malformed job id',
    request: () => h.request('/api/v1/jobs/not.an.id', { headers: ana.headers }),
    status: 400,
    detail: 'path is invalid: id: an id is 1–64 of [A-Za-z0-9_-]',
  },
  // Idempotency keys
  {
    name: 'an Idempotency-Key with a space',
    request: () => submit(JSON.stringify(echo), { 'Content-Type': 'application/json', 'Idempotency-Key': 'two words' }),
    status: 400,
    detail: /^headers are invalid: idempotency-key: Idempotency-Key must be 1–255 visible ASCII/,
  },
  {
    name: 'an Idempotency-Key too long',
    request: () =>
      submit(JSON.stringify(echo), { 'Content-Type': 'application/json', 'Idempotency-Key': 'k'.repeat(256) }),
    status: 400,
    detail: /^headers are invalid: idempotency-key: /,
  },
  {
    name: 'a non-ASCII Idempotency-Key',
    request: () => submit(JSON.stringify(echo), { 'Content-Type': 'application/json', 'Idempotency-Key': 'cl\u00e9' }),
    status: 400,
    detail: /^headers are invalid: idempotency-key: /,
  },
  {
    name: 'an Idempotency-Key reused for a different job',
    request: () =>
      submit(JSON.stringify({ ...echo, input: { text: 'other' } }), {
        'Content-Type': 'application/json',
        'Idempotency-Key': 'used-once',
      }),
    status: 422,
    detail: 'Idempotency-Key "used-once" was already used for a different job request; use a new key for a new job',
  },
  // Routes
  {
    name: 'an unknown route',
    request: () => h.request('/api/v1/nope', { headers: ana.headers }),
    status: 404,
    detail: 'there is no route GET /api/v1/nope',
  },
  {
    name: 'a method the route does not have',
    request: () => h.request('/api/v1/jobs', { method: 'DELETE', headers: ana.headers }),
    status: 405,
    detail: 'DELETE is not allowed here; allowed: GET, HEAD, POST',
  },
];

describe('bad input is refused with a clear problem and writes nothing', () => {
  test('the suite covers at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  test.each(cases)('$name → $status', async ({ request, status, detail }) => {
    const before: StoredCounts = h.counts();
    const boJobBefore = await h.repositories.jobs.get(bo.tenantId, boJobId);
    const response = await request();
    expect(response.status).toBe(status);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    const problem = await readProblem(response);
    expect(problem.status).toBe(status);
    if (detail instanceof RegExp) expect(problem.detail).toMatch(detail);
    else expect(problem.detail).toBe(typeof detail === 'function' ? detail() : detail);
    expect(h.counts()).toEqual(before);
    expect(await h.repositories.jobs.get(bo.tenantId, boJobId)).toEqual(boJobBefore);
    expect((await h.repositories.jobs.get(ana.tenantId, reusedKeyJobId))?.input).toEqual(echo.input);
  });

  test('a 400 lists every invalid field with its path', async () => {
    const response = await submit(JSON.stringify({ ...echo, input: { text: '', keyword: 5 } }));
    const { errors } = await readProblem(response);
    expect(errors?.map((issue) => issue.path)).toEqual(['input.text', 'input.keyword']);
  });

  test('a 405 names the allowed methods in Allow', async () => {
    const response = await h.request('/api/v1/auth/login', { method: 'PUT' });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('POST');
  });
});
