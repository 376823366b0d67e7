import { expect, test } from 'vitest';
import { retryWithBackoff } from './retry-with-backoff.ts';

const policy = { attempts: 4, baseDelayMs: 100, maxDelayMs: 250 };

function failingTimes(times: number, error = new Error('busy')) {
  let calls = 0;
  const operation = async () => {
    calls += 1;
    if (calls <= times) throw error;
    return calls;
  };
  return { operation, calls: () => calls };
}

test('retries a retryable failure until it passes', async () => {
  const { operation } = failingTimes(2);
  expect(await retryWithBackoff(operation, { policy, retryable: () => ({ retry: true }), random: () => 0 })).toBe(3);
});

test('gives up after the attempts, with the last failure', async () => {
  const { operation, calls } = failingTimes(10);
  await expect(
    retryWithBackoff(operation, { policy, retryable: () => ({ retry: true }), random: () => 0 }),
  ).rejects.toThrow('busy');
  expect(calls()).toBe(4);
});

test('does not retry what is not retryable', async () => {
  const { operation, calls } = failingTimes(1);
  await expect(retryWithBackoff(operation, { policy, retryable: () => ({ retry: false }) })).rejects.toThrow('busy');
  expect(calls()).toBe(1);
});

test('waits with full jitter under a doubling ceiling, and at least what the server asked', async () => {
  const waits: number[] = [];
  let last = performance.now();
  const { operation } = failingTimes(3);
  await retryWithBackoff(
    async () => {
      const now = performance.now();
      waits.push(now - last);
      last = now;
      return operation();
    },
    { policy, retryable: () => ({ retry: true, minDelayMs: 30 }), random: () => 0.999 },
  );
  // Ceilings 100, 200, 250 (capped); the jitter draw near 1 takes almost all of each.
  const [, first, second, third] = waits;
  expect(first).toBeGreaterThanOrEqual(95);
  expect(second).toBeGreaterThanOrEqual(195);
  expect(third).toBeGreaterThanOrEqual(245);
});

test('an abort during the wait ends the retries', async () => {
  const controller = new AbortController();
  const { operation, calls } = failingTimes(10);
  const pending = retryWithBackoff(operation, {
    policy: { attempts: 5, baseDelayMs: 10_000, maxDelayMs: 10_000 },
    retryable: () => ({ retry: true }),
    random: () => 0.5,
    signal: controller.signal,
  });
  controller.abort(new Error('stop'));
  await expect(pending).rejects.toThrow();
  expect(calls()).toBe(1);
});
