import { ipAddressKey, isInIpRange } from './ip-address.ts';
import { type AnythingBut, COMPARABLE_NUMBER_LIMIT, type Condition, type NumericRange } from './pattern-conditions.ts';
import { matchesWildcard } from './wildcard-pattern.ts';

/** A value at a field's path in an event: JSON's scalars (objects and arrays are walked through, never matched). */
export type EventLeaf = string | number | boolean | null;

export type LeafPredicate = (value: EventLeaf) => boolean;

/** What one field of a branch accepts, compiled once. */
export interface FieldTest {
  /** True when some condition accepts this value. */
  readonly accepts: LeafPredicate;
  /** True when the field may be missing (`{"exists": false}`). */
  readonly acceptsAbsence: boolean;
}

/**
 * Compiles a field's conditions (any one suffices). Exact strings, numbers and IP addresses go into sets so a
 * long value list costs one lookup; the other operators become small closures.
 */
export function compileFieldTest(conditions: readonly Condition[]): FieldTest {
  const strings = new Set<string>();
  const numbers = new Set<number>();
  const ipAddresses = new Set<string>();
  const literals = new Set<boolean | null>();
  const predicates: LeafPredicate[] = [];
  let anyValue = false;
  let acceptsAbsence = false;
  for (const condition of conditions) {
    switch (condition.kind) {
      case 'exact': {
        const { value } = condition;
        if (typeof value === 'string') {
          strings.add(value);
          // EventBridge compares IP literals as addresses, so `10.0.0.1` also matches `10.0.0.01`.
          const key = ipAddressKey(value);
          if (key !== undefined) ipAddresses.add(key);
        } else if (typeof value === 'number') numbers.add(value);
        else literals.add(value);
        break;
      }
      case 'exists':
        if (condition.exists) anyValue = true;
        else acceptsAbsence = true;
        break;
      default:
        predicates.push(compileOperator(condition));
    }
  }
  if (anyValue) return { accepts: () => true, acceptsAbsence };
  const accepts: LeafPredicate = (value) => {
    if (typeof value === 'string') {
      if (strings.has(value)) return true;
      if (ipAddresses.size > 0) {
        const key = ipAddressKey(value);
        if (key !== undefined && ipAddresses.has(key)) return true;
      }
    } else if (typeof value === 'number') {
      if (numbers.has(value)) return true;
    } else if (literals.has(value)) {
      return true;
    }
    for (const predicate of predicates) if (predicate(value)) return true;
    return false;
  };
  return { accepts, acceptsAbsence };
}

type OperatorCondition = Exclude<Condition, { kind: 'exact' | 'exists' }>;

function compileOperator(condition: OperatorCondition): LeafPredicate {
  switch (condition.kind) {
    case 'prefix':
    case 'suffix':
      return compileAffix(condition.kind, condition.value, condition.ignoreCase);
    case 'equals-ignore-case': {
      const expected = condition.value.toLowerCase();
      return (value) => typeof value === 'string' && value.toLowerCase() === expected;
    }
    case 'wildcard': {
      const { pattern } = condition;
      return (value) => typeof value === 'string' && matchesWildcard(pattern, value);
    }
    case 'numeric':
      return compileNumeric(condition.range);
    case 'cidr': {
      const { range } = condition;
      return (value) => {
        if (typeof value !== 'string') return false;
        const key = ipAddressKey(value);
        return key !== undefined && isInIpRange(range, key);
      };
    }
    case 'anything-but':
      return compileAnythingBut(condition.except);
  }
}

function compileAffix(kind: 'prefix' | 'suffix', affix: string, ignoreCase: boolean): LeafPredicate {
  const expected = ignoreCase ? affix.toLowerCase() : affix;
  const matches =
    kind === 'prefix' ? (text: string) => text.startsWith(expected) : (text: string) => text.endsWith(expected);
  if (!ignoreCase) return (value) => typeof value === 'string' && matches(value);
  return (value) => typeof value === 'string' && matches(value.toLowerCase());
}

function compileNumeric({ lower, upper }: NumericRange): LeafPredicate {
  return (value) => {
    if (typeof value !== 'number' || !(Math.abs(value) <= COMPARABLE_NUMBER_LIMIT)) return false;
    if (lower !== undefined && (lower.inclusive ? value < lower.value : value <= lower.value)) return false;
    return upper === undefined || (upper.inclusive ? value <= upper.value : value < upper.value);
  };
}

/**
 * Anything-but needs a value (a missing field never matches) but accepts every value that is not excluded,
 * including values of another type: `{"anything-but": {"prefix": "a"}}` matches `12` and `null`.
 */
function compileAnythingBut(except: AnythingBut): LeafPredicate {
  switch (except.kind) {
    case 'strings': {
      const excluded = new Set(except.values);
      return (value) => typeof value !== 'string' || !excluded.has(value);
    }
    case 'numbers': {
      const excluded = new Set(except.values);
      return (value) => typeof value !== 'number' || !excluded.has(value);
    }
    case 'equals-ignore-case': {
      const excluded = new Set(except.values.map((text) => text.toLowerCase()));
      return (value) => typeof value !== 'string' || !excluded.has(value.toLowerCase());
    }
    case 'prefix':
    case 'suffix': {
      const { kind, values } = except;
      return (value) =>
        typeof value !== 'string' ||
        !values.some((affix) => (kind === 'prefix' ? value.startsWith(affix) : value.endsWith(affix)));
    }
    case 'wildcard': {
      const { patterns } = except;
      return (value) => typeof value !== 'string' || !patterns.some((pattern) => matchesWildcard(pattern, value));
    }
  }
}
