/** Which of the two programs failed; both run through the same runner. */
export type MediaTool = 'ffmpeg' | 'ffprobe';

/** ffmpeg's last stderr lines, which say why it failed ("No such filter", "Invalid data found"…). */
function withTail(message: string, stderrTail: string): string {
  const lines = stderrTail.trim().split('\n').slice(-5).join(' | ');
  return lines ? `${message}: ${lines}` : message;
}

/** A run of ffmpeg or ffprobe that did not finish successfully. */
export class MediaToolError extends Error {
  override name = 'MediaToolError';
  readonly tool: MediaTool;
  readonly stderrTail: string;

  constructor(tool: MediaTool, message: string, stderrTail: string, options?: ErrorOptions) {
    super(withTail(message, stderrTail), options);
    this.tool = tool;
    this.stderrTail = stderrTail;
  }
}

export class MediaToolExitError extends MediaToolError {
  override name = 'MediaToolExitError';
  readonly exitCode: number | null;
  readonly exitSignal: NodeJS.Signals | null;

  constructor(tool: MediaTool, exitCode: number | null, exitSignal: NodeJS.Signals | null, stderrTail: string) {
    super(tool, `${tool} exited with ${exitSignal ? `signal ${exitSignal}` : `code ${exitCode}`}`, stderrTail);
    this.exitCode = exitCode;
    this.exitSignal = exitSignal;
  }
}

export class MediaToolTimeoutError extends MediaToolError {
  override name = 'MediaToolTimeoutError';
  readonly timeoutMs: number;

  constructor(tool: MediaTool, timeoutMs: number, stderrTail: string) {
    super(tool, `${tool} ran longer than ${timeoutMs} ms and was killed`, stderrTail);
    this.timeoutMs = timeoutMs;
  }
}

/** The caller's AbortSignal fired (job cancelled, invocation out of time); the process was killed. */
export class MediaToolAbortedError extends MediaToolError {
  override name = 'MediaToolAbortedError';

  constructor(tool: MediaTool, reason: unknown, stderrTail: string) {
    super(tool, `${tool} was cancelled`, stderrTail, { cause: reason });
  }
}

export class FfmpegNotFoundError extends Error {
  override name = 'FfmpegNotFoundError';

  constructor(tool: MediaTool, searched: string) {
    super(
      `${tool} was not found on PATH (${searched || 'empty'}) nor in @${tool}-installer/${tool}; ` +
        `install it (Debian: apt-get install ffmpeg) or the npm package`,
    );
  }
}

/** The installed ffmpeg lacks a filter or encoder that has no fallback. */
export class FfmpegCapabilityError extends Error {
  override name = 'FfmpegCapabilityError';
  readonly missing: readonly string[];

  constructor(version: string, missing: readonly string[]) {
    super(`ffmpeg ${version} lacks ${missing.join(', ')}`);
    this.missing = missing;
  }
}
