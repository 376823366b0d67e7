/** One `-progress` report of a running ffmpeg. */
export interface FfmpegProgress {
  /** Seconds of output written so far. */
  outTimeSec: number;
  frame: number | null;
  /** Encoding speed as a multiple of real time (`2.5` = 2.5×), when ffmpeg knows it. */
  speed: number | null;
  /** 0–1 of the expected duration, when the caller gave one. */
  fraction: number | null;
  /** The last report of the run (`progress=end`). */
  done: boolean;
}

function numberOrNull(value: string | undefined): number | null {
  if (value === undefined) return null;
  const parsed = Number.parseFloat(value);
  return Number.isFinite(parsed) ? parsed : null;
}

/**
 * Parses the `key=value` lines ffmpeg writes with `-progress pipe:1`: a block of keys closed by a
 * `progress=continue|end` line, every `-stats_period` (0.5 s by default). Returns the line consumer.
 */
export function progressLineParser(
  onProgress: (progress: FfmpegProgress) => void,
  expectedDurationSec?: number,
): (line: string) => void {
  let block = new Map<string, string>();
  return (line) => {
    const equals = line.indexOf('=');
    if (equals <= 0) return;
    const key = line.slice(0, equals).trim();
    const value = line.slice(equals + 1).trim();
    if (key !== 'progress') {
      block.set(key, value);
      return;
    }
    // out_time_us is "N/A" before the first frame and may be slightly negative with audio priming.
    const outTimeSec = Math.max(0, (numberOrNull(block.get('out_time_us')) ?? 0) / 1_000_000);
    const speed = numberOrNull(block.get('speed')?.replace(/x$/, ''));
    const fraction =
      expectedDurationSec && expectedDurationSec > 0 ? Math.min(1, outTimeSec / expectedDurationSec) : null;
    onProgress({ outTimeSec, frame: numberOrNull(block.get('frame')), speed, fraction, done: value === 'end' });
    block = new Map();
  };
}
