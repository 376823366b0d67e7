import type { TextFormat } from '@contentflow/events';

/** Lines that make a Markdown block something other than a paragraph of prose. */
const NOT_PROSE = /^\s{0,3}(#|[-*+]\s|\d+[.)]\s|>|\||```|~~~)|^\s{4}/;

export interface TextBlock {
  readonly text: string;
  /** A paragraph of sentences that may be reflowed; headings, lists, quotes, tables and code may not. */
  readonly prose: boolean;
}

/** A text as blank-line separated blocks, each marked prose or not. */
export function blocksOf(text: string, format: TextFormat): TextBlock[] {
  return text
    .split(/\n[ \t]*\n/)
    .filter((block) => block.trim() !== '')
    .map((block) => ({ text: block, prose: format === 'plain' || !NOT_PROSE.test(block) }));
}

export function joinBlocks(blocks: readonly TextBlock[]): string {
  return blocks.map((block) => block.text).join('\n\n');
}
