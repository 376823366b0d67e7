import type { ValidRewriteInput } from '@contentflow/events';
import { ModelError } from '@contentflow/platform';
import { applyRegister } from '../copy/register.ts';
import { TONE_GUIDES } from '../copy/tones.ts';
import { blocksOf, joinBlocks, type TextBlock } from './blocks.ts';
import { type Substitution, usePlainWords } from './plain-words.ts';
import { sentencesOf } from './sentences.ts';
import { splitLongSentence } from './split-sentences.ts';

/** Shortening keeps about this share of each paragraph's sentences, the most important ones. */
const KEEP_SHARE = 0.6;
const MAX_LISTED_SUBSTITUTIONS = 40;

export interface RewriteDraft {
  text: string;
  changes: string[];
}

function mapProse(blocks: readonly TextBlock[], rewrite: (paragraph: string) => string): TextBlock[] {
  return blocks.map((block) => (block.prose ? { ...block, text: rewrite(block.text) } : block));
}

/** Simpler words, then long sentences split in two, in each paragraph of prose. */
async function simplify(blocks: TextBlock[], changes: string[]): Promise<TextBlock[]> {
  const substitutions: Substitution[] = [];
  let splits = 0;
  const simpler: TextBlock[] = [];
  for (const block of blocks) {
    if (!block.prose) {
      simpler.push(block);
      continue;
    }
    const plain = await usePlainWords(block.text);
    substitutions.push(...plain.substitutions);
    const before = sentencesOf(plain.text);
    const sentences = before.flatMap(({ text }) => splitLongSentence(text));
    splits += sentences.length - before.length;
    simpler.push({ ...block, text: sentences.join(' ') });
  }
  for (const { from, to } of substitutions.slice(0, MAX_LISTED_SUBSTITUTIONS))
    changes.push(`Replaced "${from}" with "${to}".`);
  if (substitutions.length > MAX_LISTED_SUBSTITUTIONS) {
    changes.push(`Replaced ${substitutions.length - MAX_LISTED_SUBSTITUTIONS} more wordy phrases.`);
  }
  if (splits > 0) changes.push(`Split long sentences ${splits} time${splits === 1 ? '' : 's'}.`);
  return simpler;
}

/** Keeps the most important sentences of each paragraph, in their order. */
function shorten(blocks: TextBlock[], changes: string[]): TextBlock[] {
  let dropped = 0;
  let total = 0;
  const shorter = mapProse(blocks, (paragraph) => {
    const sentences = sentencesOf(paragraph);
    total += sentences.length;
    const keep = Math.max(1, Math.round(sentences.length * KEEP_SHARE));
    const kept = new Set(
      sentences
        .map((sentence, index) => ({ index, importance: sentence.importance }))
        .sort((a, b) => b.importance - a.importance || a.index - b.index)
        .slice(0, keep)
        .map(({ index }) => index),
    );
    dropped += sentences.length - kept.size;
    return sentences.flatMap((sentence, index) => (kept.has(index) ? [sentence.text] : [])).join(' ');
  });
  if (dropped > 0) changes.push(`Dropped ${dropped} of ${total} sentences, keeping each paragraph's most important.`);
  return shorter;
}

/** Contractions for informal tones, spelled out for formal ones; formal copy also loses its exclamation marks. */
function retone(blocks: TextBlock[], tone: NonNullable<ValidRewriteInput['tone']>, changes: string[]): TextBlock[] {
  const { register } = TONE_GUIDES[tone];
  let contractions = 0;
  let exclamations = 0;
  const retoned = blocks.map((block) => {
    const moved = applyRegister(block.text, register);
    contractions += moved.changed;
    if (register === 'informal' || !block.prose) return { ...block, text: moved.text };
    const calm = moved.text.replace(/!+(?=\s|$)/g, () => {
      exclamations += 1;
      return '.';
    });
    return { ...block, text: calm };
  });
  const verb = register === 'informal' ? 'Contracted' : 'Spelled out';
  changes.push(`${verb} ${contractions} phrase${contractions === 1 ? '' : 's'} for a ${tone} tone.`);
  if (exclamations > 0)
    changes.push(`Replaced ${exclamations} exclamation mark${exclamations === 1 ? '' : 's'} with full stops.`);
  return retoned;
}

/**
 * The offline rewrite: plain-language substitutions and split sentences toward a target grade, extractive
 * shortening, and the register of a tone. Making a text longer needs new content, which only a model can write.
 */
export async function rewriteOffline(input: ValidRewriteInput): Promise<RewriteDraft> {
  if (input.length === 'longer') {
    throw new ModelError(
      'MODEL_REQUIRED',
      'expanding a text needs new content, which the offline provider does not invent: set CONTENTFLOW_TEXT_PROVIDER to bedrock or openai',
    );
  }
  const changes: string[] = [];
  let blocks = blocksOf(input.text, input.format);
  if (input.targetGrade !== undefined) blocks = await simplify(blocks, changes);
  if (input.length === 'shorter') blocks = shorten(blocks, changes);
  if (input.tone !== undefined) blocks = retone(blocks, input.tone, changes);
  const text = joinBlocks(blocks);
  return {
    text: text.trim() === '' ? input.text : text,
    changes: changes.length > 0 ? changes : ['No change was needed.'],
  };
}
