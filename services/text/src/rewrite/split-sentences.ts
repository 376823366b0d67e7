import { LONG_SENTENCE_WORDS } from '@contentflow/events';
import { wordCount } from '../copy/fit-text.ts';
import { capitalize } from '../copy/title-case.ts';

/** Where a long sentence can become two: a semicolon, or a comma before a coordinating conjunction. */
const JOINTS = /;\s+|,\s+(?=(?:and|but|so|yet|or)\s)|\s+[—–]\s+/g;
const MIN_PART_WORDS = 5;

/**
 * A sentence over LONG_SENTENCE_WORDS words split at the joint nearest its middle, when both parts keep at least
 * five words: "…, and we shipped it." → "…. And we shipped it." Shorter sentences come back as they are.
 */
export function splitLongSentence(sentence: string): string[] {
  const words = wordCount(sentence);
  if (words <= LONG_SENTENCE_WORDS) return [sentence];
  let best: { at: number; end: number; distance: number } | undefined;
  for (const joint of sentence.matchAll(JOINTS)) {
    const before = wordCount(sentence.slice(0, joint.index));
    const after = words - before;
    if (before < MIN_PART_WORDS || after < MIN_PART_WORDS) continue;
    const distance = Math.abs(before - words / 2);
    if (!best || distance < best.distance) best = { at: joint.index, end: joint.index + joint[0].length, distance };
  }
  if (!best) return [sentence];
  const first = `${sentence.slice(0, best.at).replace(/[,;:]$/, '')}.`;
  const rest = capitalize(sentence.slice(best.end));
  return [...splitLongSentence(first), ...splitLongSentence(rest)];
}
