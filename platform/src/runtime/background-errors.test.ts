import { describe, expect, it } from 'vitest';
import { BackgroundErrors } from './background-errors.ts';

describe('BackgroundErrors', () => {
  it('goes to stderr while nobody listens, then to the listeners only, with its source', () => {
    const printed: unknown[][] = [];
    const errors = new BackgroundErrors((...args) => printed.push(args));
    const failure = new Error('change stream closed');

    errors.reporter('job change feed')(failure);
    expect(printed).toEqual([['job change feed:', failure]]);

    const heard: unknown[][] = [];
    const stop = errors.listen((error, source) => heard.push([error, source]));
    errors.reporter('event bus')(failure);
    expect(heard).toEqual([[failure, 'event bus']]);
    expect(printed).toHaveLength(1);

    stop();
    errors.reporter('event bus')(failure);
    expect(heard).toHaveLength(1);
    expect(printed).toEqual([
      ['job change feed:', failure],
      ['event bus:', failure],
    ]);
  });
});
