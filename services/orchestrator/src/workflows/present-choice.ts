import type { JsonObject } from '@contentflow/platform';

/** A Choice state that goes to `then` when the path holds a value and to `otherwise` when it is missing. */
export function presentChoice(variable: string, then: string, otherwise: string): JsonObject {
  return { Type: 'Choice', Choices: [{ Variable: variable, IsPresent: true, Next: then }], Default: otherwise };
}
