import type { EntityType, NamedEntity } from '@contentflow/events/text-analysis';
import type { DocumentToken, TextDocument } from './text-document.ts';

/** wink's NER types kept, by our name; CARDINAL, ORDINAL, EMOJI and EMOTICON name nothing. */
const NER_TYPES: Readonly<Record<string, EntityType>> = {
  DATE: 'date',
  TIME: 'time',
  DURATION: 'duration',
  MONEY: 'money',
  PERCENT: 'percent',
  EMAIL: 'email',
  URL: 'url',
  HASHTAG: 'hashtag',
  MENTION: 'mention',
};

interface Mention {
  readonly type: EntityType;
  readonly start: number;
  readonly end: number;
  /** A lone capitalised word opening a sentence: the tagger often takes any such word for a proper noun. */
  readonly doubtful?: boolean;
}

/**
 * Named entities, most frequent first (ties in order of appearance): what the NER found, and runs of proper nouns
 * outside them as `name` (people, places, organisations, products: the tagger does not tell which). A one-word name
 * that only ever opens a sentence ("Use", "Deep") is left out: capitals there say nothing.
 */
export function namedEntitiesOf(doc: TextDocument, limit: number): NamedEntity[] {
  const mentions: Mention[] = [];
  const inEntity = new Uint8Array(doc.tokens.length);
  for (const { type, firstToken, endToken } of doc.namedEntities) {
    inEntity.fill(1, firstToken, endToken);
    const ours = NER_TYPES[type];
    if (ours) mentions.push({ type: ours, start: doc.tokens[firstToken]!.start, end: doc.tokens[endToken - 1]!.end });
  }
  let run: DocumentToken[] = [];
  const endRun = (): void => {
    const [first] = run;
    if (first) {
      const doubtful = run.length === 1 && opensSentence(doc, first.word);
      mentions.push({ type: 'name', start: first.start, end: run.at(-1)!.end, doubtful });
    }
    run = [];
  };
  doc.tokens.forEach((token, index) => {
    if (token.pos === 'PROPN' && token.word >= 0 && inEntity[index] === 0) run.push(token);
    else endRun();
  });
  endRun();

  const tally = new Map<string, { entity: NamedEntity; certain: boolean }>();
  for (const { type, start, end, doubtful } of mentions.sort((a, b) => a.start - b.start)) {
    const text = doc.text.slice(start, end);
    const key = `${type}\u0000${text.toLowerCase()}`;
    const entry = tally.get(key);
    if (entry) {
      entry.entity.count += 1;
      entry.certain ||= !doubtful;
    } else {
      tally.set(key, { entity: { text, type, count: 1, offset: start }, certain: !doubtful });
    }
  }
  return [...tally.values()]
    .flatMap(({ entity, certain }) => (certain ? [entity] : []))
    .sort((a, b) => b.count - a.count)
    .slice(0, limit);
}

function opensSentence(doc: TextDocument, word: number): boolean {
  return word === 0 || doc.words[word - 1]!.sentence !== doc.words[word]!.sentence;
}
