import { type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { InvalidEventPatternError } from './invalid-event-pattern-error.ts';
import type { PatternMember, PatternNode, TextPosition } from './pattern-node.ts';

/**
 * Parses a pattern given as JSON text. JSON.parse would keep only the last of repeated keys; EventBridge reads
 * the text as a stream and gives every occurrence meaning, so this keeps them all, with their positions.
 */
export function parsePatternText(text: string): PatternNode {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const positionOf = textPositions(text);
  const [error] = errors;
  if (error !== undefined || root === undefined) {
    const reason = error === undefined ? 'no value' : words(printParseErrorCode(error.error));
    throw new InvalidEventPatternError(`Filter is not valid JSON: ${reason}`, {
      path: [],
      ...positionOf(error?.offset ?? 0),
    });
  }
  return toPatternNode(root, positionOf);
}

function toPatternNode(node: Node, positionOf: (offset: number) => TextPosition): PatternNode {
  const position = positionOf(node.offset);
  switch (node.type) {
    case 'object':
      return { kind: 'object', members: (node.children ?? []).map((member) => toMember(member, positionOf)), position };
    case 'array':
      return { kind: 'array', items: (node.children ?? []).map((item) => toPatternNode(item, positionOf)), position };
    case 'string':
      return { kind: 'string', value: String(node.value), position };
    case 'number':
      return { kind: 'number', value: Number(node.value), position };
    case 'boolean':
      return { kind: 'boolean', value: node.value === true, position };
    case 'null':
      return { kind: 'null', position };
    case 'property':
      throw new Error('a JSON property can only appear inside an object');
  }
}

function toMember(property: Node, positionOf: (offset: number) => TextPosition): PatternMember {
  const [key, value] = property.children ?? [];
  if (key === undefined || value === undefined) throw new Error('the parser returned a property without a value');
  return { key: String(key.value), value: toPatternNode(value, positionOf) };
}

/** Maps an offset to a 1-based line and column. */
function textPositions(text: string): (offset: number) => TextPosition {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) === 10) lineStarts.push(index + 1);
  }
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
}

/** `CloseBraceExpected` → `close brace expected`. */
function words(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
