import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../main.ts', import.meta.url));

export interface LocalSystemProcess {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code (or signal) once the process is gone. */
  exited: Promise<number | NodeJS.Signals | null>;
}

/** Runs `contentflow start` as a separate process (as `npm start` does) and waits until it serves. */
export async function startLocalSystemProcess(options: {
  dataDir: string;
  port: number;
  env?: NodeJS.ProcessEnv;
  /** Node's own options for the child, e.g. `--cpu-prof` (NODE_OPTIONS refuses some). */
  nodeArgs?: readonly string[];
}) {
  const args = [
    ...(options.nodeArgs ?? []),
    CLI,
    'start',
    '--port',
    String(options.port),
    '--data-dir',
    options.dataDir,
  ];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the system did not start in time:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // The socket's own address: the public URL may name a proxy in front of it.
      const match = /listening on (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the system exited (${String(code)}) before serving:\n${output}`));
    });
  });
  return { url, child, exited } satisfies LocalSystemProcess;
}
