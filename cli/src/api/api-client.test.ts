import { describe, expect, test } from 'vitest';
import { EXIT_FAILURE } from '../cli-error.ts';
import { answer, JOB, useScriptedServer } from '../test-support/scripted-server.ts';
import { ApiClient } from './api-client.ts';
import { ApiError } from './api-error.ts';

/*
 * The client against servers that do not behave like this version of the ContentFlow API (another version, a
 * proxy's error page, a dropped stream), which the real API cannot be made to do. The e2e tests use the real API.
 */

const server = useScriptedServer();
const client = (token?: string) => new ApiClient({ baseUrl: server.url(), ...(token ? { token } : {}) });

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('expected a failure'),
    (error: unknown) => error,
  );

async function statusesOf(watch: AsyncIterable<{ status: string }>, statuses: string[] = []): Promise<string[]> {
  for await (const job of watch) statuses.push(job.status);
  return statuses;
}

describe('ApiClient', () => {
  test('sends the bearer token, and parses an answer that has fields it does not know', async () => {
    let authorization: string | undefined;
    server.handle((request, response) => {
      authorization = request.headers.authorization;
      answer(200, 'application/json', JSON.stringify({ ...JOB, addedByANewerServer: true }))(request, response);
    });
    const job = await new ApiClient({ baseUrl: `${server.url()}/`, token: 'tok' }).getJob('j1');
    expect(authorization).toBe('Bearer tok');
    expect(job).toEqual(JOB);
  });

  test('an answer of another shape fails clearly instead of being half understood', async () => {
    server.handle(answer(200, 'application/json', JSON.stringify({ ...JOB, status: 'paused', contentIds: undefined })));
    const error = await failureOf(client('tok').getJob('j1'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ exitCode: EXIT_FAILURE });
    expect((error as Error).message).toMatch(
      new RegExp(
        `^the API at ${server.url()} answered /api/v1/jobs/j1 with a body this client does not understand \\(status: .*; contentIds: .*\\); is it a ContentFlow API of another version\\?$`,
      ),
    );
  });

  test("an error that is not a problem document (a proxy's page) is reported by its status", async () => {
    server.handle(answer(502, 'text/html', '<html>Bad Gateway</html>'));
    expect(await failureOf(client().logIn({ email: 'a@b.c', password: 'p' }))).toMatchObject({
      message: 'API 502 Bad Gateway',
      status: 502,
    });
  });

  test('a refused token is reported with how to get a new one', async () => {
    const problem = { status: 401, title: 'Unauthorized', detail: 'the token expired' };
    server.handle(answer(401, 'application/problem+json', JSON.stringify(problem)));
    expect(await failureOf(client('old').listJobs({}))).toHaveProperty(
      'message',
      'API 401 Unauthorized: the token expired — run `contentflow login` to get a new token',
    );
  });

  test('an event stream that is not one fails clearly', async () => {
    server.handle(answer(200, 'application/json', JSON.stringify(JOB)));
    expect(await failureOf(statusesOf(client('tok').watchJob('j1')))).toHaveProperty(
      'message',
      `the API at ${server.url()} answered /api/v1/jobs/j1/events with a response of type application/json instead of an event stream; is it a ContentFlow API of another version?`,
    );
  });

  test('yields the jobs of the event stream, skipping events it does not know', async () => {
    const events = [
      ': connected\n\n',
      `event: job\ndata: ${JSON.stringify(JOB)}\n\n`,
      'event: newer-kind\ndata: {}\n\n',
      `event: job\ndata: ${JSON.stringify({ ...JOB, status: 'succeeded' })}\n\n`,
    ];
    server.handle(answer(200, 'text/event-stream', events.join('')));
    expect(await statusesOf(client('tok').watchJob('j1'))).toEqual(['running', 'succeeded']);
  });

  test('a stream that breaks before it ends is reported as broken', async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/event-stream' });
      response.write(`event: job\ndata: ${JSON.stringify(JOB)}\n\n`, () => response.destroy());
    });
    const statuses: string[] = [];
    expect(await failureOf(statusesOf(client('tok').watchJob('j1'), statuses))).toMatchObject({
      message: expect.stringMatching(new RegExp(`^the event stream from ${server.url()} broke: .+`)),
      exitCode: EXIT_FAILURE,
    });
    expect(statuses).toEqual(['running']);
  });
});
