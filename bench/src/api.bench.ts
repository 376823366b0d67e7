/**
 * API overhead: authenticated `GET /api/v1/jobs/:id` requests/s (autocannon, 50 connections, 10 s) against
 * the local system running as its own process, next to a bare node:http server returning the same JSON
 * in the same run. Target ratio ≥ 0.75.
 *
 *   node bench/src/api.bench.ts
 */
import { createServer } from 'node:http';
import autocannon from 'autocannon';
import { startBenchSystem } from './support/bench-system.ts';
import { fixed, rssMb } from './support/stats.ts';

const CONNECTIONS = 50;
const DURATION_SECONDS = 10;

function measure(url: string, headers: Record<string, string> = {}) {
  return autocannon({ url, connections: CONNECTIONS, duration: DURATION_SECONDS, headers });
}

const system = await startBenchSystem('api');
const token = system.token;
const { id } = (await (
  await system.post('/api/v1/jobs', { engine: 'text', task: 'analyze', input: { text: 'Benchmarks tell the truth.' } })
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
const rss = await rssMb(system.process.child.pid!);
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
await system.stop();
