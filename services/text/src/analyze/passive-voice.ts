import type { PassivePhrase, TextStyle } from '@contentflow/events/text-analysis';
import type { EnglishVerbsIrregular } from 'english-verbs-irregular';
import irregularVerbs from 'english-verbs-irregular/dist/verbs.json' with { type: 'json' };
import type { DocumentToken, TextDocument } from './text-document.ts';
import { wordDensity } from './word-density.ts';

const MAX_PHRASES = 10;
/** "is not always", "was being": what may stand between the form of "to be" and the participle. */
const MAX_GAP = 3;
const FORMS_OF_BE = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being']);
const IN_BETWEEN = new Set(['not', 'being', 'been']);
const REGULAR_PARTICIPLE = /^\p{L}{2,}ed$/u;

/** The past participles of English's irregular verbs ("written", "built", "done"), from RosaeNLG's list. */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(
  Object.values(irregularVerbs as EnglishVerbsIrregular).flatMap((forms) => forms.map(([, participle]) => participle!)),
);

function isParticiple(token: DocumentToken): boolean {
  return token.pos === 'VERB' && (REGULAR_PARTICIPLE.test(token.normal) || IRREGULAR_PARTICIPLES.has(token.normal));
}

/**
 * Passive voice: a form of "to be", then (past an adverb, "not" or "being") a verb the tagger read as a verb whose
 * form is a past participle — "was written", "are being reviewed", "is not always tested". Requiring the verb tag
 * keeps predicate adjectives out ("was tired", "is interested" are tagged ADJ).
 */
export function passiveVoiceOf(doc: TextDocument): TextStyle['passiveVoice'] {
  const phrases: PassivePhrase[] = [];
  const sentences = new Set<number>();
  const { tokens, words, text } = doc;
  for (let i = 0; i < tokens.length; i += 1) {
    const be = tokens[i]!;
    if (be.word < 0 || !FORMS_OF_BE.has(be.normal)) continue;
    for (let j = i + 1; j < tokens.length && j <= i + 1 + MAX_GAP; j += 1) {
      const next = tokens[j]!;
      if (isParticiple(next)) {
        const sentence = words[be.word]!.sentence;
        if (words[next.word]?.sentence !== sentence) break;
        sentences.add(sentence);
        if (phrases.length < MAX_PHRASES) {
          phrases.push({ offset: be.start, length: next.end - be.start, text: text.slice(be.start, next.end) });
        }
        i = j;
        break;
      }
      if (next.pos !== 'ADV' && !IN_BETWEEN.has(next.normal)) break;
    }
  }
  return { sentences: sentences.size, percent: wordDensity(sentences.size, doc.sentenceCount), phrases };
}
