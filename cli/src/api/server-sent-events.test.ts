import { describe, expect, test } from 'vitest';
import { serverSentEvents } from './server-sent-events.ts';

/** A body that arrives in exactly these byte chunks, as a network may split it. */
function body(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

async function eventsOf(chunks: readonly Uint8Array[]) {
  const events = [];
  for await (const message of serverSentEvents(body(chunks))) events.push(message);
  return events;
}

const encode = (text: string) => new TextEncoder().encode(text);

describe('serverSentEvents', () => {
  test('yields each event with its name, id and data; comments (keep-alives) are skipped', async () => {
    const stream =
      ': connected\n\nevent: job\nid: 1\ndata: {"status":"queued"}\n\n: heartbeat\n\nevent: job\ndata: {"status":"running"}\n\n';
    expect(await eventsOf([encode(stream)])).toEqual([
      { event: 'job', id: '1', data: '{"status":"queued"}' },
      { event: 'job', id: undefined, data: '{"status":"running"}' },
    ]);
  });

  test('reassembles events split anywhere, even inside a multi-byte character', async () => {
    const text = 'event: job\ndata: {"message":"analysé ✓"}\n\n';
    const bytes = encode(text);
    // Every split point, including the ones inside "é" and "✓".
    for (let at = 1; at < bytes.length; at++) {
      expect(await eventsOf([bytes.slice(0, at), bytes.slice(at)])).toEqual([
        { event: 'job', id: undefined, data: '{"message":"analysé ✓"}' },
      ]);
    }
  });

  test('joins multi-line data with newlines, and accepts CRLF line endings', async () => {
    expect(await eventsOf([encode('event: note\r\ndata: first\r\ndata: second\r\n\r\n')])).toEqual([
      { event: 'note', id: undefined, data: 'first\nsecond' },
    ]);
  });

  test('an event not ended by a blank line when the stream closes is dropped, as EventSource does', async () => {
    expect(await eventsOf([encode('event: job\ndata: {"done":true}\n\nevent: job\ndata: {"cut":')])).toEqual([
      { event: 'job', id: undefined, data: '{"done":true}' },
    ]);
  });
});
