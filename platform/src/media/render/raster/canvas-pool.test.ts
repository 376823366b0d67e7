import { describe, expect, test } from 'vitest';
import { CanvasPool } from './canvas-pool.ts';

describe('CanvasPool', () => {
  test('lends a returned buffer again, and never the same buffer to two uses at once', async () => {
    const pool = new CanvasPool();
    const first = await pool.with(1024, async (buffer) => buffer);
    expect(await pool.with(1024, async (buffer) => buffer)).toBe(first);

    const lent: Buffer[] = [];
    await Promise.all(
      [0, 1, 2].map(() =>
        pool.with(1024, async (buffer) => {
          lent.push(buffer);
          await new Promise((resolve) => setImmediate(resolve));
        }),
      ),
    );
    expect(new Set(lent).size).toBe(3);
    expect(lent).toContain(first);
  });

  test('takes a buffer back when its use fails, and keeps sizes apart', async () => {
    const pool = new CanvasPool();
    let failed: Buffer | undefined;
    await expect(
      pool.with(64, async (buffer) => {
        failed = buffer;
        throw new Error('encode failed');
      }),
    ).rejects.toThrow('encode failed');
    expect(await pool.with(64, async (buffer) => buffer)).toBe(failed);
    const other = await pool.with(128, async (buffer) => buffer);
    expect(other).not.toBe(failed);
    expect(other.length).toBe(128);
  });
});
