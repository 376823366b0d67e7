/** One phone (or pause) Flite spoke, with when it starts and ends in the utterance's audio. */
export interface FliteSegment {
  phone: string;
  startSec: number;
  endSec: number;
}

/** Flite's name for silence between phrases. */
export const PAUSE_PHONE = 'pau';

/**
 * Parses what `flite -psdur` prints: `phone:endTime` pairs separated by spaces, one line per utterance, each
 * line's times counted from the start of that utterance.
 */
export function parseFliteSegments(printed: string): FliteSegment[] {
  const segments: FliteSegment[] = [];
  let lineOffset = 0;
  for (const line of printed.split('\n')) {
    const tokens = line.trim().split(/\s+/).filter(Boolean);
    if (tokens.length === 0) continue;
    let start = lineOffset;
    for (const token of tokens) {
      const colon = token.lastIndexOf(':');
      const end = lineOffset + Number(token.slice(colon + 1));
      if (colon <= 0 || !Number.isFinite(end)) throw new Error(`unexpected Flite segment "${token}"`);
      segments.push({ phone: token.slice(0, colon), startSec: start, endSec: end });
      start = end;
    }
    lineOffset = start;
  }
  return segments;
}

/** From the start of the first spoken phone to the end of the last, or undefined when Flite said nothing. */
export function spokenSpan(segments: readonly FliteSegment[]): { startSec: number; endSec: number } | undefined {
  const spoken = segments.filter((segment) => segment.phone !== PAUSE_PHONE);
  if (spoken.length === 0) return undefined;
  return { startSec: spoken[0]!.startSec, endSec: spoken.at(-1)!.endSec };
}
