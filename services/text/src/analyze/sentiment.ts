import type { Sentiment, SentimentLabel } from '@contentflow/events/text-analysis';
import { roundTo } from './round-to.ts';

/** The customary neutral band for normalised lexicon scores (as VADER uses for its compound score). */
const NEUTRAL_BAND = 0.05;

/**
 * Sums and averages sentence polarities. wink scores each sentence from its lexicon (negation and emoji
 * aware) and rates the document by their mean, which is `comparative` here.
 */
export function sentimentOf(sentencePolarities: readonly number[]): Sentiment {
  const score = sentencePolarities.reduce((sum, polarity) => sum + polarity, 0);
  const comparative = roundTo(sentencePolarities.length === 0 ? 0 : score / sentencePolarities.length, 3);
  return { score: roundTo(score, 3), comparative, label: labelOf(comparative) };
}

function labelOf(comparative: number): SentimentLabel {
  if (comparative > NEUTRAL_BAND) return 'positive';
  if (comparative < -NEUTRAL_BAND) return 'negative';
  return 'neutral';
}
