import { engineManifest } from '@contentflow/platform';

export const audioManifest = engineManifest({
  engine: 'audio',
  description: 'Audio Generation: voiceovers and narration with caption timings, music beds, voice-over-music mixes.',
  handlerModule: new URL('./handlers/job-requested.handler.ts', import.meta.url),
  // Ten minutes of narration or music take well under a minute here; the rest is headroom for a busy host.
  timeoutSeconds: 600,
  // A ten-minute stereo mix is ~200 MB of float samples, plus its copies while normalising.
  memoryMb: 2048,
  // Synthesis and mixing keep a core busy (Flite runs in-process), so one job at a time per instance.
  maxConcurrency: 1,
});
