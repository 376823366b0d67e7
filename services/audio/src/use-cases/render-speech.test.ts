import { Readable } from 'node:stream';
import { PollyClient, SynthesizeSpeechCommand, type SynthesizeSpeechCommandInput } from '@aws-sdk/client-polly';
import { captionsFileSchema, speechInputSchema, speechOutputSchema } from '@contentflow/events';
import { FliteSpeechSynthesizer, PollySpeechSynthesizer } from '@contentflow/platform/audio';
import { sdkStreamMixin } from '@smithy/core/serde';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, test } from 'vitest';
import { artifactBytes, inspectBytes, recordingContext } from '../test-support/audio-test-support.ts';
import { renderSpeech } from './render-speech.ts';

const TEXT = 'ContentFlow turns one idea into a week of posts. Creators love it, and so will you!';
const input = (fields: Record<string, unknown>) => speechInputSchema(1_500).parse({ text: TEXT, ...fields });

describe('renderSpeech', { timeout: 60_000 }, () => {
  test('voiceover: an MP3 at −16 LUFS with its captions in the output and in their own file', async () => {
    const { context, reported } = recordingContext();
    const result = await renderSpeech(
      input({ voice: 'en-us-male-1' }),
      'voiceover',
      new FliteSpeechSynthesizer(),
      context,
    );

    const output = speechOutputSchema.parse(result.output);
    expect(output).toMatchObject({
      provider: 'offline',
      model: 'flite-2.3/cmu_us_rms',
      format: 'mp3',
      mimeType: 'audio/mpeg',
      audioFile: 'voiceover.mp3',
      captionsFile: 'voiceover.captions.json',
      sampleRate: 16_000,
      channels: 1,
      voice: 'en-us-male-1',
    });
    expect(result.provider).toBe('offline');

    const [audio, captions] = result.artifacts!;
    expect(audio).toMatchObject({ fileName: 'voiceover.mp3', mimeType: 'audio/mpeg' });
    const report = await inspectBytes(artifactBytes(audio), 'voiceover.mp3');
    expect(report).toMatchObject({ codec: 'mp3', sampleRate: 16_000, channels: 1 });
    expect(Math.abs(report.durationSec - output.durationSec)).toBeLessThan(0.15);
    expect(Math.abs(report.integratedLufs + 16)).toBeLessThanOrEqual(1);
    expect(report.samplePeakDbfs).toBeGreaterThan(-20);

    expect(captions).toMatchObject({ fileName: 'voiceover.captions.json', mimeType: 'application/json' });
    const timings = captionsFileSchema.parse(JSON.parse(Buffer.from(artifactBytes(captions)).toString('utf8')));
    expect(timings).toEqual({ audioFile: 'voiceover.mp3', durationSec: output.durationSec, captions: output.captions });
    expect(output.captions.at(-1)!.endSec).toBeLessThanOrEqual(output.durationSec);
    expect(output.captions.at(-1)!.endSec).toBeGreaterThan(output.durationSec - 0.6);

    expect(reported.length).toBeGreaterThan(0);
    expect(reported).toEqual([...reported].sort((a, b) => a - b));
  });

  test('narration as WAV: exact duration and the voice’s own 16 kHz rate', async () => {
    const { context } = recordingContext();
    const result = await renderSpeech(
      input({ format: 'wav', speed: 1.5 }),
      'narration',
      new FliteSpeechSynthesizer(),
      context,
    );
    const report = await inspectBytes(artifactBytes(result.artifacts![0]), 'narration.wav');
    expect(report).toMatchObject({ codec: 'pcm_s16le', sampleRate: 16_000, channels: 1 });
    expect(report.durationSec).toBeCloseTo(result.output.durationSec, 2);
    expect(Math.abs(report.integratedLufs + 16)).toBeLessThanOrEqual(1);
  });

  test('with Polly configured, the output says Polly made it', async () => {
    const polly = mockClient(PollyClient);
    try {
      polly.on(SynthesizeSpeechCommand).callsFake(async (request: SynthesizeSpeechCommandInput) => {
        if (request.OutputFormat === 'json') {
          const start = request.Text!.indexOf('Hello');
          const mark = { time: 100, type: 'word', start, end: start + 5, value: 'Hello' };
          return { AudioStream: sdkStreamMixin(Readable.from([Buffer.from(JSON.stringify(mark))])) };
        }
        const pcm = new DataView(new ArrayBuffer(16_000 * 2));
        for (let i = 0; i < 16_000; i += 1) pcm.setInt16(i * 2, Math.round(6_000 * Math.sin(i / 4)), true);
        return { AudioStream: sdkStreamMixin(Readable.from([Buffer.from(pcm.buffer)])) };
      });
      const { context } = recordingContext();
      const result = await renderSpeech(
        input({ text: 'Hello.', voice: 'en-us-female-1' }),
        'voiceover',
        new PollySpeechSynthesizer({ client: new PollyClient({}) }),
        context,
      );
      expect(result.output).toMatchObject({ provider: 'polly', model: 'polly-neural/Joanna' });
      expect(result.output.captions).toEqual([{ text: 'Hello.', startSec: 0.1, endSec: 1 }]);
      expect(result.provider).toBe('polly');
    } finally {
      polly.restore();
    }
  });
});
