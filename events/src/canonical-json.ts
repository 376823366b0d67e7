/** A copy with object keys sorted at every depth (array order kept), so serialising it is stable. */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeysDeep((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** Structural equality of JSON values, independent of key order. */
export function jsonEqual(left: unknown, right: unknown): boolean {
  return JSON.stringify(sortKeysDeep(left)) === JSON.stringify(sortKeysDeep(right));
}
