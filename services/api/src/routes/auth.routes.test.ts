import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TokenSchema } from '../resources/token.resource.ts';
import { UserEnvelopeSchema } from '../resources/user.resource.ts';
import { ApiHarness } from '../test-support/api-harness.ts';
import { readBody, readProblem } from '../test-support/read-body.ts';

const password = 'correct horse battery staple';
let h: ApiHarness;

beforeAll(async () => {
  h = await ApiHarness.create();
});
afterAll(() => h.close());

async function problem(response: Response): Promise<{ status: number; detail: string; type: string | null }> {
  return {
    status: response.status,
    type: response.headers.get('Content-Type'),
    detail: (await readProblem(response)).detail,
  };
}

describe('sign-up, log-in and me (scrypt at OWASP parameters, so few of them)', () => {
  let token: string;

  test('signs up with a normalized email and a default name; the hash is never shown', async () => {
    const created = await h.send('POST', '/api/v1/auth/signup', { email: '  Ana@Example.COM ', password });
    expect(created.status).toBe(201);
    const { user } = await readBody(created, UserEnvelopeSchema);
    expect(user).toEqual({
      id: expect.any(String),
      email: 'ana@example.com',
      name: 'ana',
      createdAt: expect.any(String),
    });
    expect((await h.repositories.users.findByEmail('ana@example.com'))?.passwordHash).toMatch(/^scrypt\$131072\$/);
  });

  test('a taken email (in any case) is a 409 and nothing is hashed or written', async () => {
    const before = h.counts();
    const response = await h.send('POST', '/api/v1/auth/signup', { email: 'ANA@example.com', password, name: 'Ana' });
    expect(await problem(response)).toEqual({
      status: 409,
      type: 'application/problem+json',
      detail: 'an account with email ana@example.com already exists',
    });
    expect(h.counts()).toEqual(before);
  });

  test('logs in with the right password and gets a token that expires', async () => {
    const response = await h.send('POST', '/api/v1/auth/login', { email: 'ANA@example.com', password });
    expect(response.status).toBe(200);
    const raw: unknown = await response.json();
    expect(raw).toEqual({ token: expect.any(String), expiresAt: expect.any(String) });
    const body = TokenSchema.parse(raw);
    expect(Date.parse(body.expiresAt)).toBeGreaterThan(Date.now());
    token = body.token;
  });

  test('me answers with the user the token was issued to', async () => {
    const response = await h.request('/api/v1/auth/me', { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect((await readBody(response, UserEnvelopeSchema)).user).toMatchObject({
      email: 'ana@example.com',
      name: 'ana',
    });
  });

  test('a wrong password and an unknown email get the same 401', async () => {
    const wrong = await problem(
      await h.send('POST', '/api/v1/auth/login', { email: 'ana@example.com', password: 'x' }),
    );
    const unknown = await problem(
      await h.send('POST', '/api/v1/auth/login', { email: 'nobody@example.com', password }),
    );
    expect(wrong).toEqual({ status: 401, type: 'application/problem+json', detail: 'email or password is incorrect' });
    expect(unknown).toEqual(wrong);
  });

  test('no password or token ever reaches the log', () => {
    const logged = JSON.stringify(h.logs);
    expect(h.logs.length).toBeGreaterThan(0);
    expect(logged).not.toContain(password);
    expect(logged).not.toContain(token);
  });
});

describe('sign-up validation', () => {
  test.each([
    [{ email: 'not-an-email', password }, 'email'],
    [{ email: 'b@example.com', password: 'short' }, 'password: password must be at least 12 characters'],
    [{ email: 'b@example.com', password: 'x'.repeat(257) }, 'password: password must be at most 256 characters'],
    [{ email: 'b@example.com', password, role: 'admin' }, 'Unrecognized key: "role"'],
  ])('%o is refused with 400 naming the field', async (body, expected) => {
    const before = h.counts();
    const response = await h.send('POST', '/api/v1/auth/signup', body);
    const { status, detail } = await problem(response);
    expect(status).toBe(400);
    expect(detail).toContain('request body is invalid');
    expect(detail).toContain(expected);
    expect(h.counts()).toEqual(before);
  });
});

describe('per-client rate limit on sign-up and log-in', () => {
  test('the attempt over the limit is a 429 with Retry-After', async () => {
    const limited = await ApiHarness.create({ limits: { authRateLimitPerMinute: 2 } });
    try {
      const attempt = () => limited.send('POST', '/api/v1/auth/login', { email: 'x@example.com', password: '' });
      expect((await attempt()).status).toBe(400);
      expect((await attempt()).status).toBe(400);
      const refused = await attempt();
      expect(refused.status).toBe(429);
      expect(refused.headers.get('Content-Type')).toBe('application/problem+json');
      expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
      expect((await readProblem(refused)).detail).toBe('rate limit of 2 requests per 60 s exceeded');
    } finally {
      limited.close();
    }
  });
});
