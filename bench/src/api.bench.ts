/**
 * API overhead: authenticated `GET /api/v1/jobs/:id` requests/s (autocannon, 50 connections, 10 s) against
 * the local system running as its own process, next to a bare node:http server returning the same JSON
 * in the same run. Target ratio ≥ 0.75.
 *
 *   node bench/src/api.bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startLocalSystemProcess } from '@contentflow/cli';
import autocannon from 'autocannon';
import { fixed, rssMb } from './support/stats.ts';

const CONNECTIONS = 50;
const DURATION_SECONDS = 10;

function measure(url: string, headers: Record<string, string> = {}) {
  return autocannon({ url, connections: CONNECTIONS, duration: DURATION_SECONDS, headers });
}

const dataDir = mkdtempSync(join(tmpdir(), 'cf-bench-api-'));
const system = await startLocalSystemProcess({
  dataDir,
  port: await freePort('127.0.0.1'),
  env: { CONTENTFLOW_API_RATE_LIMIT_PER_MINUTE: '10000000', CONTENTFLOW_API_AUTH_RATE_LIMIT_PER_MINUTE: '1000' },
});
const post = (path: string, body: unknown, token?: string) =>
  fetch(`${system.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
const credentials = { email: 'bench@example.com', password: 'correct horse battery staple' };
await post('/api/v1/auth/signup', credentials);
const { token } = (await (await post('/api/v1/auth/login', credentials)).json()) as { token: string };
const { id } = (await (
  await post('/api/v1/jobs', { engine: 'text', task: 'analyze', input: { text: 'Benchmarks tell the truth.' } }, token)
).json()) as { id: string };
await new Promise((resolve) => setTimeout(resolve, 500));
const jobJson = await (
  await fetch(`${system.url}/api/v1/jobs/${id}`, { headers: { authorization: `Bearer ${token}` } })
).text();

const bare = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(jobJson);
});
await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
const bareUrl = `http://127.0.0.1:${(bare.address() as { port: number }).port}/api/v1/jobs/${id}`;

// Alternate, so drift in the machine's load hits both sides alike.
const api1 = await measure(`${system.url}/api/v1/jobs/${id}`, { authorization: `Bearer ${token}` });
const bare1 = await measure(bareUrl);
const rss = await rssMb(system.child.pid!);
const api2 = await measure(`${system.url}/api/v1/jobs/${id}`, { authorization: `Bearer ${token}` });
const bare2 = await measure(bareUrl);

const apiRps = (api1.requests.average + api2.requests.average) / 2;
const bareRps = (bare1.requests.average + bare2.requests.average) / 2;
const errors = api1.errors + api2.errors + api1.non2xx + api2.non2xx;
console.log(
  `API GET /api/v1/jobs/:id (JWT verified, tenant-checked, SQLite read), ${CONNECTIONS} connections × ${DURATION_SECONDS} s, 2 rounds`,
);
console.log(
  `  ContentFlow API: ${fixed(apiRps, 0)} req/s   p50 ${api1.latency.p50} ms   p99 ${api1.latency.p99} ms   errors/non-2xx ${errors}`,
);
console.log(
  `  bare node:http:  ${fixed(bareRps, 0)} req/s   p50 ${bare1.latency.p50} ms   p99 ${bare1.latency.p99} ms`,
);
console.log(`  ratio ${fixed(apiRps / bareRps, 2)} (target ≥ 0.75)   system RSS under load ${fixed(rss, 0)} MB`);

bare.close();
system.child.kill('SIGTERM');
await system.exited;
rmSync(dataDir, { recursive: true, force: true });
