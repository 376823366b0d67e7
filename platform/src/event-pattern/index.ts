/**
 * EventBridge event patterns: validation and matching with EventBridge's semantics.
 * (Interface fixed first so the event bus can be built against it; implementation lands beside it.)
 */
export class InvalidEventPatternError extends Error {
  override name = 'InvalidEventPatternError';
}

export interface CompiledEventPattern {
  /** True when the event (an EventBridge-shaped object) matches the pattern. */
  matches(event: unknown): boolean;
}

/** Validates a pattern (object or JSON text) like EventBridge does; throws InvalidEventPatternError when invalid. */
export function compileEventPattern(_pattern: unknown): CompiledEventPattern {
  throw new InvalidEventPatternError('event patterns are not implemented yet');
}
