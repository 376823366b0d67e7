import {
  MAX_SCRIPT_BEAT_LENGTH,
  MAX_SCRIPT_HEADLINE_LENGTH,
  MAX_SCRIPT_HOOK_LENGTH,
  type ScriptLength,
  type SpokenScript,
  type Tone,
  type ValidScriptInput,
} from '@contentflow/events';
import { keywordIndex } from '../analyze/seo/keyword-match.ts';
import { fitText, wordCount } from '../copy/fit-text.ts';
import type { SourceFacts } from '../copy/source-facts.ts';
import { capitalize, titleCase } from '../copy/title-case.ts';
import { timeScript, wordBudget } from './script-timing.ts';

/** A beat says at least this much, however tight the budget. */
const MIN_BEAT_WORDS = 3;
/** A hook is read in a breath; the invitation to follow is shorter still. */
const MAX_HOOK_WORDS = 12;
const MAX_CTA_WORDS = 10;

/** Beats per length: a quick point, a short list, a short explainer. */
const BEATS: Readonly<Record<ScriptLength, number>> = { 15: 2, 30: 3, 60: 5 };

const HOOKS: Readonly<Record<Tone, string>> = {
  neutral: '{S} in {n} seconds.',
  friendly: "Got {n} seconds? Let's talk {s}.",
  professional: '{S}: what matters, in {n} seconds.',
  casual: 'Quick one: {s}.',
  persuasive: 'If {s} matters to you, watch this.',
  playful: '{S}, speed-run edition.',
  inspirational: 'Ready to level up your {s}?',
  authoritative: '{S}, explained in {n} seconds.',
};

/** Words a spoken line should not end on. */
const DANGLING = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'of',
  'to',
  'by',
  'for',
  'with',
  'in',
  'on',
  'at',
  'that',
  'which',
]);

/**
 * A sentence cut to at most `words` words for narration: at the last comma that keeps at least half, else at a word,
 * never ending on an article or preposition, always with a full stop (a narrator says no ellipsis).
 */
function spokenCut(sentence: string, words: number): string {
  if (wordCount(sentence) <= words) return sentence;
  let kept: string[] = [];
  let count = 0;
  for (const token of sentence.split(/\s+/)) {
    count += wordCount(token);
    if (count > words) break;
    kept.push(token);
  }
  const comma = kept.findLastIndex((token) => /,$/.test(token));
  if (comma + 1 >= Math.ceil(kept.length / 2)) kept = kept.slice(0, comma + 1);
  while (
    kept.length > 1 &&
    DANGLING.has(
      kept
        .at(-1)!
        .toLowerCase()
        .replace(/[^\p{L}]/gu, ''),
    )
  )
    kept = kept.slice(0, -1);
  // A first token that is itself over the limit ("e.g.U.S.word") is kept whole rather than leaving nothing.
  const line = kept.length > 0 ? kept.join(' ') : sentence.split(/\s+/)[0]!;
  return `${line.replace(/[,;:—–-]+$/u, '')}.`;
}

/**
 * For a bare topic there is nothing to say yet: the beats name what the video should cover, in order, for the creator
 * to fill in. Each takes the subject as a noun phrase, so a plural or a long topic still reads.
 */
const OUTLINE_BEATS: ReadonlyArray<{ line: string; headline: string }> = [
  { line: 'The short version of {s}.', headline: 'The Short Version' },
  { line: 'Where to start with {s}.', headline: 'Where to Start' },
  { line: 'What to avoid with {s}.', headline: 'What to Avoid' },
  { line: 'How to measure progress with {s}.', headline: 'Measure Progress' },
  { line: 'The one thing to remember about {s}.', headline: 'Remember This' },
];

/**
 * Offline script: a hook by tone on the leading subject; beats from the text's most important sentences that fit
 * their share of the word budget (cut to it when none does), in reading order; for a bare topic, an outline of what
 * the video should cover; the call to action as given or an invitation to follow.
 */
export function composeScript(input: ValidScriptInput, facts: SourceFacts): SpokenScript {
  const [subject = facts.topic] = facts.subjects;
  const templated = HOOKS[input.tone]
    .replace('{S}', capitalize(subject))
    .replace('{s}', subject)
    .replace('{n}', String(input.lengthSec));
  const hook = fitText(
    wordCount(templated) <= MAX_HOOK_WORDS ? templated : spokenCut(capitalize(subject), MAX_HOOK_WORDS),
    MAX_SCRIPT_HOOK_LENGTH,
  );
  const invitation = `Follow for more on ${subject}.`;
  const cta = input.callToAction ?? (wordCount(invitation) <= MAX_CTA_WORDS ? invitation : 'Follow for more.');
  const beatCount = BEATS[input.lengthSec];
  const budget = Math.max(beatCount, wordBudget(input.lengthSec) - wordCount(hook) - wordCount(cta));
  const widest = Math.max(MIN_BEAT_WORDS, Math.floor(budget / beatCount));
  // Pauses weigh more in a short script than the budget's tenth allows for: narrow the beats until it fits the length.
  let script = beatsAt(widest);
  for (
    let words = widest - 1;
    words >= MIN_BEAT_WORDS && timeScript(script).estimatedDurationSec > input.lengthSec;
    words -= 1
  ) {
    script = beatsAt(words);
  }
  return script;

  function beatsAt(perBeat: number): SpokenScript {
    const fitting = facts.keySentences.filter((sentence) => sentence.words <= perBeat);
    const chosen = [...fitting, ...facts.keySentences.filter((sentence) => sentence.words > perBeat)]
      .slice(0, beatCount)
      .toSorted((a, b) => a.index - b.index);
    const lines =
      chosen.length > 0
        ? chosen.map((sentence) => ({
            text: spokenCut(sentence.text, perBeat),
            // The subject the beat talks about, else its opening words.
            headline:
              facts.subjects.find((item) => keywordIndex(sentence.text, item) >= 0) ?? headlineOf(sentence.text),
          }))
        : OUTLINE_BEATS.slice(0, beatCount).map(({ line, headline }) => ({
            text: spokenCut(line.replace('{s}', subject), perBeat),
            headline,
          }));
    return {
      hook,
      beats: lines.map(({ text, headline }) => ({
        text: fitText(text, MAX_SCRIPT_BEAT_LENGTH),
        headline: fitText(titleCase(headline), MAX_SCRIPT_HEADLINE_LENGTH),
      })),
      cta,
    };
  }
}

/** The first few words of a line, for the screen. */
function headlineOf(line: string): string {
  return line
    .split(/\s+/)
    .slice(0, 4)
    .join(' ')
    .replace(/[,;:.!?]+$/u, '');
}
