import type { IpRange } from './ip-address.ts';
import type { WildcardPattern } from './wildcard-pattern.ts';

/**
 * A validated pattern: what each match expression asks of one value. Produced by validate-event-pattern.ts,
 * turned into predicates by match-value.ts.
 */
export type ExactValue = string | number | boolean | null;

/**
 * EventBridge compares numbers between -5e9 and 5e9 (to six decimal places): numeric operands outside the
 * range are rejected, and event numbers outside it never satisfy a numeric condition.
 */
export const COMPARABLE_NUMBER_LIMIT = 5e9;

export interface NumericBound {
  readonly value: number;
  readonly inclusive: boolean;
}

export interface NumericRange {
  readonly lower?: NumericBound;
  readonly upper?: NumericBound;
}

export type AnythingBut =
  | { readonly kind: 'strings'; readonly values: readonly string[] }
  | { readonly kind: 'numbers'; readonly values: readonly number[] }
  | { readonly kind: 'prefix' | 'suffix' | 'equals-ignore-case'; readonly values: readonly string[] }
  | { readonly kind: 'wildcard'; readonly patterns: readonly WildcardPattern[] };

export type Condition =
  | { readonly kind: 'exact'; readonly value: ExactValue }
  | { readonly kind: 'prefix' | 'suffix'; readonly value: string; readonly ignoreCase: boolean }
  | { readonly kind: 'equals-ignore-case'; readonly value: string }
  | { readonly kind: 'wildcard'; readonly pattern: WildcardPattern }
  | { readonly kind: 'numeric'; readonly range: NumericRange }
  | { readonly kind: 'cidr'; readonly range: IpRange }
  | { readonly kind: 'exists'; readonly exists: boolean }
  | { readonly kind: 'anything-but'; readonly except: AnythingBut };

/**
 * One way for an event to match: every field (a dot-joined path) must satisfy one of its conditions.
 * A pattern is a list of branches because `$or` forks the fields written so far.
 */
export type PatternBranch = ReadonlyMap<string, readonly Condition[]>;
