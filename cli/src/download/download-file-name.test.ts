import { describe, expect, test } from 'vitest';
import { fileNameFromDisposition } from './download-file-name.ts';

const ADVICE = 'choose a file with --output';

describe('fileNameFromDisposition', () => {
  test('takes the file name the API gives', () => {
    expect(fileNameFromDisposition('attachment; filename="text-analysis-a1.json"')).toBe('text-analysis-a1.json');
    expect(fileNameFromDisposition('attachment; filename=plain.json')).toBe('plain.json');
  });

  test('prefers the RFC 8187 encoded name, decoded', () => {
    expect(fileNameFromDisposition(`attachment; filename="fallback.txt"; filename*=UTF-8''r%C3%A9sum%C3%A9.txt`)).toBe(
      'résumé.txt',
    );
  });

  test.each([
    ['attachment; filename="../../.bashrc"', 'it contains a path separator'],
    [`attachment; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd`, 'it contains a path separator'],
    ['attachment; filename="/etc/passwd"', 'it contains a path separator'],
    ['attachment; filename="..\\\\windows\\\\win.ini"', 'it contains a path separator'],
    ['attachment; filename=".."', 'it starts with a dot'],
    ['attachment; filename=".bashrc"', 'it starts with a dot'],
    [`attachment; filename*=UTF-8''evil%00.json`, 'it contains control characters'],
    [`attachment; filename*=UTF-8''%1B%5B2Jclear.json`, 'it contains control characters'],
    ['attachment; filename=""', 'it is empty'],
    [`attachment; filename="${'a'.repeat(256)}"`, 'it is longer than 255 bytes'],
  ])('refuses the unsafe name in %s', (header, reason) => {
    expect(() => fileNameFromDisposition(header)).toThrow(new RegExp(`unsafe as ${reason}; ${ADVICE}$`));
  });

  test('without a name to use, asks for --output', () => {
    expect(() => fileNameFromDisposition(null)).toThrow(`the API named no file for this content; ${ADVICE}`);
    expect(() => fileNameFromDisposition('attachment')).toThrow(`the API named no file for this content; ${ADVICE}`);
    expect(() => fileNameFromDisposition('attachment; filename="unterminated')).toThrow(
      `the API named no file for this content; ${ADVICE}`,
    );
  });
});
