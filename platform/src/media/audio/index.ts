/**
 * Audio primitives shared by the engines (`@contentflow/platform/audio`): speech with caption timings, procedural
 * music beds, ducked mixing, loudness measurement and normalisation, WAV and MP3 files (through the shared ffmpeg
 * runner). A subpath of its own because it loads a 21 MB WebAssembly module most services never need.
 */
export { AudioTooLongError, UndecodableAudioError } from './audio-errors.ts';
export { fade } from './fades.ts';
export { type DecodeOptions, decodeAudio } from './ffmpeg/decode-audio.ts';
export { type EncodedAudio, encodeAudio } from './ffmpeg/encode-audio.ts';
export { type AudioFileReport, inspectAudioFile } from './ffmpeg/inspect-audio-file.ts';
export { resampleAudio } from './ffmpeg/resample-audio.ts';
export { type LoudnessMeasurement, measureLoudness } from './loudness/measure-loudness.ts';
export {
  type NormalizedAudio,
  type NormalizeLoudnessOptions,
  normalizeLoudness,
  SilentAudioError,
} from './loudness/normalize-loudness.ts';
export { limitPeaks, type PeakLimiterOptions } from './loudness/peak-limiter.ts';
export { type DuckingOptions, duckingEnvelope } from './mix/ducking-envelope.ts';
export { loopToLength } from './mix/loop-to-length.ts';
export { MIXER, type MixRequest, mixNarrationOverMusic } from './mix/mix-narration.ts';
export {
  DEFAULT_MUSIC_SEED,
  generateMusicBed,
  MUSIC_GENERATOR,
  MUSIC_SAMPLE_RATE,
  type MusicBed,
  type MusicBedRequest,
} from './music/music-bed.ts';
export {
  AudioFormatMismatchError,
  dbToGain,
  durationOf,
  frameCount,
  gainToDb,
  type PcmAudio,
  samplePeakDb,
  silence,
  withChannelCount,
} from './pcm-audio.ts';
export { type CaptionChunk, type ChunkBoundary, PAUSE_SECONDS, splitCaptionChunks } from './speech/caption-chunks.ts';
export { FliteSpeechSynthesizer } from './speech/flite/flite-speech-synthesizer.ts';
export { PollySpeechSynthesizer, type PollySpeechSynthesizerOptions } from './speech/polly/polly-speech-synthesizer.ts';
export {
  SPEECH_PROVIDER_VARIABLE,
  SPEECH_PROVIDERS,
  type SpeechProvider,
  SpeechProviderConfigError,
  speechSynthesizerFromEnv,
} from './speech/speech-provider.ts';
export {
  type SpeechRequest,
  type SpeechResult,
  SpeechSynthesisError,
  type SpeechSynthesizer,
} from './speech/speech-synthesizer.port.ts';
export { decodeWav, encodeWav } from './wav-file.ts';
