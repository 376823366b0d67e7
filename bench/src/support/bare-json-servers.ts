/**
 * A server answering every request with the JSON in argv[3]: `node` for bare node:http, `hono` for a one-route Hono
 * app on @hono/node-server. Prints its URL once listening.
 */
import { createServer } from 'node:http';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const [, , kind, json = '{}'] = process.argv;
const announce = (port: number) => console.log(`http://127.0.0.1:${port}`);

if (kind === 'hono') {
  const body = JSON.parse(json) as object;
  const app = new Hono();
  app.get('/api/v1/jobs/:id', (c) => c.json(body));
  serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => announce(info.port));
} else {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(json);
  });
  server.listen(0, '127.0.0.1', () => announce((server.address() as { port: number }).port));
}
