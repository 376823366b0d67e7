import { Readable } from 'node:stream';
import {
  PollyClient,
  SynthesizeSpeechCommand,
  type SynthesizeSpeechCommandInput,
  TextLengthExceededException,
  ThrottlingException,
} from '@aws-sdk/client-polly';
import { sdkStreamMixin } from '@smithy/core/serde';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, test } from 'vitest';
import { durationOf } from '../../pcm-audio.ts';
import { SpeechSynthesisError } from '../speech-synthesizer.port.ts';
import { PollySpeechSynthesizer } from './polly-speech-synthesizer.ts';

const polly = mockClient(PollyClient);
afterEach(() => polly.reset());

const stream = (bytes: Uint8Array | string) => sdkStreamMixin(Readable.from([Buffer.from(bytes)]));

/** 16-bit PCM at 16 kHz: `seconds` of a quiet tone, then silence. */
function pcm(seconds: number, silentTailSec = 0.2): Uint8Array {
  const frames = Math.round((seconds + silentTailSec) * 16_000);
  const view = new DataView(new ArrayBuffer(frames * 2));
  for (let i = 0; i < Math.round(seconds * 16_000); i += 1)
    view.setInt16(i * 2, Math.round(8_000 * Math.sin(i / 5)), true);
  return new Uint8Array(view.buffer);
}

/** Word marks as Polly sends them: one JSON object per line, byte offsets into the SSML it was given. */
function wordMarks(ssml: string, words: ReadonlyArray<readonly [string, number]>): string {
  let from = 0;
  return words
    .map(([word, time]) => {
      const at = ssml.indexOf(word, from);
      if (at < 0) throw new Error(`test setup: "${word}" is not in the SSML`);
      const start = Buffer.byteLength(ssml.slice(0, at));
      from = at + word.length;
      return JSON.stringify({ time, type: 'word', start, end: start + Buffer.byteLength(word), value: word });
    })
    .join('\n');
}

function answer(seconds: number, words: ReadonlyArray<readonly [string, number]>) {
  polly
    .on(SynthesizeSpeechCommand)
    .callsFake((input: SynthesizeSpeechCommandInput) =>
      input.OutputFormat === 'pcm'
        ? { AudioStream: stream(pcm(seconds)) }
        : { AudioStream: stream(`${wordMarks(input.Text ?? '', words)}\n`) },
    );
}

