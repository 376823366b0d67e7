import { READING_WORDS_PER_MINUTE, type ReadingTime } from '@contentflow/events/text-analysis';
import { roundTo } from './round-to.ts';

export function readingTimeOf(words: number): ReadingTime {
  const minutes = words / READING_WORDS_PER_MINUTE;
  return { wordsPerMinute: READING_WORDS_PER_MINUTE, minutes: roundTo(minutes, 2), seconds: Math.round(minutes * 60) };
}
