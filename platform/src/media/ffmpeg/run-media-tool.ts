import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { type MediaTool, MediaToolAbortedError, MediaToolExitError, MediaToolTimeoutError } from './ffmpeg-errors.ts';

export interface RunMediaToolOptions {
  cwd?: string;
  /** Added to the parent's environment (e.g. FONTCONFIG_FILE for libass). */
  env?: Readonly<Record<string, string>>;
  /** Aborting kills the process: SIGTERM, then SIGKILL after `killGraceMs`. */
  signal?: AbortSignal;
  /** Kills the process after this long; no limit when absent. */
  timeoutMs?: number;
  killGraceMs?: number;
  /** Called for each stdout line as it arrives; stdout is not kept when set. */
  onStdoutLine?: (line: string) => void;
}

export interface MediaToolRun {
  /** Everything written to stdout, unless `onStdoutLine` consumed it. */
  stdout: string;
  stderrTail: string;
}

/** Enough of stderr to hold ffmpeg's closing error lines without keeping a long run's log. */
const STDERR_TAIL_CHARS = 8 * 1024;
const DEFAULT_KILL_GRACE_MS = 2_000;

/**
 * Runs ffmpeg or ffprobe as a child process and settles only once it has exited, so a caller's `finally` that
 * removes the working directory never races a process still writing into it.
 */
export function runMediaTool(
  tool: MediaTool,
  executable: string,
  args: readonly string[],
  options: RunMediaToolOptions = {},
): Promise<MediaToolRun> {
  const { signal, timeoutMs, killGraceMs = DEFAULT_KILL_GRACE_MS, onStdoutLine } = options;
  if (signal?.aborted) return Promise.reject(new MediaToolAbortedError(tool, signal.reason, ''));

  return new Promise((resolve, reject) => {
    const child = spawn(executable, args, {
      cwd: options.cwd,
      env: options.env ? { ...process.env, ...options.env } : process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderrTail = '';
    let stopReason: { kind: 'abort'; reason: unknown } | { kind: 'timeout' } | undefined;
    let killTimer: NodeJS.Timeout | undefined;

    const stop = (reason: NonNullable<typeof stopReason>): void => {
      if (stopReason) return;
      stopReason = reason;
      child.kill('SIGTERM');
      // ffmpeg finishes the file it is writing on SIGTERM, which may take a while; nobody wants that file.
      killTimer = setTimeout(() => child.kill('SIGKILL'), killGraceMs);
    };
    const onAbort = (): void => stop({ kind: 'abort', reason: signal?.reason });
    signal?.addEventListener('abort', onAbort, { once: true });
    const timeout = timeoutMs === undefined ? undefined : setTimeout(() => stop({ kind: 'timeout' }), timeoutMs);

    child.stdout.setEncoding('utf8');
    if (onStdoutLine) createInterface({ input: child.stdout }).on('line', onStdoutLine);
    else child.stdout.on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderrTail = (stderrTail + chunk).slice(-STDERR_TAIL_CHARS);
    });

    let settled = false;
    const settle = (error: Error | undefined): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timeout);
      clearTimeout(killTimer);
      signal?.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve({ stdout, stderrTail });
    };
    // A failed spawn (ENOENT, EACCES) emits 'error' and may never emit 'close'.
    child.on('error', (error) => settle(error));
    child.on('close', (code, exitSignal) => {
      if (stopReason?.kind === 'abort') settle(new MediaToolAbortedError(tool, stopReason.reason, stderrTail));
      else if (stopReason?.kind === 'timeout') settle(new MediaToolTimeoutError(tool, timeoutMs ?? 0, stderrTail));
      else if (code !== 0) settle(new MediaToolExitError(tool, code, exitSignal, stderrTail));
      else settle(undefined);
    });
  });
}