describe('PollySpeechSynthesizer', () => {
  test('asks for neural PCM audio and word marks, and times each caption chunk from the marks', async () => {
    answer(2.5, [
      ['Meet', 50],
      ['ContentFlow', 300],
      ['today', 700],
      ['And', 1_400],
      ['smile', 1_800],
    ]);
    const result = await new PollySpeechSynthesizer({ client: new PollyClient({}) }).synthesize({
      text: 'Meet ContentFlow today. And smile.',
      voice: 'en-gb-male-1',
      speed: 1.25,
    });

    const calls = polly.commandCalls(SynthesizeSpeechCommand).map((call) => call.args[0].input);
    expect(calls).toHaveLength(2);
    for (const input of calls) {
      expect(input).toMatchObject({ Engine: 'neural', VoiceId: 'Brian', TextType: 'ssml', SampleRate: '16000' });
      expect(input.Text).toBe('<speak><prosody rate="125%">Meet ContentFlow today. And smile.</prosody></speak>');
    }
    expect(calls.map((input) => [input.OutputFormat, input.SpeechMarkTypes])).toEqual([
      ['pcm', undefined],
      ['json', ['word']],
    ]);
    expect(result.model).toBe('polly-neural/Brian');
    expect(result.audio.sampleRate).toBe(16_000);
    expect(durationOf(result.audio)).toBeCloseTo(2.7, 3);
    expect(result.captions).toEqual([
      { text: 'Meet ContentFlow today.', startSec: 0.05, endSec: 1.4 },
      // The last caption lasts until the speech ends, not until the silence after it.
      { text: 'And smile.', startSec: 1.4, endSec: 2.5 },
    ]);
  });

  test('escapes the text for SSML and still finds each chunk’s words by byte offset', async () => {
    answer(1, [
      ['Fish', 0],
      ['&', 200],
      ['chips', 300],
      ['Über', 600],
    ]);
    const result = await new PollySpeechSynthesizer({ client: new PollyClient({}) }).synthesize({
      text: 'Fish & chips. Über gut.',
      voice: 'en-us-female-1',
      speed: 1,
    });
    const ssml = polly.commandCalls(SynthesizeSpeechCommand)[0]!.args[0].input.Text;
    expect(ssml).toContain('Fish &amp; chips.');
    expect(result.captions.map((caption) => [caption.text, caption.startSec])).toEqual([
      ['Fish & chips.', 0],
      ['Über gut.', 0.6],
    ]);
  });

  test('a long text goes in several requests, their captions offset by the audio before them', async () => {
    const sentence = 'Every creator starts with one good idea today.';
    const text = Array.from({ length: 120 }, () => sentence).join(' ');
    polly.on(SynthesizeSpeechCommand).callsFake((input: SynthesizeSpeechCommandInput) => {
      if (input.OutputFormat === 'pcm') return { AudioStream: stream(pcm(1, 0)) };
      const ssml = input.Text ?? '';
      const marks = [];
      for (let at = ssml.indexOf('Every'), time = 0; at >= 0; at = ssml.indexOf('Every', at + 1), time += 5) {
        marks.push(JSON.stringify({ time, type: 'word', start: at, end: at + 5, value: 'Every' }));
        const one = ssml.indexOf('one', at);
        marks.push(JSON.stringify({ time: time + 2, type: 'word', start: one, end: one + 3, value: 'one' }));
      }
      return { AudioStream: stream(marks.join('\n')) };
    });
    const result = await new PollySpeechSynthesizer({ client: new PollyClient({}) }).synthesize({
      text,
      voice: 'en-us-male-1',
      speed: 1,
    });
    const requests = polly.commandCalls(SynthesizeSpeechCommand).length / 2;
    expect(requests).toBeGreaterThan(1);
    for (const call of polly.commandCalls(SynthesizeSpeechCommand))
      expect(call.args[0].input.Text!.length).toBeLessThan(3_000);
    expect(durationOf(result.audio)).toBeCloseTo(requests, 3);
    expect(result.captions).toHaveLength(240);
    const starts = result.captions.map((caption) => caption.startSec);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(result.captions.at(-1)!.startSec).toBeGreaterThan(requests - 1);
  });

  test('throttling is a retryable failure; a refused text is not', async () => {
    const synthesizer = new PollySpeechSynthesizer({ client: new PollyClient({}) });
    const request = { text: 'Hello there.', voice: 'en-us-female-1', speed: 1 } as const;
    polly.on(SynthesizeSpeechCommand).rejects(new ThrottlingException({ message: 'Rate exceeded', $metadata: {} }));
    await expect(synthesizer.synthesize(request)).rejects.toMatchObject({ code: 'TTS_THROTTLED', retryable: true });
    polly.reset();
    polly
      .on(SynthesizeSpeechCommand)
      .rejects(new TextLengthExceededException({ message: 'Maximum text length exceeded', $metadata: {} }));
    const refused = synthesizer.synthesize(request);
    await expect(refused).rejects.toThrow(SpeechSynthesisError);
    await expect(refused).rejects.toMatchObject({ code: 'TTS_REJECTED', retryable: false });
  });

  test('unreadable speech marks are a provider failure, not a crash', async () => {
    polly.on(SynthesizeSpeechCommand).callsFake((input: SynthesizeSpeechCommandInput) => ({
      AudioStream: stream(input.OutputFormat === 'pcm' ? pcm(1) : '{"time": "soon"}'),
    }));
    await expect(
      new PollySpeechSynthesizer({ client: new PollyClient({}) }).synthesize({
        text: 'Hi.',
        voice: 'en-us-male-2',
        speed: 1,
      }),
    ).rejects.toMatchObject({ code: 'TTS_UNAVAILABLE', message: expect.stringContaining('speech mark line 1') });
  });

  test('an aborted job rejects with the abort reason, not as a provider failure', async () => {
    const controller = new AbortController();
    polly.on(SynthesizeSpeechCommand).callsFake(() => {
      controller.abort(new Error('job cancelled'));
      throw new Error('socket closed');
    });
    await expect(
      new PollySpeechSynthesizer({ client: new PollyClient({}) }).synthesize({
        text: 'Hi.',
        voice: 'en-us-male-2',
        speed: 1,
        signal: controller.signal,
      }),
    ).rejects.toThrow('job cancelled');
  });
});
