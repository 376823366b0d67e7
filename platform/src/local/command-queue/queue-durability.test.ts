import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readLines, startWorker, useTempDatabase } from './queue-test-support.ts';

const database = useTempDatabase();

describe('command queue durability', () => {
  it('loses no accepted message when its process is killed with SIGKILL mid-stream', { timeout: 30_000 }, async () => {
    const accepted = () => readLines(join(database.dir(), 'accepted.log'));
    /** [messageId, receive count] per processed message, in order. */
    const processed = () => readLines(join(database.dir(), 'processed.log')).map((line) => line.split(' '));

    // Produces and consumes at once; the consumer is the slower, so the kill finds a backlog and batches in flight.
    const first = startWorker('produce-and-consume', database.file(), 'commands', database.dir(), '1000000');
    await vi.waitFor(
      () => {
        expect(accepted().length).toBeGreaterThanOrEqual(500);
        expect(processed().length).toBeGreaterThanOrEqual(20);
      },
      { timeout: 15_000, interval: 20 },
    );
    first.process.kill('SIGKILL');
    expect(await first.exited).toMatchObject({ signal: 'SIGKILL' });

    const acceptedBeforeKill = accepted();
    const processedBeforeRestart = processed().length;
    const second = startWorker('consume', database.file(), 'commands', database.dir());
    await vi.waitFor(
      () => {
        const done = new Set(processed().map(([id]) => id));
        expect(acceptedBeforeKill.filter((id) => !done.has(id))).toEqual([]);
      },
      { timeout: 15_000, interval: 50 },
    );
    second.process.kill('SIGTERM');
    expect(await second.exited).toMatchObject({ code: 0, stderr: '' });

    const afterRestart = processed().slice(processedBeforeRestart);
    // The restarted consumer had a backlog to finish, and took over the batches that were in flight at the kill
    // once their visibility timeout ran out: they arrive for the second time.
    expect(afterRestart.length).toBeGreaterThan(0);
    expect(afterRestart.some(([, receiveCount]) => receiveCount === '2')).toBe(true);
  });
});
