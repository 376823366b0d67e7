import * as z from 'zod/mini';
import type { Tone } from '../jobs/job-status.ts';
import { formatDuration, formatNumber } from '../text/format.ts';
import { capitalize } from '../text/labels.ts';

/**
 * A readable report of a text analysis (the JSON `text.analyze` produces, see events/src/tasks/text/): headline
 * scores, keywords and keyphrases, the focus keyword's checks, and the engine's SEO suggestions. The JSON is model-or-engine output,
 * so it is parsed, never trusted, and only the fields read here are required.
 */

const termSchema = z.object({ count: z.number(), density: z.number() });

const analysisSchema = z.object({
  counts: z.object({ words: z.number(), sentences: z.number() }),
  readingTime: z.object({ seconds: z.number() }),
  readability: z.nullable(z.object({ fleschReadingEase: z.number(), fleschKincaidGrade: z.number() })),
  sentiment: z.object({ comparative: z.number(), label: z.string() }),
  keywords: z.array(z.extend(termSchema, { term: z.string() })),
  keyphrases: z.array(z.extend(termSchema, { phrase: z.string() })),
  keyword: z.optional(
    z.object({
      keyword: z.string(),
      occurrences: z.number(),
      density: z.number(),
      inFirstSentence: z.boolean(),
      inFirstParagraph: z.boolean(),
      inLastParagraph: z.boolean(),
    }),
  ),
  // Search-engine readiness, from the engine's Yoast-style checks; optional so earlier results still show.
  seo: z.optional(
    z.object({
      score: z.number(),
      checks: z.array(z.object({ status: z.string() })),
      suggestions: z.array(z.string()),
    }),
  ),
});

export interface Score {
  label: string;
  value: string;
  hint: string;
  tone: Tone;
}

export interface TermRow {
  term: string;
  count: number;
  density: string;
}

export interface Check {
  label: string;
  passed: boolean;
}

export interface AnalysisReport {
  scores: Score[];
  keywords: TermRow[];
  keyphrases: TermRow[];
  focus: { keyword: string; summary: string; checks: Check[] } | undefined;
  /** What to improve, worst first, as the engine words it. */
  suggestions: string[];
  /** "9 of 12 checks pass", when the engine ran SEO checks. */
  checksSummary: string | undefined;
}

/** Flesch's (1948) bands of the reading ease score. */
const EASE_BANDS: ReadonlyArray<{ min: number; label: string; tone: Tone }> = [
  { min: 90, label: 'Very easy', tone: 'success' },
  { min: 80, label: 'Easy', tone: 'success' },
  { min: 70, label: 'Fairly easy', tone: 'success' },
  { min: 60, label: 'Plain English', tone: 'info' },
  { min: 50, label: 'Fairly difficult', tone: 'warning' },
  { min: 30, label: 'Difficult', tone: 'danger' },
  { min: Number.NEGATIVE_INFINITY, label: 'Very difficult', tone: 'danger' },
];

function percent(value: number): string {
  return `${formatNumber(value, 1)} %`;
}

function easeBand(ease: number): { label: string; tone: Tone } {
  return EASE_BANDS.find((band) => ease >= band.min) ?? { label: 'Very difficult', tone: 'danger' };
}

/** Yoast's traffic light: green from 80, orange from 50. */
function seoTone(score: number): Tone {
  if (score >= 80) return 'success';
  return score >= 50 ? 'warning' : 'danger';
}

function sentimentTone(label: string): Tone {
  if (label === 'positive') return 'success';
  return label === 'negative' ? 'warning' : 'neutral';
}

type Analysis = z.infer<typeof analysisSchema>;

function scoresOf(analysis: Analysis): Score[] {
  const { counts, readability, sentiment, seo } = analysis;
  const scores: Score[] = [];
  if (seo) {
    scores.push({
      label: 'SEO score',
      value: formatNumber(seo.score, 0),
      hint: 'out of 100',
      tone: seoTone(seo.score),
    });
  }
  if (readability) {
    const band = easeBand(readability.fleschReadingEase);
    scores.push(
      {
        label: 'Reading ease',
        value: formatNumber(readability.fleschReadingEase, 0),
        hint: `${band.label} (Flesch, 0–100)`,
        tone: band.tone,
      },
      {
        label: 'Grade level',
        value: formatNumber(readability.fleschKincaidGrade, 1),
        hint: 'Flesch–Kincaid U.S. school grade',
        tone: 'neutral',
      },
    );
  }
  const signed = `${sentiment.comparative > 0 ? '+' : ''}${formatNumber(sentiment.comparative, 2)}`;
  scores.push(
    {
      label: 'Sentiment',
      value: capitalize(sentiment.label),
      hint: `${signed} on a −1 to +1 scale`,
      tone: sentimentTone(sentiment.label),
    },
    {
      label: 'Reading time',
      value: formatDuration(analysis.readingTime.seconds),
      hint: `${formatNumber(counts.words, 0)} words · ${formatNumber(counts.sentences, 0)} sentences`,
      tone: 'neutral',
    },
  );
  return scores;
}

function focusOf(analysis: Analysis): AnalysisReport['focus'] {
  const { keyword } = analysis;
  if (!keyword) return undefined;
  const times = keyword.occurrences === 1 ? 'once' : `${keyword.occurrences} times`;
  return {
    keyword: keyword.keyword,
    summary: `Appears ${times} · ${percent(keyword.density)} of the words`,
    checks: [
      { label: 'In the first sentence', passed: keyword.inFirstSentence },
      { label: 'In the first paragraph', passed: keyword.inFirstParagraph },
      { label: 'In the last paragraph', passed: keyword.inLastParagraph },
    ],
  };
}

function checksSummary(checks: ReadonlyArray<{ status: string }>): string {
  const passed = checks.filter((check) => check.status === 'good').length;
  return `${passed} of ${checks.length} SEO ${checks.length === 1 ? 'check passes' : 'checks pass'}`;
}

/** The report for a `text.analyze` result, or undefined when the JSON is something else. */
export function analysisReport(json: unknown): AnalysisReport | undefined {
  const parsed = analysisSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const analysis = parsed.data;
  return {
    scores: scoresOf(analysis),
    keywords: analysis.keywords.map((k) => ({ term: k.term, count: k.count, density: percent(k.density) })),
    keyphrases: analysis.keyphrases.map((k) => ({ term: k.phrase, count: k.count, density: percent(k.density) })),
    focus: focusOf(analysis),
    suggestions: analysis.seo?.suggestions ?? [],
    checksSummary: analysis.seo && checksSummary(analysis.seo.checks),
  };
}
