import { type EventSourceMessage, EventSourceParserStream } from 'eventsource-parser/stream';

/** Refuses a single event larger than this rather than buffering without bound. */
const MAX_EVENT_CHARS = 1024 * 1024;

/** The events of a `text/event-stream` body as they arrive; comments (keep-alives) are skipped. */
export function serverSentEvents(body: ReadableStream<Uint8Array>): ReadableStream<EventSourceMessage> {
  return body
    .pipeThrough(new TextDecoderStream())
    .pipeThrough(new EventSourceParserStream({ onError: 'terminate', maxBufferSize: MAX_EVENT_CHARS }));
}
