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

  test('the explainer package wants exactly one of topic and script, and a script the video can narrate', () => {
    const workflow = findWorkflowContract('explainer-package');
    const script = { title: 'Solar power', scenes: [{ title: 'Light', narration: 'Light frees electrons.' }] };
    expect(workflow?.request.safeParse({ script }).success).toBe(true);
    expect(workflow?.request.safeParse({ topic: 'Solar power', script }).success).toBe(false);
    expect(workflow?.request.safeParse({}).success).toBe(false);
    // The package narrates every scene, so a scene must say what the narrator reads.
    expect(workflow?.request.safeParse({ script: { title: 'Solar', scenes: [{ title: 'Light' }] } }).success).toBe(
      false,
    );
    const tooLong = {
      title: 'Solar',
      scenes: Array.from({ length: 4 }, () => ({ title: 'x', narration: 'y'.repeat(800) })),
    };
    expect(workflow?.request.safeParse({ script: tooLong }).success).toBe(false);
  });

  test('the article package promotes on distinct platforms, two by default', () => {
    const workflow = findWorkflowContract('article-package');
    expect(workflow?.request.parse({ topic: 'Batch cooking' })).toMatchObject({ platforms: ['linkedin', 'x'] });
    expect(workflow?.request.safeParse({ topic: 'Batch cooking', platforms: ['x', 'x'] }).success).toBe(false);
    expect(workflow?.request.safeParse({ topic: 'Batch cooking', platforms: [] }).success).toBe(false);
  });

  test('an unknown workflow is not found', () => {
    expect(findWorkflowContract('no-such-package')).toBeUndefined();
  });
});
