import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { env } from 'node:process';
import { freePort, type LocalSystemProcess, startLocalSystemProcess } from '@contentflow/cli';

export interface BenchSystem {
  process: LocalSystemProcess;
  url: string;
  /** A signed-in creator's bearer token. */
  token: string;
  post(path: string, body: unknown): Promise<Response>;
  stop(): Promise<void>;
}

/**
 * The local system as its own process (`contentflow start`) with rate limits raised for load, and one signed-up
 * creator: what every end-to-end benchmark starts from.
 */
export async function startBenchSystem(name: string): Promise<BenchSystem> {
  const dataDir = mkdtempSync(join(tmpdir(), `cf-bench-${name}-`));
  const process = await startLocalSystemProcess({
    dataDir,
    port: await freePort('127.0.0.1'),
    env: { CONTENTFLOW_API_RATE_LIMIT_PER_MINUTE: '10000000', CONTENTFLOW_API_AUTH_RATE_LIMIT_PER_MINUTE: '1000' },
    // e.g. BENCH_SYSTEM_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' to profile the system under the benchmark.
    nodeArgs: env['BENCH_SYSTEM_NODE_ARGS']?.split(' ').filter(Boolean) ?? [],
  });
  const send = (path: string, body: unknown, token?: string) =>
    fetch(`${process.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
  const credentials = { email: 'bench@example.com', password: 'correct horse battery staple' };
  await send('/api/v1/auth/signup', credentials);
  const { token } = (await (await send('/api/v1/auth/login', credentials)).json()) as { token: string };
  return {
    process,
    url: process.url,
    token,
    post: (path, body) => send(path, body, token),
    stop: async () => {
      process.child.kill('SIGTERM');
      await process.exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
