import { describe, expect, test } from 'vitest';
import { findWorkflowContract, WORKFLOW_CATALOG } from './workflow-catalog.ts';

describe('workflow catalog', () => {
  test('names are unique', () => {
    const names = WORKFLOW_CATALOG.map((workflow) => workflow.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test.each(WORKFLOW_CATALOG.map((workflow) => [workflow.name, workflow] as const))(
    '%s: its example is a valid request and its schema is published',
    (name, workflow) => {
      expect(workflow.request.safeParse(workflow.example).success).toBe(true);
      expect(workflow.requestJsonSchema()).toMatchObject({ type: 'object' });
      expect(findWorkflowContract(name)).toBe(workflow);
    },
  );

  test('the short video package wants exactly one of topic and script', () => {
    const workflow = findWorkflowContract('short-video-package');
    const both = workflow?.request.safeParse({
      topic: 'Morning routines',
      script: { hook: 'Hi', beats: [{ text: 'One' }], cta: 'Follow' },
    });
    expect(both?.success).toBe(false);
    expect(workflow?.request.safeParse({}).success).toBe(false);
  });

  test('an unknown workflow is not found', () => {
    expect(findWorkflowContract('no-such-package')).toBeUndefined();
  });
});
