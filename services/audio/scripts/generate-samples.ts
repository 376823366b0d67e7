/**
 * Writes the audio samples shown in the README, made by the audio engine's own use cases (offline: Flite and the
 * procedural music), so they show exactly what a job produces:
 *
 *   docs/samples/voiceover-with-music.mp3            a voiceover over an upbeat bed, ducked, −16 LUFS
 *   docs/samples/voiceover-with-music.captions.json  its caption timings, in the mix's time
 *
 *   node services/audio/scripts/generate-samples.ts
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mixInputSchema, speechInputSchema } from '@contentflow/events';
import { LocalBlobStore, type TaskRunContext } from '@contentflow/platform';
import { FliteSpeechSynthesizer } from '@contentflow/platform/audio';
import { renderMix } from '../src/use-cases/render-mix.ts';
import { renderSpeech } from '../src/use-cases/render-speech.ts';

const SAMPLES_DIR = new URL('../../../docs/samples/', import.meta.url);
const TENANT = 'samples';
const TEXT = 'Meet ContentFlow: one idea, a week of posts.';

const dataDir = mkdtempSync(join(tmpdir(), 'cf-samples-'));
try {
  const context: TaskRunContext = {
    tenantId: TENANT,
    jobId: 'samples',
    signal: new AbortController().signal,
    progress: async () => {},
  };
  const blobs = new LocalBlobStore({ dataDir, baseUrl: 'http://localhost' });
  const speech = await renderSpeech(
    speechInputSchema(1_500).parse({ text: TEXT, voice: 'en-us-female-1', speed: 1.05 }),
    'voiceover',
    new FliteSpeechSynthesizer(),
    context,
  );
  const [voiceover] = speech.artifacts ?? [];
  if (!(voiceover?.body instanceof Uint8Array)) throw new Error('the voiceover produced no audio file');
  await blobs.put(`${TENANT}/voiceover.mp3`, voiceover.body, { contentType: voiceover.mimeType });

  const mix = await renderMix(
    mixInputSchema.parse({ narrationBlobKey: `${TENANT}/voiceover.mp3`, music: { mood: 'upbeat', seed: 3 } }),
    blobs,
    context,
  );
  const [mixed] = mix.artifacts ?? [];
  if (!(mixed?.body instanceof Uint8Array)) throw new Error('the mix produced no audio file');

  mkdirSync(SAMPLES_DIR, { recursive: true });
  writeFileSync(new URL('voiceover-with-music.mp3', SAMPLES_DIR), mixed.body);
  const offset = mix.output.narrationOffsetSec;
  const captions = speech.output.captions.map((caption) => ({
    text: caption.text,
    startSec: Number((caption.startSec + offset).toFixed(3)),
    endSec: Number((caption.endSec + offset).toFixed(3)),
  }));
  const timings = { audioFile: 'voiceover-with-music.mp3', durationSec: mix.output.durationSec, captions };
  writeFileSync(new URL('voiceover-with-music.captions.json', SAMPLES_DIR), `${JSON.stringify(timings, null, 2)}\n`);
  console.log(
    `docs/samples/voiceover-with-music.mp3: ${mix.output.durationSec} s, ${mix.output.loudnessLufs} LUFS, ` +
      `${mixed.body.byteLength.toLocaleString('en-US')} bytes (${speech.output.model} over ${mix.output.model})`,
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
