import type { ArrayPosition } from './event-field-matcher.ts';

/**
 * EventBridge matches arrays consistently: fields matched inside objects that are different elements of
 * the same array do not combine. `{"a": {"b": ["x"], "c": ["y"]}}` does not match
 * `{"a": [{"b": "x"}, {"c": "y"}]}`. Given each field's matching positions, this looks for one position per
 * field such that no two disagree on an element of a shared array.
 */
export function hasConsistentChoice(candidates: readonly (readonly ArrayPosition[])[]): boolean {
  const chosen: ArrayPosition[] = [];
  const choose = (field: number): boolean => {
    if (field === candidates.length) return true;
    for (const position of candidates[field]!) {
      if (chosen.every((other) => compatible(position, other))) {
        chosen.push(position);
        if (choose(field + 1)) return true;
        chosen.pop();
      }
    }
    return false;
  };
  return choose(0);
}

function compatible(first: ArrayPosition, second: ArrayPosition): boolean {
  for (let a: ArrayPosition | undefined = first; a !== undefined; a = a.outer) {
    for (let b: ArrayPosition | undefined = second; b !== undefined; b = b.outer) {
      if (a.array === b.array && a.index !== b.index) return false;
    }
  }
  return true;
}
