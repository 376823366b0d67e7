import { parse } from 'content-disposition';
import { CliError } from '../cli-error.ts';

/** Most file systems' limit for one name. */
const MAX_NAME_BYTES = 255;

/**
 * Why a name suggested by the server must not be used as a file name in the current directory, if it must not:
 * anything that could leave the directory (separators, `..`), hide itself or replace a dotfile (`.bashrc`), or
 * play tricks on a terminal (control characters).
 */
export function unsafeFileNameReason(name: string): string | undefined {
  if (name === '') return 'it is empty';
  if (/[/\\]/.test(name)) return 'it contains a path separator';
  if (name.startsWith('.')) return 'it starts with a dot';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused.
  if (/[\x00-\x1f\x7f]/.test(name)) return 'it contains control characters';
  if (Buffer.byteLength(name) > MAX_NAME_BYTES) return `it is longer than ${MAX_NAME_BYTES} bytes`;
  return undefined;
}

/** The file name of a `Content-Disposition` header, if it is safe to create in the current directory. */
export function fileNameFromDisposition(header: string | null): string {
  const advice = 'choose a file with --output';
  // The parser is lenient: a malformed header yields no file name rather than an error.
  const name = header === null ? undefined : parse(header).parameters['filename'];
  if (name === undefined) throw new CliError(`the API named no file for this content; ${advice}`);
  const reason = unsafeFileNameReason(name);
  if (reason)
    throw new CliError(
      `the API suggested the file name ${JSON.stringify(name)}, which is unsafe as ${reason}; ${advice}`,
    );
  return name;
}
