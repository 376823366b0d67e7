import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type LocalSystemProcess, startLocalSystemProcess } from '../system/local-system-process.ts';
import { type CliOptions, type CliProcess, type CliRun, runCli, startCli } from './run-cli.ts';

export interface LocalSystemShell {
  /** Holds the directories below; removed after the file's tests. */
  readonly root: string;
  /** The local system's data. */
  readonly dataDir: string;
  /** The user's CONTENTFLOW_CONFIG_DIR. */
  readonly configDir: string;
  /** Where the user runs commands. */
  readonly workDir: string;
  /** The running system's API URL. */
  readonly url: string;
  /** Runs `contentflow …` to its end in the user's shell: their config dir, the system's URL, the working dir. */
  contentflow(args: readonly string[], options?: CliOptions): Promise<CliRun>;
  /** Starts `contentflow …` in the same shell and leaves it running. */
  startContentflow(args: readonly string[], options?: CliOptions): CliProcess;
}

/**
 * The whole local system (`contentflow start`, what `npm start` runs) in another process for one test file's
 * tests, and a user's shell to run the real command against it. The system starts before the tests and stops after.
 */
export function useLocalSystemShell(dirPrefix: string): LocalSystemShell {
  const root = mkdtempSync(join(tmpdir(), dirPrefix));
  const dataDir = join(root, 'data');
  const configDir = join(root, 'config');
  const workDir = join(root, 'work');
  mkdirSync(workDir);
  let system: LocalSystemProcess | undefined;

  beforeAll(async () => {
    system = await startLocalSystemProcess({ dataDir, port: 0 });
  }, 60_000);

  afterAll(async () => {
    system?.child.kill('SIGINT');
    await system?.exited;
    rmSync(root, { recursive: true, force: true });
  });

  const url = () => {
    if (!system) throw new Error('the local system starts in beforeAll; use it inside a test or a later hook');
    return system.url;
  };
  const shell = (options: CliOptions): CliOptions => ({
    cwd: workDir,
    ...options,
    env: { CONTENTFLOW_CONFIG_DIR: configDir, CONTENTFLOW_API_URL: url(), ...options.env },
  });
  return {
    root,
    dataDir,
    configDir,
    workDir,
    get url() {
      return url();
    },
    contentflow: (args, options = {}) => runCli(args, shell(options)),
    startContentflow: (args, options = {}) => startCli(args, shell(options)),
  };
}
