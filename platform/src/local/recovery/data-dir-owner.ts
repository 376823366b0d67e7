import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError';
}

export interface DataDirClaim {
  /** True when the previous owner died without releasing the data dir (a crash or kill -9). */
  previousOwnerDied: boolean;
  release(): void;
}

const OWNER_FILE = 'system.pid';

function isRunningNode(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // A recycled pid may now belong to something else entirely; only a node process can be our owner.
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node');
  } catch {
    return true;
  }
}

/**
 * Makes this process the one local system on a data dir. A second `npm start` on the same dir is refused, and a
 * claim left by a dead process is taken over — which tells the caller that work the dead process had in hand
 * (leases, in-flight messages, in-progress idempotency records) can be released at once instead of timing out.
 */
export function claimDataDir(dataDir: string): DataDirClaim {
  const file = join(dataDir, OWNER_FILE);
  let previous: number | undefined;
  try {
    previous = Number(readFileSync(file, 'utf8').trim());
  } catch {
    previous = undefined;
  }
  if (previous !== undefined && previous !== process.pid && Number.isInteger(previous) && isRunningNode(previous)) {
    throw new DataDirInUseError(`another ContentFlow system (pid ${previous}) is running on ${dataDir}`);
  }
  writeFileSync(file, `${process.pid}\n`, { mode: 0o600 });
  return {
    previousOwnerDied: previous !== undefined && previous !== process.pid,
    release: () => rmSync(file, { force: true }),
  };
}
