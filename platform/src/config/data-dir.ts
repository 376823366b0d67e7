import { resolve } from 'node:path';

/** Where the local runtime keeps its state: `CONTENTFLOW_DATA_DIR`, else `.contentflow/` under the working directory. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['CONTENTFLOW_DATA_DIR'] ?? '.contentflow');
}

/** The one SQLite file that holds queue, bus, archive and repositories. */
export function databaseFile(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(dataDir(env), 'contentflow.db');
}
