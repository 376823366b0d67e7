/**
 * A server answering every request with the JSON in argv[3]: `node` for bare node:http, `hono` for a one-route Hono
 * app on @hono/node-server, `hono-sqlite` for that app reading the JSON back from a SQLite row by the path's id on
 * every request (WAL, as the local system's file is): the least a route serving stored data does. Prints its URL
 * once listening.
 */
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const [, , kind, json = '{}'] = process.argv;
const announce = (port: number) => console.log(`http://127.0.0.1:${port}`);

/** A statement reading the JSON stored under any id (a 1,000-row table, so the lookup is a real index search). */
function storedJson(): (id: string) => string | undefined {
  const db = new DatabaseSync(join(mkdtempSync(join(tmpdir(), 'cf-bare-sqlite-')), 'bare.db'));
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('CREATE TABLE rows (id TEXT PRIMARY KEY, body TEXT NOT NULL) STRICT');
  const insert = db.prepare('INSERT INTO rows (id, body) VALUES (?, ?)');
  for (let i = 0; i < 1_000; i += 1) insert.run(`row-${i}`, json);
  const select = db.prepare('SELECT body FROM rows WHERE id = ?');
  return (id) => select.get(`row-${id.length % 1_000}`)?.['body'] as string | undefined;
}

if (kind === 'hono' || kind === 'hono-sqlite') {
  const body = JSON.parse(json) as object;
  const read = kind === 'hono-sqlite' ? storedJson() : undefined;
  const app = new Hono();
  app.get('/api/v1/jobs/:id', (c) => {
    if (!read) return c.json(body);
    const stored = read(c.req.param('id'));
    return stored === undefined ? c.notFound() : c.body(stored, 200, { 'content-type': 'application/json' });
  });
  serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => announce(info.port));
} else {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(json);
  });
  server.listen(0, '127.0.0.1', () => announce((server.address() as { port: number }).port));
}
