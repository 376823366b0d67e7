import { describe, expect, test } from 'vitest';
import { BedrockNovaReel } from './bedrock-nova-reel.ts';
import { clipPrompt, clipSeed } from './clip-prompt.ts';
import { NOVA_REEL_MAX_PROMPT } from './nova-reel-shot.ts';
import { VideoClipConfigError, videoClipGeneratorFromEnv } from './video-clip-generator-config.ts';

describe('videoClipGeneratorFromEnv', () => {
  test('offline is the default: no clip generator, whatever else is set', async () => {
    expect(await videoClipGeneratorFromEnv({})).toBeUndefined();
    expect(await videoClipGeneratorFromEnv({ CONTENTFLOW_VIDEO_CLIP_PROVIDER: ' ' })).toBeUndefined();
    expect(await videoClipGeneratorFromEnv({ CONTENTFLOW_VIDEO_CLIP_PROVIDER: 'offline' })).toBeUndefined();
  });

  test('bedrock gives Nova Reel 1.1 unless another model is named', async () => {
    const env = { CONTENTFLOW_VIDEO_CLIP_PROVIDER: 'bedrock', CONTENTFLOW_VIDEO_CLIP_S3_URI: 's3://my-clips/shorts/' };
    const generator = await videoClipGeneratorFromEnv({ ...env, CONTENTFLOW_BEDROCK_REGION: 'us-east-1' });
    expect(generator).toBeInstanceOf(BedrockNovaReel);
    expect(generator).toMatchObject({ provider: 'bedrock', model: 'amazon.nova-reel-v1:1' });
    const older = await videoClipGeneratorFromEnv({ ...env, CONTENTFLOW_BEDROCK_VIDEO_MODEL: 'amazon.nova-reel-v1:0' });
    expect(older?.model).toBe('amazon.nova-reel-v1:0');
  });

  test.each([
    [
      { CONTENTFLOW_VIDEO_CLIP_PROVIDER: 'sora' },
      'CONTENTFLOW_VIDEO_CLIP_PROVIDER must be "offline" or "bedrock", got "sora"',
    ],
    [
      { CONTENTFLOW_VIDEO_CLIP_PROVIDER: 'bedrock' },
      'CONTENTFLOW_VIDEO_CLIP_S3_URI is required for the bedrock clip provider',
    ],
    [
      {
        CONTENTFLOW_VIDEO_CLIP_PROVIDER: 'bedrock',
        CONTENTFLOW_VIDEO_CLIP_S3_URI: 'https://my-clips.s3.amazonaws.com',
      },
      'CONTENTFLOW_VIDEO_CLIP_S3_URI must be an s3://bucket/prefix URI',
    ],
    [
      {
        CONTENTFLOW_VIDEO_CLIP_PROVIDER: 'bedrock',
        CONTENTFLOW_VIDEO_CLIP_S3_URI: 's3://my-clips',
        CONTENTFLOW_VIDEO_CLIP_MAX_WAIT_SEC: '3600',
      },
      'CONTENTFLOW_VIDEO_CLIP_MAX_WAIT_SEC must be at most 780',
    ],
  ])('%o is refused, naming the variable', async (env, message) => {
    const reading = videoClipGeneratorFromEnv(env);
    await expect(reading).rejects.toThrow(VideoClipConfigError);
    await expect(reading).rejects.toThrow(message);
  });
});

describe('clipPrompt', () => {
  test('names the topic and the beat, asks for no lettering, and fits Nova Reel’s limit however long the beat', () => {
    const prompt = clipPrompt('Three editing tricks.', 'Cut on the action.');
    expect(prompt).toMatch(/^Footage for a short video about "Three editing tricks": Cut on the action\. /);
    expect(prompt).toContain('No text');
    const long = clipPrompt('x'.repeat(400), 'word '.repeat(300));
    expect(long.length).toBeLessThanOrEqual(NOVA_REEL_MAX_PROMPT);
    expect(long).toContain('No text, no captions, no logos.');
  });

  test('the seed follows the prompt: stable across runs, different for another beat, within Nova Reel’s range', () => {
    const seed = clipSeed(clipPrompt('topic', 'beat one'));
    expect(seed).toBe(clipSeed(clipPrompt('topic', 'beat one')));
    expect(seed).not.toBe(clipSeed(clipPrompt('topic', 'beat two')));
    expect(seed).toBeGreaterThanOrEqual(0);
    expect(seed).toBeLessThanOrEqual(2_147_483_646);
  });
});
