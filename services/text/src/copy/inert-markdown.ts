const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const INLINE_CODE = /(`+)[^`]*?\1/g;
const UNSAFE_LINK = /\]\(\s*<?\s*(?:javascript|vbscript|data):[^)\s]*\)?/gi;

/**
 * Markdown that renders no HTML of its own: `<` outside code becomes `&lt;`, so a `<script>` or `<img onerror>` in
 * the input or a model's reply shows as text in any renderer, and links to script URLs lose their target. Code
 * spans and fenced blocks are left as written: renderers show them literally anyway.
 */
export function inertMarkdown(markdown: string): string {
  let inFence: string | undefined;
  return markdown
    .split('\n')
    .map((line) => {
      const fence = FENCE.exec(line)?.[1];
      if (inFence !== undefined) {
        if (fence && fence[0] === inFence[0] && fence.length >= inFence.length) inFence = undefined;
        return line;
      }
      if (fence) {
        inFence = fence;
        return line;
      }
      return inertLine(line);
    })
    .join('\n');
}

function inertLine(line: string): string {
  let result = '';
  let cursor = 0;
  for (const match of line.matchAll(INLINE_CODE)) {
    result += escapeOutsideCode(line.slice(cursor, match.index)) + match[0];
    cursor = match.index + match[0].length;
  }
  return result + escapeOutsideCode(line.slice(cursor));
}

function escapeOutsideCode(text: string): string {
  return text.replaceAll('<', '&lt;').replace(UNSAFE_LINK, '](#)');
}
