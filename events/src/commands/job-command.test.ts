import { describe, expect, test } from 'vitest';
import { jobCommandSchema } from './job-command.ts';

const start = {
  command: 'StartJob',
  version: '1',
  jobId: 'job-1',
  tenantId: 'tenant-1',
  engine: 'video',
  task: 'short',
  correlationId: 'corr-1',
  requestId: 'req-1',
};
const cancel = { ...start, command: 'CancelJob', cancelledBy: 'user-1' };

describe('job commands', () => {
  test('StartJob and CancelJob are told apart by their command name', () => {
    expect(jobCommandSchema.parse(start).command).toBe('StartJob');
    expect(jobCommandSchema.parse(cancel)).toEqual(cancel);
  });

  test.each([
    ['an unknown command', { ...start, command: 'PauseJob' }],
    ['an unknown version', { ...cancel, version: '2' }],
    ['a cancel without its canceller', { ...cancel, cancelledBy: undefined }],
    ['a runner that is not one', { ...cancel, engine: 'podcast' }],
  ])('rejects %s', (_, command) => {
    expect(jobCommandSchema.safeParse(command).success).toBe(false);
  });
});
