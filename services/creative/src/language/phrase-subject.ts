import { type PhraseToken, readPhrase, spanText } from './english-nlp.ts';

/** Tags that make up a noun phrase's body; a run of them holds the subject. */
const NOUN_PHRASE_TAGS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'X']);
const NOUNS = new Set(['NOUN', 'PROPN']);

/**
 * Nouns that frame a topic rather than name it ("5 espresso *mistakes*", "*tips* for sourdough"): cut from a
 * subject, so "5 espresso mistakes beginners make" is about "espresso".
 */
const FRAME_NOUNS = new Set([
  'mistake',
  'myth',
  'tip',
  'tool',
  'trick',
  'hack',
  'way',
  'reason',
  'thing',
  'step',
  'lesson',
  'idea',
  'question',
  'secret',
  'rule',
  'guide',
  'checklist',
  'roadmap',
  'habit',
  'sign',
  'truth',
  'minute',
  'day',
  'week',
  'part',
]);

const MAX_SUBJECT_LENGTH = 60;

/** Words that join two subjects ("cheap vs expensive"): tagged as nouns, they would run the two together. */
const JOINING_WORDS = new Set(['vs', 'vs.', 'versus', 'v.']);

function isBody(token: PhraseToken): boolean {
  return (
    NOUN_PHRASE_TAGS.has(token.pos) &&
    token.type !== 'punctuation' &&
    !token.stopWord &&
    !JOINING_WORDS.has(token.lemma)
  );
}

/** Runs of noun-phrase tokens: `[from, to)`. A leading -ing verb joins its run ("making latte art"). */
function nounRuns(tokens: readonly PhraseToken[]): [number, number][] {
  const runs: [number, number][] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    const gerund = token.pos === 'VERB' && /ing$/i.test(token.value) && tokens[index + 1] && isBody(tokens[index + 1]!);
    if (!isBody(token) && !gerund) {
      index += 1;
      continue;
    }
    const from = index;
    index += 1;
    while (index < tokens.length && isBody(tokens[index]!)) index += 1;
    runs.push([from, index]);
  }
  return runs;
}

/** A run without numbers, cut at its first frame noun: the part before it, else the part after. */
function trimRun(tokens: readonly PhraseToken[], [from, to]: [number, number]): [number, number] | undefined {
  let start = from;
  while (start < to && tokens[start]!.pos === 'NUM') start += 1;
  const frame = tokens.slice(start, to).findIndex((token) => FRAME_NOUNS.has(token.lemma));
  const [cutFrom, cutTo] = frame < 0 ? [start, to] : frame > 0 ? [start, start + frame] : [start + 1, to];
  const kept = tokens.slice(cutFrom, cutTo);
  return kept.some((token) => NOUNS.has(token.pos)) ? [cutFrom, cutTo] : undefined;
}

/** Cuts at a word boundary so a subject fits inside a title template. */
function bounded(text: string): string {
  if (text.length <= MAX_SUBJECT_LENGTH) return text;
  const cut = text.slice(0, MAX_SUBJECT_LENGTH + 1);
  const space = cut.lastIndexOf(' ');
  return (space > 0 ? cut.slice(0, space) : [...text].slice(0, MAX_SUBJECT_LENGTH).join('')).trim();
}

/**
 * What a short phrase is about: its first noun phrase with a common noun, numbers and framing nouns cut ("sourdough
 * baking for beginners" → "sourdough baking", "Why your sourdough starter keeps dying" → "sourdough starter").
 * Proper nouns alone count only when nothing else does: the tagger reads a capitalised first word ("Cheap vs
 * expensive grinders") as a name. Without a noun phrase (another language, a single verb) it is the phrase itself.
 * At most 60 characters, cut between words.
 */
export function subjectOf(text: string): string {
  const { tokens } = readPhrase(text);
  const spans = nounRuns(tokens).flatMap((run) => {
    const span = trimRun(tokens, run);
    return span ? [span] : [];
  });
  const hasCommonNoun = ([from, to]: [number, number]) => tokens.slice(from, to).some((token) => token.pos === 'NOUN');
  const span = spans.find(hasCommonNoun) ?? spans[0];
  return bounded(span ? spanText(tokens, ...span) : text.trim());
}
