import type { EngineDefinition } from '@contentflow/platform';
import type { SpeechSynthesizer } from '@contentflow/platform/audio';
import { mixTask } from './tasks/mix.task.ts';
import { musicTask } from './tasks/music.task.ts';
import { narrationTask, voiceoverTask } from './tasks/speech.tasks.ts';
import type { BlobReader } from './use-cases/blob-reader.port.ts';

export interface AudioEngineDependencies {
  /** Flite offline, Polly when configured (see speechSynthesizerFromEnv). */
  speech: SpeechSynthesizer;
  blobs: BlobReader;
}

export function createAudioEngine(dependencies: AudioEngineDependencies): EngineDefinition {
  return {
    engine: 'audio',
    tasks: [
      voiceoverTask(dependencies.speech),
      narrationTask(dependencies.speech),
      musicTask,
      mixTask(dependencies.blobs),
    ],
  };
}
