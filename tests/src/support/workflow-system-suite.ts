import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closePlatformAdapters } from '@contentflow/platform';
import { afterAll, beforeAll } from 'vitest';
import { startWorkflowSystem, type WorkflowSystem } from './workflow-system.ts';

export interface WorkflowSystemSuite {
  readonly system: WorkflowSystem;
  /** This file's `CONTENTFLOW_DATA_DIR`. */
  readonly dataDir: string;
}

/**
 * The workflow system for one test file: started before its tests over a fresh data dir, with `env` set as well
 * (handlers read their adapters from the environment, as in Lambda); stopped after them, the environment restored
 * and the data removed. Read `system` and `dataDir` inside tests and hooks, once it has started.
 */
export function useWorkflowSystem(dirPrefix: string, env: Readonly<Record<string, string>> = {}): WorkflowSystemSuite {
  let started: { system: WorkflowSystem; dataDir: string } | undefined;
  let dataDir: string | undefined;
  const saved = new Map<string, string | undefined>();

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), dirPrefix));
    for (const [name, value] of Object.entries({ ...env, CONTENTFLOW_DATA_DIR: dataDir })) {
      saved.set(name, process.env[name]);
      process.env[name] = value;
    }
    started = { system: await startWorkflowSystem(), dataDir };
  }, 120_000);

  afterAll(async () => {
    await started?.system.stop();
    await closePlatformAdapters();
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const running = () => {
    if (!started) throw new Error('the workflow system starts in beforeAll; read it inside a test or a later hook');
    return started;
  };
  return {
    get system() {
      return running().system;
    },
    get dataDir() {
      return running().dataDir;
    },
  };
}
