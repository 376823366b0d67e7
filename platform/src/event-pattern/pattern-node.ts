import { InvalidEventPatternError, type PatternPath } from './invalid-event-pattern-error.ts';

export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * A pattern as JSON, before validation. Objects keep their members as a list because a pattern given as
 * text may repeat a key, and EventBridge gives each occurrence meaning (see validate-event-pattern.ts).
 */
export type PatternNode =
  | { readonly kind: 'object'; readonly members: readonly PatternMember[]; readonly position?: TextPosition }
  | { readonly kind: 'array'; readonly items: readonly PatternNode[]; readonly position?: TextPosition }
  | { readonly kind: 'string'; readonly value: string; readonly position?: TextPosition }
  | { readonly kind: 'number'; readonly value: number; readonly position?: TextPosition }
  | { readonly kind: 'boolean'; readonly value: boolean; readonly position?: TextPosition }
  | { readonly kind: 'null'; readonly position?: TextPosition };

export interface PatternMember {
  readonly key: string;
  readonly value: PatternNode;
}

/** Reads a pattern given as a JavaScript value; anything JSON could not carry is rejected. */
export function patternNodeFromValue(value: unknown): PatternNode {
  return fromValue(value, [], new WeakSet());
}

function fromValue(value: unknown, path: PatternPath, ancestors: WeakSet<object>): PatternNode {
  if (value === null) return { kind: 'null' };
  switch (typeof value) {
    case 'string':
      return { kind: 'string', value };
    case 'boolean':
      return { kind: 'boolean', value };
    case 'number':
      if (!Number.isFinite(value)) throw notJson(`${value} is not a JSON number`, path);
      return { kind: 'number', value };
    case 'object':
      return fromContainer(value, path, ancestors);
    default:
      throw notJson(`a ${typeof value} is not a JSON value`, path);
  }
}

function fromContainer(value: object, path: PatternPath, ancestors: WeakSet<object>): PatternNode {
  if (ancestors.has(value)) throw notJson('it refers to itself', path);
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      return { kind: 'array', items: value.map((item, index) => fromValue(item, [...path, index], ancestors)) };
    }
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) {
      throw notJson(`a ${value.constructor?.name ?? 'non-plain'} object is not a JSON object`, path);
    }
    return {
      kind: 'object',
      members: Object.entries(value).map(([key, member]) => ({
        key,
        value: fromValue(member, [...path, key], ancestors),
      })),
    };
  } finally {
    ancestors.delete(value);
  }
}

function notJson(why: string, path: PatternPath): InvalidEventPatternError {
  return new InvalidEventPatternError(`Filter is not valid JSON: ${why}`, { path });
}

/** An error about `node`, found at `path`; carries the node's line and column when the pattern was text. */
export function invalidAt(reason: string, path: PatternPath, node: PatternNode): InvalidEventPatternError {
  return new InvalidEventPatternError(reason, { path, ...node.position });
}

/** How a node reads in a message, as EventBridge's JSON parser prints the token it stopped at. */
export function nodeText(node: PatternNode | undefined): string {
  if (node === undefined) return ']';
  switch (node.kind) {
    case 'object':
      return '{';
    case 'array':
      return '[';
    case 'null':
      return 'null';
    default:
      return String(node.value);
  }
}
