/** A run of text a line never breaks inside: a word with its punctuation, or one CJK/Thai word. */
export interface TextUnit {
  text: string;
  /** Whether a space separates it from the unit before (false for CJK, where lines break between characters). */
  spaceBefore: boolean;
}

const words = new Intl.Segmenter(undefined, { granularity: 'word' });
/** Scripts written without spaces: a line may break between their words. */
const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** Commas, stops, closing brackets and quotes never start a line ("kinsoku" in CJK typography, the same rule elsewhere). */
const CLOSING_PUNCTUATION = /^[\p{Pe}\p{Pf}\p{Po}]+$/u;
/** Opening brackets and quotes never end a line. */
const OPENING_PUNCTUATION = /^[\p{Ps}\p{Pi}]+$/u;
const WHITESPACE = /^[\s\p{Cc}]+$/u;

/**
 * Cuts text into the units lines are built from. Word boundaries come from ICU (`Intl.Segmenter`), which knows
 * where Chinese, Japanese and Thai words end; in spaced scripts only whitespace separates units.
 */
export function textUnits(text: string): TextUnit[] {
  const units: TextUnit[] = [];
  let spaced = false;
  let glueToNext = false;
  for (const { segment } of words.segment(text)) {
    if (WHITESPACE.test(segment)) {
      spaced = true;
      glueToNext = false;
      continue;
    }
    const previous = units.at(-1);
    const breakable =
      UNSPACED_SCRIPT.test(segment) || (previous !== undefined && UNSPACED_SCRIPT.test(lastCharacter(previous.text)));
    const joins = previous !== undefined && !spaced && (glueToNext || CLOSING_PUNCTUATION.test(segment) || !breakable);
    if (joins) previous.text += segment;
    else units.push({ text: segment, spaceBefore: spaced && units.length > 0 });
    glueToNext = OPENING_PUNCTUATION.test(segment);
    spaced = false;
  }
  return units;
}

function lastCharacter(text: string): string {
  return [...text].at(-1) ?? '';
}

/** The units of one line as text. */
export function joinUnits(units: readonly TextUnit[]): string {
  return units.map((unit, index) => (index > 0 && unit.spaceBefore ? ` ${unit.text}` : unit.text)).join('');
}
