import { type EventSourceMessage, EventSourceParserStream } from 'eventsource-parser/stream';

/** Reads a Server-Sent Events response as messages, with the spec's parsing (via eventsource-parser). */
export async function* serverEvents(response: Response): AsyncGenerator<EventSourceMessage> {
  if (!response.body) throw new Error('the event stream has no body');
  const messages = response.body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream());
  for await (const message of messages) yield message;
}
