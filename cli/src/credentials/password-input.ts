import { read } from 'read';
import { CliError } from '../cli-error.ts';

/** The terminal a password is asked on, or the stream it is piped through. */
export interface PasswordStreams {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Prompts go to stderr so that stdout stays the command's output. */
  stderr: NodeJS.WritableStream;
}

export interface PasswordRequest {
  /** Read the password from stdin (`--password-stdin`) instead of asking for it. */
  fromStdin: boolean;
  /** Ask twice and require the same answer (sign-up). */
  confirm?: boolean;
}

const processStreams: PasswordStreams = { stdin: process.stdin, stderr: process.stderr };

/**
 * A password from stdin or from a prompt that does not echo it. There is deliberately no way to pass it as an
 * option value: those end up in shell history and in `ps` output.
 */
export async function readPassword(request: PasswordRequest, streams = processStreams): Promise<string> {
  if (request.fromStdin) return passwordFromStdin(streams.stdin);
  if (!streams.stdin.isTTY) {
    throw new CliError(
      'stdin is not a terminal, so the password cannot be asked for: pipe it in with --password-stdin',
    );
  }
  const password = await ask('Password: ', streams);
  if (request.confirm && (await ask('Password again: ', streams)) !== password) {
    throw new CliError('the two passwords differ');
  }
  return password;
}

async function passwordFromStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  // `echo "$PASSWORD" | contentflow login …` adds one line ending, which is not part of the password.
  const password = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  if (password === '') throw new CliError('--password-stdin: stdin held no password');
  return password;
}

async function ask(prompt: string, { stdin, stderr }: PasswordStreams): Promise<string> {
  try {
    return await read({ prompt, silent: true, replace: '', input: stdin, output: stderr });
  } catch (error) {
    // `read` rejects with "canceled" on Ctrl-C.
    if (error instanceof Error && error.message === 'canceled') throw new CliError('cancelled');
    throw error;
  }
}
