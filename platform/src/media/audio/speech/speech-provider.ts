import { FliteSpeechSynthesizer } from './flite/flite-speech-synthesizer.ts';
import { PollySpeechSynthesizer } from './polly/polly-speech-synthesizer.ts';
import type { SpeechSynthesizer } from './speech-synthesizer.port.ts';

export const SPEECH_PROVIDERS = ['offline', 'polly'] as const;
export type SpeechProvider = (typeof SPEECH_PROVIDERS)[number];

/** The variable that picks the speech provider; Polly then uses the usual AWS region and credentials. */
export const SPEECH_PROVIDER_VARIABLE = 'CONTENTFLOW_AUDIO_PROVIDER';

export class SpeechProviderConfigError extends Error {
  override name = 'SpeechProviderConfigError';
}

function isSpeechProvider(value: string): value is SpeechProvider {
  return (SPEECH_PROVIDERS as readonly string[]).includes(value);
}

/** The configured speech synthesiser: offline Flite unless `CONTENTFLOW_AUDIO_PROVIDER=polly`. */
export function speechSynthesizerFromEnv(env: NodeJS.ProcessEnv = process.env): SpeechSynthesizer {
  const value = env[SPEECH_PROVIDER_VARIABLE] || 'offline';
  if (!isSpeechProvider(value)) {
    throw new SpeechProviderConfigError(
      `${SPEECH_PROVIDER_VARIABLE} must be one of ${SPEECH_PROVIDERS.join(', ')}, got ${JSON.stringify(value)}`,
    );
  }
  return value === 'polly' ? new PollySpeechSynthesizer() : new FliteSpeechSynthesizer();
}
