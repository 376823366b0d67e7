import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Context, ScheduledEvent } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  type HandlerReference,
  InvalidScheduleError,
  type LambdaHandler,
  type ScheduledSubscription,
  type ServiceManifest,
} from '../manifest/service-manifest.ts';
import { type LocalRuntime, startLocalRuntime } from './local-runtime.ts';
import { ScheduledRunError } from './local-schedule.ts';
import type { LocalParts } from './platform-adapter-set.ts';
import { closePlatformAdapters, platformAdapters } from './platform-adapters.ts';

const INTERVAL_MS = 20;
/** Generous: the machine is shared and slow; waits end as soon as their condition holds. */
const WAIT = { timeout: 5_000, interval: 5 };

let dir: string;
let local: LocalParts;
let runtime: LocalRuntime | undefined;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cf-'));
  const adapters = await platformAdapters({ CONTENTFLOW_DATA_DIR: dir });
  local = adapters.local!;
});

afterEach(async () => {
  await runtime?.stop({ timeoutSeconds: 1 });
  runtime = undefined;
  await closePlatformAdapters();
  rmSync(dir, { recursive: true, force: true });
});

interface Invocation {
  event: ScheduledEvent;
  context: Context;
}

/** A handler that records its invocations and, while `gate` is set, waits on it. */
function recordingHandler() {
  const invocations: Invocation[] = [];
  let active = 0;
  let maxActive = 0;
  const state = { gate: undefined as Promise<void> | undefined, failWith: undefined as Error | undefined };
  const handler = async (event: ScheduledEvent, context: Context) => {
    invocations.push({ event, context });
    active += 1;
    maxActive = Math.max(maxActive, active);
    try {
      await state.gate;
      if (state.failWith) throw state.failWith;
    } finally {
      active -= 1;
    }
  };
  return { handler, invocations, state, maxActive: () => maxActive };
}

function reference(handler: (event: ScheduledEvent, context: Context) => Promise<void>): HandlerReference {
  return {
    entry: '/test/sweep.handler.ts',
    exportName: 'handler',
    timeoutSeconds: 30,
    memoryMb: 128,
    load: async () => handler as unknown as LambdaHandler,
  };
}

function manifestWith(schedule: ScheduledSubscription): ServiceManifest {
  return { service: 'test', description: 'test', subscriptions: [], queues: [], schedules: [schedule], publishes: [] };
}

const sweep = (handler: HandlerReference): ScheduledSubscription => ({
  name: 'test-sweep',
  description: 'a test sweep',
  rate: { minutes: 1 },
  handler,
});

describe('the local runtime runs each manifest schedule', () => {
  test('at start and then on every tick, with an EventBridge Scheduled Event and a Lambda context', async () => {
    const recorder = recordingHandler();
    runtime = await startLocalRuntime({
      local,
      manifests: [manifestWith(sweep(reference(recorder.handler)))],
      scheduleIntervalMs: INTERVAL_MS,
    });
    await vi.waitFor(() => expect(recorder.invocations.length).toBeGreaterThanOrEqual(3), WAIT);

    const [first] = recorder.invocations;
    expect(first!.event).toMatchObject({
      version: '0',
      'detail-type': 'Scheduled Event',
      source: 'aws.events',
      resources: [expect.stringMatching(/:rule\/test-sweep$/)],
      detail: {},
    });
    expect(first!.event.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(first!.context.functionName).toBe('test-sweep');
    expect(first!.context.getRemainingTimeInMillis()).toBeLessThanOrEqual(30_000);
    expect(new Set(recorder.invocations.map(({ event }) => event.id)).size).toBe(recorder.invocations.length);
  });

  test('never starts a run while the last one is still going', async () => {
    const recorder = recordingHandler();
    let release = () => {};
    recorder.state.gate = new Promise((resolve) => (release = resolve));
    runtime = await startLocalRuntime({
      local,
      manifests: [manifestWith(sweep(reference(recorder.handler)))],
      scheduleIntervalMs: INTERVAL_MS,
    });
    // Several ticks pass while the first run waits.
    await sleep(INTERVAL_MS * 5);
    expect(recorder.invocations).toHaveLength(1);

    recorder.state.gate = undefined;
    release();
    await vi.waitFor(() => expect(recorder.invocations.length).toBeGreaterThanOrEqual(3), WAIT);
    expect(recorder.maxActive()).toBe(1);
  });

  test('stops ticking on stop, after the run in flight ends', async () => {
    const recorder = recordingHandler();
    let release = () => {};
    recorder.state.gate = new Promise((resolve) => (release = resolve));
    runtime = await startLocalRuntime({
      local,
      manifests: [manifestWith(sweep(reference(recorder.handler)))],
      scheduleIntervalMs: INTERVAL_MS,
    });
    let stopped = false;
    const stopping = runtime.stop({ timeoutSeconds: 5 }).then(() => {
      stopped = true;
    });
    await sleep(INTERVAL_MS * 2);
    expect(stopped).toBe(false);

    release();
    await stopping;
    const runs = recorder.invocations.length;
    await sleep(INTERVAL_MS * 3);
    expect(recorder.invocations).toHaveLength(runs);
  });

  test('reports a run that threw and goes on running the schedule', async () => {
    const recorder = recordingHandler();
    recorder.state.failWith = new Error('database unreachable');
    const errors: unknown[] = [];
    runtime = await startLocalRuntime({
      local,
      manifests: [manifestWith(sweep(reference(recorder.handler)))],
      scheduleIntervalMs: INTERVAL_MS,
      onError: (error) => errors.push(error),
    });
    await vi.waitFor(() => expect(errors.length).toBeGreaterThanOrEqual(2), WAIT);

    expect(errors[0]).toBeInstanceOf(ScheduledRunError);
    expect(errors[0]).toMatchObject({ schedule: 'test-sweep', cause: recorder.state.failWith });
  });

  test.each([
    ['a rate below a minute', { rate: { minutes: 0 } }, /whole number of minutes/],
    ['a fractional rate', { rate: { minutes: 1.5 } }, /whole number of minutes/],
    ['a timeout as long as the rate', { handler: { ...reference(async () => {}), timeoutSeconds: 60 } }, /timeout/],
  ])('refuses %s', async (_case, change, message) => {
    const schedule = { ...sweep(reference(async () => {})), ...change };
    await expect(startLocalRuntime({ local, manifests: [manifestWith(schedule)] })).rejects.toThrow(
      InvalidScheduleError,
    );
    await expect(startLocalRuntime({ local, manifests: [manifestWith(schedule)] })).rejects.toThrow(message);
  });
});
