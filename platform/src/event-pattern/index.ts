/**
 * EventBridge event patterns: validation and matching with EventBridge's semantics.
 */
export { type CompiledEventPattern, compileEventPattern } from './compile-event-pattern.ts';
export {
  InvalidEventPatternError,
  type PatternErrorLocation,
  type PatternPath,
} from './invalid-event-pattern-error.ts';
