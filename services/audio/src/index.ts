export { type AudioEngineDependencies, createAudioEngine } from './audio-engine.ts';
export { audioManifest } from './manifest.ts';
export type { BlobReader } from './use-cases/blob-reader.port.ts';
export { MIX_INTRO_SEC, MIX_OUTRO_SEC, renderMix } from './use-cases/render-mix.ts';
export { renderMusic } from './use-cases/render-music.ts';
export { renderSpeech, type SpeechKind } from './use-cases/render-speech.ts';
