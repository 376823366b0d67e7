import { describe, expect, test } from 'vitest';
import { ResourceNameError, ResourceNames, stackName } from './resource-names.ts';

describe('resource names', () => {
  test('stack names are ContentFlow-<PascalCase>', () => {
    expect(stackName('text')).toBe('ContentFlow-Text');
    expect(stackName('http-api')).toBe('ContentFlow-HttpApi');
  });

  test('shared parameters live under /contentflow/<stage>/', () => {
    expect(new ResourceNames('prod').parameter('bus-arn')).toBe('/contentflow/prod/bus-arn');
  });

  test('physical names carry the stage and the subscription', () => {
    const names = new ResourceNames('dev');
    expect(names.functionName('text-job-requested')).toBe('contentflow-dev-text-job-requested');
    expect(names.ruleName('text-job-requested')).toBe('contentflow-dev-text-job-requested');
    expect(names.deadLetterQueueName('text-job-requested')).toBe('contentflow-dev-text-job-requested-dlq');
    expect(names.stateMachineName('short-video-package')).toBe('contentflow-dev-short-video-package');
    expect(`${names.stateMachineNamePrefix}short-video-package`).toBe(names.stateMachineName('short-video-package'));
  });

  test('a name AWS would refuse fails at synth, not at deploy', () => {
    const names = new ResourceNames('dev');
    expect(() => names.functionName(`a-${'x'.repeat(60)}`)).toThrow(/longer than 64/);
    expect(() => names.functionName('Text_Job')).toThrow(ResourceNameError);
    expect(() => new ResourceNames('Dev')).toThrow(/kebab-case/);
    expect(() => stackName('')).toThrow(ResourceNameError);
  });
});
