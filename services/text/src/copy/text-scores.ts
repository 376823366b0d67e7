import type { AnalyzeTextOutput, TextFormat, TextScores } from '@contentflow/events';
import { analyzeText } from '../analyze/analyze-text.ts';

/** The scores stored with a generated text, from its full analysis. */
export function scoresFrom(analysis: AnalyzeTextOutput): TextScores {
  return {
    words: analysis.counts.words,
    sentences: analysis.counts.sentences,
    readingTimeSeconds: analysis.readingTime.seconds,
    fleschReadingEase: analysis.readability?.fleschReadingEase ?? null,
    fleschKincaidGrade: analysis.readability?.fleschKincaidGrade ?? null,
    sentiment: analysis.sentiment.label,
    sentimentComparative: analysis.sentiment.comparative,
    passiveSentencePercent: analysis.style.passiveVoice.percent,
    longSentencePercent: analysis.style.longSentences.percent,
    language: analysis.language,
  };
}

/** Every generated text is run through text.analyze; these are its scores. */
export function scoresOf(text: string, format: TextFormat = 'plain'): TextScores {
  return scoresFrom(analyzeText({ text, format }));
}
