import { describe, expect, test, vi } from 'vitest';
import { defaultDeadlineMarginMs, invocationDeadline } from './invocation-deadline.ts';
import { lambdaContext } from './lambda-context.ts';

const contextOf = (timeoutMs: number) =>
  lambdaContext({ functionName: 'f', region: 'local', accountId: '000000000000', timeoutMs });

class OutOfTime extends Error {}

describe('invocationDeadline', () => {
  test('the default margin is 10% of the time left, at most 10 s', () => {
    expect(defaultDeadlineMarginMs(6_000)).toBe(600);
    expect(defaultDeadlineMarginMs(900_000)).toBe(10_000);
  });

  test('aborts a margin before the context runs out, with the reason made for that margin', async () => {
    const context = contextOf(2_000);
    const deadline = invocationDeadline(context, {
      marginMs: 1_800,
      reason: (marginMs) => new OutOfTime(`${marginMs}`),
    });

    await vi.waitFor(() => expect(deadline.signal.aborted).toBe(true), { timeout: 2_000, interval: 10 });
    expect(deadline.signal.reason).toEqual(new OutOfTime('1800'));
    // Fired ahead of the deadline, with time left to clean up.
    expect(context.getRemainingTimeInMillis()).toBeGreaterThan(1_000);
  });

  test('a cleared deadline never aborts, while one set alike does', async () => {
    const context = contextOf(100);
    const options = { marginMs: 50, reason: () => new OutOfTime() };
    const cleared = invocationDeadline(context, options);
    const running = invocationDeadline(context, options);
    cleared.clear();

    await vi.waitFor(() => expect(running.signal.aborted).toBe(true), { interval: 10 });
    expect(cleared.signal.aborted).toBe(false);
  });

  test('a context already past its margin aborts at once', async () => {
    const deadline = invocationDeadline(contextOf(0), { reason: () => new OutOfTime() });
    expect(deadline.marginMs).toBe(0);
    await vi.waitFor(() => expect(deadline.signal.aborted).toBe(true), { interval: 5 });
  });
});
