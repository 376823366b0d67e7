import { WORKFLOW_CATALOG } from '@contentflow/events';
import { describe, expect, test } from 'vitest';
import type { WorkflowResource } from '../api/api-resources.ts';
import { CliError } from '../cli-error.ts';
import { packageRequest, resolveWorkflow, WORKFLOW_ALIASES, workflowLabel } from './package-request.ts';

/** The catalog as GET /api/v1/orchestrator/workflows publishes it, from the real contracts. */
const CATALOG: WorkflowResource[] = WORKFLOW_CATALOG.map((workflow) => ({
  name: workflow.name,
  title: workflow.title,
  description: workflow.description,
  steps: [...workflow.steps],
  requestSchema: workflow.requestJsonSchema(),
}));

const byName = (name: string) => CATALOG.find((workflow) => workflow.name === name)!;

describe('resolveWorkflow', () => {
  test('each alias names a workflow of the catalog; full names work too', () => {
    for (const [alias, name] of Object.entries(WORKFLOW_ALIASES)) {
      expect(resolveWorkflow(alias, CATALOG).name).toBe(name);
      expect(resolveWorkflow(name, CATALOG).name).toBe(name);
    }
  });

  test('an unknown name lists what exists, with aliases', () => {
    expect(() => resolveWorkflow('podcast', CATALOG)).toThrow(
      new CliError(`unknown package "podcast"; packages: ${CATALOG.map((w) => workflowLabel(w.name)).join(', ')}`),
    );
    expect(() => resolveWorkflow('article', [byName('short-video-package')])).toThrow(
      'unknown package "article" (article-package is not offered by this API); packages: short (short-video-package)',
    );
  });
});

describe('packageRequest', () => {
  const short = byName('short-video-package');
  const article = byName('article-package');

  test('maps the flags onto the fields the workflow has, over the --input base', () => {
    const base = { topic: 'from the file', voice: 'en-us-male-1', lengthSec: 30 };
    expect(packageRequest(short, base, { topic: 'Bread', length: '15', platform: ['youtube'] })).toEqual({
      topic: 'Bread',
      voice: 'en-us-male-1',
      lengthSec: 15,
      platform: 'youtube',
    });
    expect(packageRequest(article, {}, { topic: 'Bread', length: 'long', platform: ['linkedin', 'x'] })).toEqual({
      topic: 'Bread',
      length: 'long',
      platforms: ['linkedin', 'x'],
    });
  });

  test.each([
    [{ length: 'long' }, '--length: must be a whole number of seconds'],
    [{ platform: ['tiktok', 'x'] }, '--platform: short-video-package takes one platform'],
  ])('refuses %j for a short video', (flags, message) => {
    expect(() => packageRequest(short, {}, flags)).toThrow(new CliError(message));
  });

  test('a flag the workflow has no field for is an error', () => {
    const noTopic: WorkflowResource = { ...short, requestSchema: { type: 'object', properties: { script: {} } } };
    expect(() => packageRequest(noTopic, {}, { topic: 'x' })).toThrow(
      '--topic: the short-video-package request has no such field',
    );
  });
});
