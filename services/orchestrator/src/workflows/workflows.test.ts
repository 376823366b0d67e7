import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { WORKFLOWS } from './workflow-catalog.ts';

interface AslValidation {
  isValid: boolean;
  errorsText: (separator?: string) => string;
}
// asl-validator is CommonJS without type declarations.
const validate = createRequire(import.meta.url)('asl-validator') as (definition: unknown) => AslValidation;

describe('workflow definitions', () => {
  test.each(WORKFLOWS.map((workflow) => [workflow.name, workflow] as const))(
    '%s passes asl-validator',
    (_, workflow) => {
      // The validator annotates what it is given; the definition is shared.
      const result = validate(structuredClone(workflow.definition));
      expect(result.errorsText(), 'ASL errors').toBe('');
      expect(result.isValid).toBe(true);
    },
  );

  test.each(WORKFLOWS.map((workflow) => [workflow.name, workflow] as const))(
    '%s uses JSONPath only (the local runtime ignores JSONata and Assign)',
    (_, workflow) => {
      const text = JSON.stringify(workflow.definition);
      expect(text).not.toMatch(/"QueryLanguage"|"Assign"|\{%/);
    },
  );
});
