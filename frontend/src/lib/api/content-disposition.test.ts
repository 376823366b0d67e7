import { describe, expect, it } from 'vitest';
import { fileNameFromDisposition } from './content-disposition.ts';

describe('fileNameFromDisposition', () => {
  it.each([
    ['attachment; filename="text-analysis-1.json"', 'text-analysis-1.json'],
    ['attachment; filename=short-2.mp4', 'short-2.mp4'],
    ['attachment; filename="../../etc/passwd"', 'etc_passwd'],
    ['attachment; filename="a b?.png"', 'a_b_.png'],
  ])('%s → %s', (header, name) => {
    expect(fileNameFromDisposition(header, 'fallback')).toBe(name);
  });

  it('uses the fallback without a usable name', () => {
    expect(fileNameFromDisposition(null, 'content-1')).toBe('content-1');
    expect(fileNameFromDisposition('attachment; filename=".."', 'content-1')).toBe('content-1');
  });
});
