import type { Heading } from '@contentflow/events/text-analysis';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { TextBlocks } from '../read-text-document.ts';

/** Blocks that hold prose directly: each starts a new sentence and paragraph. */
const BLOCKS = new Set(['heading', 'paragraph', 'tableCell']);
const NOT_A_LINE_BREAK = /[^\r\n]/g;

export interface MarkdownText extends TextBlocks {
  readonly headings: Heading[];
}

/**
 * Reads Markdown (CommonMark, via mdast-util-from-markdown) into the prose the analyzer measures: text and inline
 * code are kept; syntax, link targets, code blocks and HTML become spaces and line breaks stay, so every offset
 * still points into the original.
 */
export function readMarkdown(text: string): MarkdownText {
  const kept: Array<[number, number]> = [];
  const blockStarts: number[] = [];
  const headings: Heading[] = [];

  const visit = (node: Nodes): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (node.type === 'text') {
      kept.push([start, end]);
      return;
    }
    if (node.type === 'inlineCode') {
      // Its position covers the backticks too; the code sits between equal runs of them.
      const fence = Math.floor((end - start - node.value.length) / 2);
      kept.push([start + fence, end - fence]);
      return;
    }
    if (BLOCKS.has(node.type)) blockStarts.push(start);
    if (node.type === 'heading') headings.push({ level: node.depth, text: proseOf(node).trim(), offset: start });
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(fromMarkdown(text));

  let source = '';
  let cursor = 0;
  for (const [start, end] of kept) {
    source += text.slice(cursor, start).replace(NOT_A_LINE_BREAK, ' ') + text.slice(start, end);
    cursor = end;
  }
  source += text.slice(cursor).replace(NOT_A_LINE_BREAK, ' ');
  return { source, blockStarts, headings };
}

function proseOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? node.children.map(proseOf).join('') : '';
}
