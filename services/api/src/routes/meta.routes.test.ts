import { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EngineCatalogSchema } from '../resources/engine.resource.ts';
import { ApiHarness, TEST_TASKS } from '../test-support/api-harness.ts';
import { readBody } from '../test-support/read-body.ts';

let h: ApiHarness;

beforeAll(async () => {
  h = await ApiHarness.create();
});
afterAll(() => h.close());

describe('GET /api/v1/engines', () => {
  test('lists each engine with its tasks, examples and input/output JSON Schemas', async () => {
    const response = await h.request('/api/v1/engines');
    expect(response.status).toBe(200);
    const { engines } = await readBody(response, EngineCatalogSchema);
    expect(engines.map((engine) => engine.engine)).toEqual(['text', 'image']);
    const echo = engines[0]?.tasks[0];
    expect(echo).toMatchObject({
      task: 'echo',
      key: 'text.echo',
      title: 'Echo',
      example: { text: 'hello' },
      produces: { kind: 'echo', mimeType: 'application/json' },
    });
    expect(echo?.inputSchema).toEqual(TEST_TASKS[0]?.inputJsonSchema());
    expect(echo?.inputSchema['required']).toEqual(['text']);
    expect(echo?.outputSchema['properties']).toHaveProperty('text');
  });

  test("every task's example is an input the API accepts", async () => {
    const user = await h.user('ex@example.com');
    for (const contract of TEST_TASKS) {
      const body = { engine: contract.engine, task: contract.task, input: contract.example };
      expect((await h.send('POST', '/api/v1/jobs', body, user.headers)).status).toBe(202);
    }
  });
});

describe('health and readiness', () => {
  test('/health answers while the process lives', async () => {
    const response = await h.request('/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  test('/ready reports its checks', async () => {
    expect(await (await h.request('/ready')).json()).toEqual({ status: 'ready', checks: { database: true } });
  });

  test('/ready is a 503 problem naming the failing check', async () => {
    const degraded = await ApiHarness.create({ readiness: async () => ({ database: true, queue: false }) });
    try {
      const response = await degraded.request('/ready');
      expect(response.status).toBe(503);
      expect(response.headers.get('Content-Type')).toBe('application/problem+json');
      expect(await response.json()).toMatchObject({
        detail: 'not ready: queue failing',
        checks: { database: true, queue: false },
      });
    } finally {
      degraded.close();
    }
  });
});

describe('OpenAPI and docs', () => {
  const expectedOperations = [
    'post /api/v1/auth/signup',
    'post /api/v1/auth/login',
    'get /api/v1/auth/me',
    'post /api/v1/jobs',
    'get /api/v1/jobs',
    'get /api/v1/jobs/{id}',
    'post /api/v1/jobs/{id}/cancel',
    'get /api/v1/jobs/{id}/events',
    'get /api/v1/events/stream',
    'get /api/v1/content',
    'get /api/v1/content/{id}',
    'get /api/v1/content/{id}/download',
    'post /api/v1/uploads',
    'get /api/v1/engines',
    'get /api/v1/orchestrator/workflows',
    'post /api/v1/orchestrator/workflows/{name}',
    'get /api/v1/orchestrator/executions/{id}',
    'post /api/v1/orchestrator/executions/{id}/cancel',
    'get /health',
    'get /ready',
    'get /blobs/{key}',
  ];

  /** The parts of an OpenAPI document these tests look at. */
  const OpenApiDocument = z.object({
    openapi: z.string(),
    paths: z.record(
      z.string(),
      z.record(
        z.string(),
        z.object({
          security: z.array(z.unknown()).optional(),
          responses: z.record(z.string(), z.object({ content: z.record(z.string(), z.unknown()).optional() })),
          parameters: z.array(z.object({ name: z.string(), in: z.string() })).optional(),
        }),
      ),
    ),
    components: z.object({
      securitySchemes: z.record(z.string(), z.unknown()),
      schemas: z.record(z.string(), z.unknown()),
    }),
  });

  async function spec(): Promise<z.output<typeof OpenApiDocument>> {
    const response = await h.request('/api/v1/openapi.json');
    expect(response.status).toBe(200);
    return readBody(response, OpenApiDocument);
  }

  test('is OpenAPI 3.1 and documents every route', async () => {
    const document = await spec();
    expect(document.openapi).toBe('3.1.0');
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method} ${path}`),
    );
    expect(operations.sort()).toEqual([...expectedOperations].sort());
  });

  test('declares bearer security on authenticated routes and problem responses everywhere', async () => {
    const document = await spec();
    expect(document.components.securitySchemes['bearerAuth']).toMatchObject({ type: 'http', scheme: 'bearer' });
    const publicPaths = new Set([
      '/health',
      '/ready',
      '/api/v1/engines',
      '/api/v1/orchestrator/workflows',
      '/blobs/{key}',
    ]);
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const operation of Object.values(methods)) {
        if (!publicPaths.has(path) && !path.startsWith('/api/v1/auth/s') && !path.endsWith('/login')) {
          expect(operation.security, path).toEqual([{ bearerAuth: [] }]);
          expect(operation.responses['401']?.content, path).toHaveProperty(['application/problem+json']);
        }
        expect(operation.responses['500']?.content, path).toHaveProperty(['application/problem+json']);
      }
    }
    const submit = document.paths['/api/v1/jobs']!['post']!;
    expect(Object.keys(submit.responses).sort()).toEqual([
      '200',
      '202',
      '400',
      '401',
      '413',
      '415',
      '422',
      '429',
      '500',
      '503',
    ]);
    expect(submit.parameters?.map((p) => `${p.in}:${p.name}`)).toEqual(['header:idempotency-key']);
    expect(document.components.schemas).toHaveProperty('Job');
    expect(document.components.schemas).toHaveProperty('Problem');
  });

  test('/docs serves Swagger UI and its assets from the installed package', async () => {
    const page = await h.request('/docs');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('"/api/v1/openapi.json"');
    const script = await h.request('/docs/assets/swagger-ui-bundle.js');
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect((await script.text()).length).toBeGreaterThan(100_000);
  });
});

describe('request context', () => {
  test('echoes a well-formed request id and generates one otherwise', async () => {
    const echoed = await h.request('/health', { headers: { 'X-Request-Id': 'abc-123' } });
    expect(echoed.headers.get('X-Request-Id')).toBe('abc-123');
    expect(echoed.headers.get('X-Correlation-Id')).toBe('abc-123');
    const generated = await h.request('/health', { headers: { 'X-Request-Id': 'bad id with spaces' } });
    expect(generated.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('a signed-in caller sees its rate-limit state on every answer (draft-7 RateLimit headers)', async () => {
    const user = await h.user('rate@example.com');
    const first = await h.request('/api/v1/jobs', { headers: user.headers });
    const second = await h.request('/api/v1/jobs', { headers: user.headers });
    expect(first.headers.get('RateLimit-Policy')).toMatch(/^\d+;w=60$/);
    const remaining = (response: Response) =>
      Number(/remaining=(\d+)/.exec(response.headers.get('RateLimit') ?? '')?.[1]);
    expect(remaining(second)).toBe(remaining(first) - 1);
  });

  test('every problem carries the request id', async () => {
    const response = await h.request('/nowhere', { headers: { 'X-Request-Id': 'trace-me' } });
    expect(await response.json()).toMatchObject({ status: 404, requestId: 'trace-me', instance: '/nowhere' });
  });
});
