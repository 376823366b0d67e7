import { describe, expect, it } from 'vitest';
import { ApiProblem, toApiProblem } from './api-errors.ts';

describe('toApiProblem', () => {
  it('takes the detail, issues and request id of a problem document', () => {
    const problem = toApiProblem(400, 'Bad Request', {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'input is invalid for text.analyze',
      requestId: 'r-1',
      errors: [{ path: 'input.text', message: 'text must not be empty' }],
    });
    expect(problem).toBeInstanceOf(ApiProblem);
    expect(problem).toMatchObject({
      status: 400,
      title: 'Bad Request',
      message: 'input is invalid for text.analyze',
      requestId: 'r-1',
      issues: [{ path: 'input.text', message: 'text must not be empty' }],
    });
  });

  it('still says something readable when the body is not a problem document', () => {
    const problem = toApiProblem(502, 'Bad Gateway', '<html>upstream down</html>');
    expect(problem.message).toBe('the server answered 502 Bad Gateway');
    expect(problem.issues).toEqual([]);
  });

  it('falls back to the status code when there is no status text either', () => {
    expect(toApiProblem(503, '', undefined).title).toBe('HTTP 503');
  });
});
