import { z } from 'zod';
import { PROVIDERS } from '../../content/content-generated.v1.ts';

/** Loudness every audio output is normalised to (integrated, ITU-R BS.1770): the usual target for online speech. */
export const TARGET_LOUDNESS_LUFS = -16;
/** Sample-peak ceiling kept by the limiter after normalisation, leaving room for MP3 encoding overshoot. */
export const PEAK_CEILING_DBFS = -1;

export const AUDIO_FORMATS = ['wav', 'mp3'] as const;
export type AudioFormat = (typeof AUDIO_FORMATS)[number];
export const AUDIO_MIME_TYPES: Readonly<Record<AudioFormat, string>> = { wav: 'audio/wav', mp3: 'audio/mpeg' };

export const audioFormatSchema = z
  .enum(AUDIO_FORMATS, { error: `format must be one of: ${AUDIO_FORMATS.join(', ')}` })
  .default('mp3')
  .describe('File format: `wav` (16-bit PCM) or `mp3` (LAME, constant bit rate).');

/** The longest audio any task makes or accepts: bounds CPU time, memory and file sizes. */
export const MAX_AUDIO_SECONDS = 600;

const seconds = z.number().nonnegative();

/** What every audio output says about its file. */
export const audioFileShape = {
  provider: z.enum(PROVIDERS).describe('Which provider made it: `offline` (Flite, procedural music) or `polly`.'),
  model: z
    .string()
    .min(1)
    .max(256)
    .describe('Voice or generator id, e.g. `flite-2.3/cmu_us_slt`, `polly-neural/Joanna`.'),
  format: z.enum(AUDIO_FORMATS),
  mimeType: z.string().min(1),
  audioFile: z.string().min(1).describe("The audio file's name in the job's folder (its blob key ends with it)."),
  durationSec: seconds.describe('Duration of the file in seconds.'),
  sampleRate: z.int().positive().describe('Samples per second per channel.'),
  channels: z.int().min(1).max(2),
  loudnessLufs: z.number().describe('Integrated loudness (ITU-R BS.1770-4) of the audio before encoding.'),
  peakDbfs: z.number().max(0).describe('Sample peak of the audio before encoding, in dBFS.'),
};
