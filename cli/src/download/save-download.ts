import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { link, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { CliError } from '../cli-error.ts';

function isErrorCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}

export async function pathExists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return false;
    throw error;
  }
}

function existsError(target: string): CliError {
  return new CliError(`${target} already exists; pass --force to overwrite it`);
}

/**
 * Writes the bytes to `target` whole or not at all: they go to a temporary file beside it first, so an interrupted
 * download never leaves a truncated file nor destroys the one it would replace. Without `overwrite` the final step
 * is a hard link, which fails if `target` appeared meanwhile, so an existing file is never replaced.
 */
export async function saveToFile(
  body: ReadableStream<Uint8Array>,
  target: string,
  { overwrite }: { overwrite: boolean },
): Promise<void> {
  if (!overwrite && (await pathExists(target))) {
    await body.cancel();
    throw existsError(target);
  }
  const temporary = join(dirname(target), `.${basename(target)}.${randomUUID()}.partial`);
  try {
    await pipeline(
      Readable.fromWeb(body as WebReadableStream<Uint8Array>),
      createWriteStream(temporary, { flags: 'wx' }),
    );
    if (overwrite) {
      await rename(temporary, target);
    } else {
      await link(temporary, target).catch((error: unknown) => {
        throw isErrorCode(error, 'EEXIST') ? existsError(target) : error;
      });
    }
  } finally {
    await rm(temporary, { force: true });
  }
}

/** Streams the bytes to stdout, which stays open for whatever the process writes next. */
export async function writeToStdout(body: ReadableStream<Uint8Array>): Promise<void> {
  await pipeline(Readable.fromWeb(body as WebReadableStream<Uint8Array>), process.stdout, { end: false });
}
