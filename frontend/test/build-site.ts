import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The frontend package folder (the Astro project root). */
export const FRONTEND_ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Astro's command line, found through its package.json (the bin file itself is not exported). */
const ASTRO = fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json')));

/**
 * Runs `astro build` into `outDir` as `npm run build` does, in a child process (Astro brings its own Vite, which
 * must not share a process with the test runner's). Rejects with Astro's output when the build fails.
 */
export function buildSite(outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
      cwd: FRONTEND_ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`astro build exited with ${code}:\n${output}`)),
    );
  });
}
