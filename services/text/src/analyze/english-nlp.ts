import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';

/** The only custom entity learned, so every custom entity in a document is a keyphrase. */
const KEYPHRASE_ENTITY = 'keyphrase';

/**
 * Two- and three-word noun phrases ("content marketing", "search engine optimization"): the usual
 * part-of-speech shape of a keyphrase. wink matches them greedily, longest first.
 */
const KEYPHRASE_PATTERNS = ['[ADJ|NOUN|PROPN] [NOUN|PROPN]', '[ADJ|NOUN|PROPN] [ADJ|NOUN|PROPN] [NOUN|PROPN]'];

/** Sentences, negation, sentiment, tags, named entities (dates, money…) and the keyphrase patterns. */
const PIPE = ['sbd', 'negation', 'sentiment', 'pos', 'ner', 'cer'];

let instance: WinkMethods | undefined;

/** The shared wink pipeline, built on first use: building it takes ~100 ms. */
export function englishNlp(): WinkMethods {
  if (instance === undefined) {
    const nlp = winkNLP(model, PIPE);
    nlp.learnCustomEntities([{ name: KEYPHRASE_ENTITY, patterns: KEYPHRASE_PATTERNS }]);
    instance = nlp;
  }
  return instance;
}
