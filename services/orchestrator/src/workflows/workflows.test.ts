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

/** Every `stepName` a definition records, through Parallel branches. */
function recordedStepNames(value: unknown): Set<string> {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (key === 'stepName' && typeof child === 'string') names.add(child);
        else visit(child);
      }
    }
  };
  visit(value);
  return names;
}

describe('workflow contracts', () => {
  test.each(WORKFLOWS.map((workflow) => [workflow.name, workflow] as const))(
    '%s records exactly the steps its contract lists',
    (_, workflow) => {
      expect(recordedStepNames(workflow.definition)).toEqual(new Set(workflow.contract.steps));
    },
  );
});
