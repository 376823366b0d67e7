import { randomUUID } from 'node:crypto';

/** A signed-up, logged-in creator talking to a running API over real HTTP. */
export interface ApiSession {
  baseUrl: string;
  token: string;
  request(path: string, init?: RequestInit): Promise<Response>;
  json<T = Record<string, unknown>>(path: string, init?: RequestInit): Promise<T>;
}

export async function signUpAndLogIn(
  baseUrl: string,
  email = `creator-${randomUUID()}@example.com`,
): Promise<ApiSession> {
  const password = 'correct horse battery staple';
  const post = (path: string, body: unknown) =>
    fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const signup = await post('/api/v1/auth/signup', { email, password, name: 'Test Creator' });
  if (signup.status !== 201) throw new Error(`signup answered ${signup.status}: ${await signup.text()}`);
  const login = await post('/api/v1/auth/login', { email, password });
  if (login.status !== 200) throw new Error(`login answered ${login.status}: ${await login.text()}`);
  const { token } = (await login.json()) as { token: string };
  const request = (path: string, init: RequestInit = {}) =>
    fetch(`${baseUrl}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers },
    });
  return {
    baseUrl,
    token,
    request,
    async json<T>(path: string, init?: RequestInit) {
      const response = await request(path, init);
      if (!response.ok)
        throw new Error(`${init?.method ?? 'GET'} ${path} answered ${response.status}: ${await response.text()}`);
      return (await response.json()) as T;
    },
  };
}
