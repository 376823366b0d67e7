import { describe, expect, test } from 'vitest';
import { SpeechProviderConfigError, speechSynthesizerFromEnv } from './speech-provider.ts';

describe('speechSynthesizerFromEnv', () => {
  test('is Flite offline by default and Polly when CONTENTFLOW_AUDIO_PROVIDER=polly', () => {
    expect(speechSynthesizerFromEnv({}).provider).toBe('offline');
    expect(speechSynthesizerFromEnv({ CONTENTFLOW_AUDIO_PROVIDER: 'offline' }).provider).toBe('offline');
    expect(speechSynthesizerFromEnv({ CONTENTFLOW_AUDIO_PROVIDER: 'polly' }).provider).toBe('polly');
  });

  test('an unknown provider is a configuration error naming the choices', () => {
    expect(() => speechSynthesizerFromEnv({ CONTENTFLOW_AUDIO_PROVIDER: 'espeak' })).toThrow(
      new SpeechProviderConfigError('CONTENTFLOW_AUDIO_PROVIDER must be one of offline, polly, got "espeak"'),
    );
  });
});
