import type { PollyClient, VoiceId } from '@aws-sdk/client-polly';
import type { AudioVoice, Caption } from '@contentflow/events';
import { type CaptionChunk, splitCaptionChunks } from '../caption-chunks.ts';
import type { SpeechRequest, SpeechResult, SpeechSynthesizer } from '../speech-synthesizer.port.ts';
import { pollyFailure } from './polly-errors.ts';
import { chunksToSsml } from './polly-ssml.ts';
import { parseWordMarks, type SpeechMark, SpeechMarksError } from './speech-marks.ts';

const POLLY_VOICES: Readonly<Record<AudioVoice, VoiceId>> = {
  'en-us-female-1': 'Joanna',
  'en-us-male-1': 'Matthew',
  'en-us-male-2': 'Stephen',
  'en-gb-male-1': 'Brian',
};

/** Neural voices return PCM at 8 or 16 kHz; 16 kHz matches the offline voices. */
const SAMPLE_RATE = 16_000;
/** Polly takes at most 3,000 billed characters a request; longer texts go in several, split between chunks. */
const MAX_REQUEST_CHARS = 2_500;
/** Below this (−60 dBFS) a sample counts as the silence Polly leaves after the last word. */
const SILENCE_LEVEL = 0.001;

export interface PollySpeechSynthesizerOptions {
  /** Defaults to a client for the environment's region and credentials, created on first use. */
  client?: PollyClient;
}

const milliseconds = (seconds: number): number => Math.round(seconds * 1000) / 1000;

/** Consecutive chunks grouped into requests of at most MAX_REQUEST_CHARS characters. */
function requestGroups(chunks: readonly CaptionChunk[]): CaptionChunk[][] {
  const groups: CaptionChunk[][] = [];
  let current: CaptionChunk[] = [];
  let chars = 0;
  for (const chunk of chunks) {
    if (current.length > 0 && chars + chunk.text.length + 1 > MAX_REQUEST_CHARS) {
      groups.push(current);
      current = [];
      chars = 0;
    }
    current.push(chunk);
    chars += chunk.text.length + 1;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function pcm16ToFloat(bytes: Uint8Array): Float32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const samples = new Float32Array(Math.floor(bytes.byteLength / 2));
  for (let i = 0; i < samples.length; i += 1) samples[i] = view.getInt16(i * 2, true) / 32_768;
  return samples;
}

function lastSoundSec(samples: Float32Array): number {
  let index = samples.length - 1;
  while (index > 0 && Math.abs(samples[index]!) < SILENCE_LEVEL) index -= 1;
  return (index + 1) / SAMPLE_RATE;
}

/**
 * Caption timings of one request from its word marks: a chunk starts at its first word and lasts until the next
 * chunk starts (the last until the speech ends). A chunk Polly marked no word in is shown with its neighbour.
 */
function captionsOf(
  chunks: readonly CaptionChunk[],
  chunkBytes: ReadonlyArray<{ start: number; end: number }>,
  marks: readonly SpeechMark[],
  speechEndSec: number,
): Caption[] {
  const starts: Array<{ text: string; startSec: number }> = [];
  let orphan = '';
  chunks.forEach((chunk, index) => {
    const range = chunkBytes[index]!;
    const first = marks.find((mark) => mark.start >= range.start && mark.start < range.end);
    if (!first) {
      if (starts.length > 0) starts.at(-1)!.text += ` ${chunk.text}`;
      else orphan = `${orphan}${chunk.text} `;
      return;
    }
    starts.push({ text: `${orphan}${chunk.text}`, startSec: first.time / 1000 });
    orphan = '';
  });
  return starts.map((caption, index) => ({
    text: caption.text,
    startSec: caption.startSec,
    endSec: Math.max(caption.startSec, starts[index + 1]?.startSec ?? speechEndSec),
  }));
}

/**
 * Speech from Amazon Polly's neural voices. Each request is made twice, as Polly requires: once for the audio
 * (16-bit PCM) and once for the word speech marks that time the captions.
 */
export class PollySpeechSynthesizer implements SpeechSynthesizer {
  readonly provider = 'polly' as const;
  #client: Promise<PollyClient> | undefined;

  constructor(options: PollySpeechSynthesizerOptions = {}) {
    if (options.client) this.#client = Promise.resolve(options.client);
  }

  /** The SDK is imported on first use only, so offline processes never load it. */
  #pollyClient(): Promise<PollyClient> {
    this.#client ??= import('@aws-sdk/client-polly').then(({ PollyClient }) => new PollyClient({}));
    return this.#client;
  }

  async synthesize(request: SpeechRequest): Promise<SpeechResult> {
    const voiceId = POLLY_VOICES[request.voice];
    const groups = requestGroups(splitCaptionChunks(request.text));
    const pieces: Float32Array[] = [];
    const captions: Caption[] = [];
    let offsetSec = 0;
    for (const [index, group] of groups.entries()) {
      const spoken = await this.#synthesizeGroup(group, voiceId, request).catch((error: unknown) => {
        throw pollyFailure(error, request.signal);
      });
      for (const caption of spoken.captions) {
        captions.push({
          text: caption.text,
          startSec: milliseconds(offsetSec + caption.startSec),
          endSec: milliseconds(offsetSec + caption.endSec),
        });
      }
      pieces.push(spoken.samples);
      offsetSec += spoken.samples.length / SAMPLE_RATE;
      await request.onProgress?.((index + 1) / groups.length);
    }
    const output = new Float32Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
    let at = 0;
    for (const piece of pieces) {
      output.set(piece, at);
      at += piece.length;
    }
    return { audio: { sampleRate: SAMPLE_RATE, channels: [output] }, captions, model: `polly-neural/${voiceId}` };
  }

  async #synthesizeGroup(
    group: readonly CaptionChunk[],
    voiceId: VoiceId,
    request: SpeechRequest,
  ): Promise<{ samples: Float32Array; captions: Caption[] }> {
    const { SynthesizeSpeechCommand } = await import('@aws-sdk/client-polly');
    const client = await this.#pollyClient();
    const { ssml, chunkBytes } = chunksToSsml(group, request.speed);
    const common = {
      Engine: 'neural',
      Text: ssml,
      TextType: 'ssml',
      VoiceId: voiceId,
      SampleRate: String(SAMPLE_RATE),
    } as const;
    const options = request.signal ? { abortSignal: request.signal } : {};
    const speak = async () => {
      const response = await client.send(new SynthesizeSpeechCommand({ ...common, OutputFormat: 'pcm' }), options);
      return response.AudioStream?.transformToByteArray();
    };
    const mark = async () => {
      const command = new SynthesizeSpeechCommand({ ...common, OutputFormat: 'json', SpeechMarkTypes: ['word'] });
      const response = await client.send(command, options);
      return parseWordMarks((await response.AudioStream?.transformToString()) ?? '');
    };
    const [audio, marks] = await Promise.all([speak(), mark()]);
    if (!audio || audio.byteLength === 0 || marks.length === 0) {
      throw new SpeechMarksError('Amazon Polly returned no audio or no word marks');
    }
    const samples = pcm16ToFloat(audio);
    return { samples, captions: captionsOf(group, chunkBytes, marks, lastSoundSec(samples)) };
  }
}
