import { PassThrough, Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { readPassword } from './password-input.ts';

/** A terminal: input the test types into, and everything the prompt shows. */
function terminal() {
  const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => stdin });
  const stderr = new PassThrough();
  let shown = '';
  stderr.on('data', (chunk: Buffer) => {
    shown += chunk.toString();
  });
  return { streams: { stdin, stderr }, type: (text: string) => stdin.write(text), shown: () => shown };
}

const piped = (text: string) => ({ stdin: Readable.from([Buffer.from(text)]), stderr: new PassThrough() });

describe('readPassword', () => {
  test('--password-stdin reads stdin, without the one line ending that echo adds', async () => {
    expect(await readPassword({ fromStdin: true }, piped('correct horse battery\n'))).toBe('correct horse battery');
    expect(await readPassword({ fromStdin: true }, piped('with spaces  \r\n'))).toBe('with spaces  ');
    expect(await readPassword({ fromStdin: true }, piped('two\nlines\n'))).toBe('two\nlines');
  });

  test('--password-stdin with nothing on stdin is an error', async () => {
    await expect(readPassword({ fromStdin: true }, piped('\n'))).rejects.toThrow(
      '--password-stdin: stdin held no password',
    );
  });

  test('will not ask when stdin is not a terminal, and says how to pass the password instead', async () => {
    await expect(readPassword({ fromStdin: false }, piped('secret\n'))).rejects.toThrow(
      'stdin is not a terminal, so the password cannot be asked for: pipe it in with --password-stdin',
    );
  });

  test('asks on the terminal without showing what is typed', async () => {
    const tty = terminal();
    const password = readPassword({ fromStdin: false }, tty.streams);
    tty.type('s3cret pass\n');
    expect(await password).toBe('s3cret pass');
    expect(tty.shown()).toContain('Password: ');
    expect(tty.shown()).not.toContain('s3cret');
  });

  test('asks twice for a new password and accepts the same answer', async () => {
    const tty = terminal();
    const password = readPassword({ fromStdin: false, confirm: true }, tty.streams);
    tty.type('same answer\n');
    await expect.poll(() => tty.shown()).toContain('Password again: ');
    tty.type('same answer\n');
    expect(await password).toBe('same answer');
  });

  test('asks twice for a new password and refuses two different answers', async () => {
    const tty = terminal();
    const password = readPassword({ fromStdin: false, confirm: true }, tty.streams);
    tty.type('first answer\n');
    await expect.poll(() => tty.shown()).toContain('Password again: ');
    tty.type('second answer\n');
    await expect(password).rejects.toThrow('the two passwords differ');
  });
});
