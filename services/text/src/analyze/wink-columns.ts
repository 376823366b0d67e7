import type { Document, ItsFunction, WinkMethods } from 'wink-nlp';
import { NlpOutputError } from './nlp-output-error.ts';

/** What the analysers read from a wink document, one array per token attribute (wink's fast path). */
export interface WinkColumns {
  /** Per token, whitespace tokens included: wink's numbering, which its spans use. */
  readonly values: readonly string[];
  readonly types: readonly string[];
  readonly normals: readonly string[];
  readonly lemmas: readonly string[];
  readonly tags: readonly string[];
  readonly stopWords: readonly boolean[];
  readonly abbreviations: readonly boolean[];
  /** `[first, last]` token of each sentence, both inclusive. */
  readonly sentenceSpans: readonly (readonly [number, number])[];
  readonly sentenceSentiments: readonly number[];
  /** `[first, last]` token of each custom entity (the keyphrases). */
  readonly entitySpans: readonly (readonly [number, number])[];
  /** `[first, last]` token of each named entity, and its type (DATE, MONEY…), in step. */
  readonly namedEntitySpans: readonly (readonly [number, number])[];
  readonly namedEntityTypes: readonly string[];
}

export function winkColumns(nlp: WinkMethods, doc: Document): WinkColumns {
  const { its } = nlp;
  const tokens = doc.tokens();
  return {
    values: tokens.out(its.value),
    types: tokens.out(its.type),
    normals: tokens.out(its.normal),
    // wink types its.lemma's third parameter as model addons where out() passes its cache: a typing slip.
    lemmas: tokens.out(its.lemma as unknown as ItsFunction<string>),
    tags: tokens.out(its.pos),
    stopWords: expectBooleans(tokens.out(its.stopWordFlag)),
    abbreviations: expectBooleans(tokens.out(its.abbrevFlag)),
    sentenceSpans: expectSpans(doc.sentences().out(its.span)),
    sentenceSentiments: expectNumbers(doc.sentences().out(its.sentiment)),
    entitySpans: expectSpans(doc.customEntities().out(its.span)),
    namedEntitySpans: expectSpans(doc.entities().out(its.span)),
    namedEntityTypes: expectStrings(doc.entities().out(its.type)),
  };
}

// wink's typings widen every `out()` to `T[] | string[]`; these narrow them, checking what they claim.

function expectBooleans(values: readonly unknown[]): boolean[] {
  return values.map((value) => {
    if (typeof value !== 'boolean') throw new NlpOutputError(`Expected a boolean flag, got ${typeof value}`);
    return value;
  });
}

function expectStrings(values: readonly unknown[]): string[] {
  return values.map((value) => {
    if (typeof value !== 'string') throw new NlpOutputError(`Expected a string, got ${typeof value}`);
    return value;
  });
}

function expectNumbers(values: readonly unknown[]): number[] {
  return values.map((value) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new NlpOutputError(`Expected a finite number, got ${String(value)}`);
    }
    return value;
  });
}

function expectSpans(values: readonly unknown[]): [number, number][] {
  return values.map((value) => {
    if (!Array.isArray(value) || value.length !== 2 || !value.every(Number.isInteger)) {
      throw new NlpOutputError(`Expected a [first, last] token span, got ${JSON.stringify(value)}`);
    }
    return [value[0], value[1]];
  });
}
