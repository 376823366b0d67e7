import { retext } from 'retext';
import retextSimplify from 'retext-simplify';
import { countSyllables } from '../analyze/count-syllables.ts';
import { capitalize } from '../copy/title-case.ts';

export interface Substitution {
  readonly from: string;
  readonly to: string;
}

const processor = retext().use(retextSimplify);

/** Of the plain alternatives, the one with fewest syllables (the first of equals): what lowers a grade most. */
function simplest(alternatives: readonly string[]): string | undefined {
  let best: string | undefined;
  let fewest = Number.POSITIVE_INFINITY;
  for (const alternative of alternatives) {
    const syllables = alternative.split(/\s+/).reduce((sum, word) => sum + countSyllables(word), 0);
    if (syllables < fewest) {
      best = alternative;
      fewest = syllables;
    }
  }
  return best;
}

/**
 * Replaces wordy phrases with plain ones from retext-simplify's list (after plainlanguage.gov): "utilize" → "use",
 * "in order to" → "to". Phrases it would only delete ("it is", "very") are left: deleting words can break grammar.
 */
export async function usePlainWords(text: string): Promise<{ text: string; substitutions: Substitution[] }> {
  const file = await processor.process(text);
  const edits = file.messages.flatMap((message) => {
    const place = message.place;
    const start = place && 'start' in place ? place.start.offset : undefined;
    const end = place && 'end' in place ? place.end.offset : undefined;
    const replacement = simplest(
      (message.expected ?? []).filter((value): value is string => typeof value === 'string'),
    );
    if (start === undefined || end === undefined || replacement === undefined) return [];
    const from = text.slice(start, end);
    return [{ start, end, from, to: /^\p{Lu}/u.test(from) ? capitalize(replacement) : replacement }];
  });
  let result = text;
  // From the end, so earlier offsets stay valid; overlapping matches keep the first applied.
  let limit = Number.POSITIVE_INFINITY;
  const applied: Substitution[] = [];
  for (const edit of edits.toSorted((a, b) => b.start - a.start)) {
    if (edit.end > limit) continue;
    result = result.slice(0, edit.start) + edit.to + result.slice(edit.end);
    limit = edit.start;
    applied.push({ from: edit.from, to: edit.to });
  }
  return { text: result, substitutions: applied.reverse() };
}
