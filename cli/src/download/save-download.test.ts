import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { saveToFile } from './save-download.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cf-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (text: string) => new Blob([text]).stream();

/** A body that delivers some bytes, then fails, as a dropped connection does. */
function brokenBody(): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"partial":'));
      controller.error(new Error('connection reset'));
    },
  });
}

describe('saveToFile', () => {
  test('writes the bytes to the file', async () => {
    const target = join(dir, 'out.json');
    await saveToFile(bytes('{"words": 3}'), target, { overwrite: false });
    expect(readFileSync(target, 'utf8')).toBe('{"words": 3}');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  test('never replaces an existing file without overwrite', async () => {
    const target = join(dir, 'out.json');
    writeFileSync(target, 'mine');
    await expect(saveToFile(bytes('theirs'), target, { overwrite: false })).rejects.toThrow(
      `${target} already exists; pass --force to overwrite it`,
    );
    expect(readFileSync(target, 'utf8')).toBe('mine');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  test('replaces it with overwrite', async () => {
    const target = join(dir, 'out.json');
    writeFileSync(target, 'mine');
    await saveToFile(bytes('theirs'), target, { overwrite: true });
    expect(readFileSync(target, 'utf8')).toBe('theirs');
  });

  test('an interrupted download leaves no file behind, nor a truncated one in place of the old', async () => {
    const fresh = join(dir, 'fresh.json');
    await expect(saveToFile(brokenBody(), fresh, { overwrite: false })).rejects.toThrow('connection reset');
    expect(existsSync(fresh)).toBe(false);

    const existing = join(dir, 'existing.json');
    writeFileSync(existing, 'old');
    await expect(saveToFile(brokenBody(), existing, { overwrite: true })).rejects.toThrow('connection reset');
    expect(readFileSync(existing, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['existing.json']);
  });
});
