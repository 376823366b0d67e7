/**
 * The API's CPU per request: authenticated `GET /api/v1/jobs/:id` on the local system, against a bare node:http
 * server, a bare Hono app (@hono/node-server) returning the same JSON, and that app reading the JSON from a SQLite row
 * on each request, each in its own process, driven by autocannon (50 connections × 6 s). Shows whether the gap is the
 * framework or the route's own work, and the best ratio any route that reads stored data could reach.
 *
 *   node bench/src/api-cpu.bench.ts
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startBenchSystem } from './support/bench-system.ts';
import { fixed } from './support/stats.ts';
import { threadCpuMs } from './support/thread-cpu.ts';

const BARE_SERVERS = fileURLToPath(new URL('./support/bare-json-servers.ts', import.meta.url));

const system = await startBenchSystem('api-cpu');
const { id } = (await (
  await system.post('/api/v1/jobs', { engine: 'text', task: 'analyze', input: { text: 'Benchmarks tell the truth.' } })
).json()) as { id: string };
await new Promise((resolve) => setTimeout(resolve, 500));
const headers = { authorization: `Bearer ${system.token}` };
const json = await (await fetch(`${system.url}/api/v1/jobs/${id}`, { headers })).text();

async function bareServer(kind: 'node' | 'hono' | 'hono-sqlite') {
  const child = spawn(process.execPath, [BARE_SERVERS, kind, json], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve) =>
    child.stdout.once('data', (chunk: Buffer) => resolve(String(chunk).trim())),
  );
  return { url, child };
}

async function measure(
  name: string,
  url: string,
  pid: number,
  requestHeaders: Record<string, string> = {},
): Promise<number> {
  const cpu = threadCpuMs(pid)['MainThread'] ?? 0;
  const result = await autocannon({ url, connections: 50, duration: 6, headers: requestHeaders });
  const usedUs = (((threadCpuMs(pid)['MainThread'] ?? 0) - cpu) * 1000) / result.requests.total;
  console.log(
    `${name.padEnd(26)} ${fixed(result.requests.average, 0)} req/s   main-thread CPU ${fixed(usedUs, 1)} µs/request`,
  );
  return result.requests.average;
}

const node = await bareServer('node');
const hono = await bareServer('hono');
const honoSqlite = await bareServer('hono-sqlite');
for (let round = 1; round <= 2; round += 1) {
  const api = await measure('ContentFlow API', `${system.url}/api/v1/jobs/${id}`, system.process.child.pid!, headers);
  const bare = await measure('bare node:http (baseline)', `${node.url}/api/v1/jobs/${id}`, node.child.pid!);
  const framework = await measure('bare Hono', `${hono.url}/api/v1/jobs/${id}`, hono.child.pid!);
  const stored = await measure(
    'bare Hono + 1 SQLite read',
    `${honoSqlite.url}/api/v1/jobs/${id}`,
    honoSqlite.child.pid!,
  );
  console.log(
    `  ratios to bare node:http: API ${fixed(api / bare)}, bare Hono ${fixed(framework / bare)}, bare Hono + 1 SQLite read ${fixed(stored / bare)} (target for the API ≥ 0.75)`,
  );
}
for (const server of [node, hono, honoSqlite]) server.child.kill();
await system.stop();
