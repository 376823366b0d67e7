import { type SeoCheckStatus, TITLE_STYLES, type TitleStyle, type TitlesOutput } from '@contentflow/events';
import { analyzeText } from '../analyze/analyze-text.ts';
import { keywordIndex, startsWithKeyword } from '../analyze/seo/keyword-match.ts';
import { codePoints } from '../copy/fit-text.ts';
import { scoresFrom } from '../copy/text-scores.ts';

type ScoredTitle = TitlesOutput['titles'][number];
type TitleCheck = ScoredTitle['checks'][number];

const WORTH: Readonly<Record<SeoCheckStatus, number>> = { good: 1, improve: 0.5, problem: 0 };
const LENGTH_TOLERANCE = 10;
/** A title reads at a glance at up to about 1.7 syllables a word and 12 words. */
const EASY_SYLLABLES_PER_WORD = 1.7;
const HARD_SYLLABLES_PER_WORD = 2;
const MAX_EASY_WORDS = 12;
/** How-to and question titles promise an answer; numbers promise a bounded read. */
const SPECIFIC = /\d|^(how|why|what|when|which|who)\b|\?$/iu;

/**
 * Scores a title by the analyzer: length for where it shows, the keyword near its start, ease of reading, emotional
 * charge (sentiment away from neutral) and specificity (a number, or a question it answers). The score is the mean
 * of the checks (good 1, improve ½, problem 0) × 100.
 */
export function scoreTitle(title: string, style: TitleStyle, keyword: string | undefined): ScoredTitle {
  const analysis = analyzeText({ text: title });
  const characters = codePoints(title);
  const checks: TitleCheck[] = [lengthCheck(characters, style)];
  if (keyword !== undefined) checks.push(keywordCheck(title, keyword));
  const readability = analysis.readability;
  const syllablesPerWord = readability?.averageSyllablesPerWord ?? 0;
  const words = analysis.counts.words;
  checks.push(
    syllablesPerWord <= EASY_SYLLABLES_PER_WORD && words <= MAX_EASY_WORDS
      ? {
          id: 'readability',
          status: 'good',
          message: `${words} words at ${syllablesPerWord} syllables a word read at a glance.`,
        }
      : {
          id: 'readability',
          status: syllablesPerWord <= HARD_SYLLABLES_PER_WORD ? 'improve' : 'problem',
          message: `${words} words at ${syllablesPerWord} syllables a word; shorter, plainer words read faster.`,
        },
  );
  const { label, comparative } = analysis.sentiment;
  checks.push(
    label === 'neutral'
      ? {
          id: 'emotion',
          status: 'improve',
          message: 'The title is emotionally neutral; a positive or urgent word draws more clicks.',
        }
      : { id: 'emotion', status: 'good', message: `The title reads ${label} (${comparative}).` },
  );
  checks.push(
    SPECIFIC.test(title.trim())
      ? { id: 'specificity', status: 'good', message: 'A number or a question makes the promise concrete.' }
      : {
          id: 'specificity',
          status: 'improve',
          message: 'A number or a how/why question would make the promise concrete.',
        },
  );
  const score = Math.round((100 * checks.reduce((sum, check) => sum + WORTH[check.status], 0)) / checks.length);
  return { title, characters, score, checks, scores: scoresFrom(analysis) };
}

function lengthCheck(characters: number, style: TitleStyle): TitleCheck {
  const { min, max } = TITLE_STYLES[style];
  if (characters >= min && characters <= max) {
    return {
      id: 'length',
      status: 'good',
      message: `${characters} characters: shown whole (${style}: ${min}–${max}).`,
    };
  }
  const near = characters >= min - LENGTH_TOLERANCE && characters <= max + LENGTH_TOLERANCE;
  const advice = characters > max ? `cut to ${max} or fewer` : `use at least ${min}`;
  return {
    id: 'length',
    status: near ? 'improve' : 'problem',
    message: `${characters} characters; ${advice} for ${style}.`,
  };
}

function keywordCheck(title: string, keyword: string): TitleCheck {
  if (startsWithKeyword(title, keyword)) return { id: 'keyword', status: 'good', message: `Opens with "${keyword}".` };
  if (keywordIndex(title, keyword) >= 0) {
    return { id: 'keyword', status: 'improve', message: `Holds "${keyword}"; it ranks better at the start.` };
  }
  return { id: 'keyword', status: 'problem', message: `Does not hold the keyword "${keyword}".` };
}
