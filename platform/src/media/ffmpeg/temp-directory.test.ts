import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { withTempDirectory } from './temp-directory.ts';

describe('withTempDirectory', () => {
  test('returns the work’s result and removes the directory with its files', async () => {
    let seen = '';
    const result = await withTempDirectory('cf-temp-', async (dir) => {
      seen = dir;
      await writeFile(join(dir, 'frame.png'), 'x');
      return 42;
    });
    expect(result).toBe(42);
    expect(seen).not.toBe('');
    expect(existsSync(seen)).toBe(false);
  });

  test('removes the directory when the work fails, and rethrows', async () => {
    let seen = '';
    const failing = withTempDirectory('cf-temp-', async (dir) => {
      seen = dir;
      await writeFile(join(dir, 'partial.mp4'), 'x');
      throw new Error('encode failed');
    });
    await expect(failing).rejects.toThrow('encode failed');
    expect(existsSync(seen)).toBe(false);
  });
});
