import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { putAll, recordingHandler, testEntry, useBusFixture } from './bus-test-support.ts';

const CHILD = fileURLToPath(new URL('./bus-durability-child.ts', import.meta.url));
/** As in the child script. */
const LEASE_MS = 1_500;
const rule = { name: 'durability', eventPattern: { source: ['contentflow.durability'] } };

const fixture = useBusFixture();
const children: ChildProcess[] = [];
afterEach(async () => {
  await Promise.all(children.splice(0).map(kill));
});

function start(mode: 'produce' | 'consume' | 'hang', ...files: string[]): ChildProcess {
  const child = spawn(process.execPath, [CHILD, mode, fixture.file(), ...files], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  child.on('exit', (code, signal) => {
    if (signal !== 'SIGKILL') throw new Error(`${mode} process exited with ${code}: ${stderr}`);
  });
  children.push(child);
  return child;
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  await exited;
}

/** Complete lines only: a process killed mid-write leaves a partial last line. */
function ids(file: string): string[] {
  if (!existsSync(file)) return [];
  const lines = readFileSync(file, 'utf8').split('\n');
  return lines.slice(0, -1);
}

describe('SqliteEventBus durability', () => {
  it('delivers every accepted event at least once across a kill -9 and a restart', async () => {
    const accepted = join(fixture.dir(), 'accepted.txt');
    const delivered = join(fixture.dir(), 'delivered.txt');
    const producer = start('produce', delivered, accepted);
    await vi.waitFor(() => expect(ids(accepted).length).toBeGreaterThanOrEqual(300), { timeout: 10_000 });

    await kill(producer);
    const acceptedIds = ids(accepted);
    const deliveredBeforeKill = new Set(ids(delivered));
    expect(acceptedIds.filter((id) => !deliveredBeforeKill.has(id)).length).toBeGreaterThan(0);
    start('consume', delivered);

    await vi.waitFor(
      () => {
        const seen = new Set(ids(delivered));
        expect(acceptedIds.filter((id) => !seen.has(id))).toEqual([]);
      },
      { timeout: 10_000, interval: 100 },
    );
  });

  it('leaves a leased delivery to its holder, and takes it over once the holder is killed and the lease expires', async () => {
    const started = join(fixture.dir(), 'started.txt');
    const takeover = recordingHandler();
    const bus = fixture.bus();
    bus.registerRule({ ...rule, targets: [{ id: 'recorder', handler: takeover.handler, maxConcurrency: 2 }] });
    const holder = start('hang', started);
    // This process has not started delivering: only the holder can claim the delivery.
    const [id] = await putAll(bus, [testEntry(1, { source: 'contentflow.durability' })]);
    await vi.waitFor(() => expect(ids(started)).toEqual([id]), { timeout: 10_000 });

    bus.start();
    // Two lease periods: the holder's heartbeat keeps the lease, so this process must not take the delivery.
    await new Promise((resolve) => setTimeout(resolve, 2 * LEASE_MS));
    expect(takeover.events).toEqual([]);

    await kill(holder);
    await vi.waitFor(() => expect(takeover.events.map((event) => event.id)).toEqual([id]), { timeout: 10_000 });
    expect(bus.pendingDeliveryCounts()).toEqual([]);
  });
});
