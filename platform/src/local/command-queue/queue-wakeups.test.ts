import { describe, expect, it } from 'vitest';
import { waitForWakeUp, wakeUp } from './queue-wakeups.ts';

describe('queue wake-ups', () => {
  it('wakes a waiting poll once the sender’s turn is over, so the sender’s caller goes on first', async () => {
    const order: string[] = [];
    const woken = waitForWakeUp('file\0commands', 10_000).then(() => order.push('poll woken'));

    wakeUp('file\0commands');
    for (let step = 0; step < 10; step += 1) await Promise.resolve(); // the sender's own awaits
    order.push('sender answered');
    await woken;

    expect(order).toEqual(['sender answered', 'poll woken']);
  });

  it('wakes every channel woken in one turn, and only those', async () => {
    const woken: string[] = [];
    const polls = ['a', 'b', 'c'].map((queue) => waitForWakeUp(`file\0${queue}`, 50).then(() => woken.push(queue)));

    wakeUp('file\0a');
    wakeUp('file\0c');
    wakeUp('file\0a');
    await new Promise((resolve) => setImmediate(resolve));

    expect(woken.sort()).toEqual(['a', 'c']);
    await Promise.all(polls); // b ends at its timeout
    expect(woken).toEqual(['a', 'c', 'b']);
  });
});
