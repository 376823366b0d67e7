import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs `work` in a fresh directory under the OS temp dir and removes it afterwards, whether `work` succeeded,
 * failed or was aborted. Media jobs write frames, audio and the encoded file there.
 */
export async function withTempDirectory<T>(prefix: string, work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
