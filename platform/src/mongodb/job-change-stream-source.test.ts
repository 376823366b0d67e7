import { MongoNetworkError, MongoServerError } from 'mongodb';
import { describe, expect, test } from 'vitest';
import { isResumePointLost } from './job-change-stream-source.ts';

describe('jobs change stream source', () => {
  test('knows a lost resume point by the server error codes for it', () => {
    const historyLost = new MongoServerError({ message: 'resume point gone', code: 286 });
    const fatal = new MongoServerError({ message: 'resume of change stream was not possible', code: 280 });
    expect(isResumePointLost(historyLost)).toBe(true);
    expect(isResumePointLost(fatal)).toBe(true);
  });

  test('treats other failures as worth resuming from the same point', () => {
    expect(isResumePointLost(new MongoServerError({ message: 'not primary', code: 10107 }))).toBe(false);
    expect(isResumePointLost(new MongoNetworkError('connection reset'))).toBe(false);
    expect(isResumePointLost(new Error('code 286'))).toBe(false);
  });
});
