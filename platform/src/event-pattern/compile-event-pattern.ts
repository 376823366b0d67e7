import { hasConsistentChoice } from './array-consistency.ts';
import { type ArrayPosition, EventFieldMatcher } from './event-field-matcher.ts';
import { compileFieldTest } from './match-value.ts';
import { parsePatternText } from './parse-pattern-text.ts';
import type { PatternBranch } from './pattern-conditions.ts';
import { patternNodeFromValue } from './pattern-node.ts';
import { validateEventPattern } from './validate-event-pattern.ts';

export interface CompiledEventPattern {
  /** True when the event (an EventBridge-shaped object) matches the pattern. */
  matches(event: unknown): boolean;
}

/**
 * Validates a pattern like EventBridge does and compiles it into a matcher; throws InvalidEventPatternError
 * when invalid. The pattern may be an object or JSON text (text keeps EventBridge's meaning of repeated keys).
 * All parsing happens here, so `matches` only walks the event.
 */
export function compileEventPattern(pattern: unknown): CompiledEventPattern {
  const root = typeof pattern === 'string' ? parsePatternText(pattern) : patternNodeFromValue(pattern);
  const branches = validateEventPattern(root).map(compileBranch);
  return {
    matches(event: unknown): boolean {
      if (typeof event !== 'object' || event === null || Array.isArray(event)) return false;
      for (const fields of branches) if (branchMatches(fields, event)) return true;
      return false;
    },
  };
}

function compileBranch(branch: PatternBranch): readonly EventFieldMatcher[] {
  return [...branch].map(([field, conditions]) => new EventFieldMatcher(field, compileFieldTest(conditions)));
}

function branchMatches(fields: readonly EventFieldMatcher[], event: object): boolean {
  let constrained: (readonly ArrayPosition[])[] | undefined;
  for (const field of fields) {
    const outcome = field.evaluate(event);
    if (outcome === false) return false;
    if (outcome === true) continue;
    if (constrained === undefined) constrained = [outcome];
    else constrained.push(outcome);
  }
  return constrained === undefined || constrained.length < 2 || hasConsistentChoice(constrained);
}
