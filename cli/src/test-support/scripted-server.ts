import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import type { JobResource } from '../api/api-resources.ts';

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * An HTTP server whose answers each test scripts, for what the real API cannot be made to do (speak another
 * version, drop a stream, stand behind a failing proxy). Started before and closed after the test file.
 */
export function useScriptedServer() {
  let handler: Handler = (_request, response) => response.end();
  const server = createServer((request, response) => handler(request, response));
  let url = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return {
    url: () => url,
    handle(next: Handler) {
      handler = next;
    },
  };
}

/** A handler that answers every request the same. */
export function answer(status: number, contentType: string, body: string): Handler {
  return (_request, response) => {
    response.writeHead(status, { 'Content-Type': contentType });
    response.end(body);
  };
}

/** A job as the API shows it. */
export const JOB: JobResource = {
  id: 'j1',
  engine: 'text',
  task: 'analyze',
  status: 'running',
  progress: { percent: 40, message: 'counting' },
  contentIds: [],
  input: { text: 'Hello.' },
  createdAt: '2026-11-26T10:00:00.000Z',
  updatedAt: '2026-11-26T10:00:01.000Z',
};
