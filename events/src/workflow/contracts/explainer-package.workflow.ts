import { z } from 'zod';
import { MUSIC_MOODS } from '../../tasks/audio/audio-music.input.ts';
import { AUDIO_VOICES } from '../../tasks/audio/audio-speech.input.ts';
import { displayTextSchema } from '../../tasks/image/image-fields.ts';
import { toneSchema } from '../../tasks/text/text-fields.ts';
import { SOCIAL_PLATFORMS } from '../../tasks/text/text-platforms.ts';
import { SCRIPT_LENGTHS } from '../../tasks/text/text-script.output.ts';
import {
  explainerSceneSchema,
  MAX_EXPLAINER_NARRATION_CHARS,
  MAX_EXPLAINER_TITLE_LENGTH,
  MAX_SCENE_NARRATION_LENGTH,
  MAX_SCENES,
  sceneNarration,
} from '../../tasks/video/video-explainer.input.ts';
import { VIDEO_STYLES } from '../../tasks/video/video-fields.ts';
import { defineWorkflow } from './define-workflow.ts';

/**
 * A finished explainer script: video.explainer's title and scenes, each scene with its narration, which the
 * package's narration asset and copy are made from as well.
 */
export const explainerScriptSchema = z
  .strictObject({
    title: displayTextSchema('title', MAX_EXPLAINER_TITLE_LENGTH).describe('Shown and spoken on the title card.'),
    scenes: z
      .array(
        explainerSceneSchema.extend({
          narration: displayTextSchema('narration', MAX_SCENE_NARRATION_LENGTH).describe(
            'What the narrator says over the scene.',
          ),
        }),
      )
      .min(1, 'an explainer needs at least one scene')
      .max(MAX_SCENES, `an explainer has at most ${MAX_SCENES} scenes`),
  })
  .refine(
    (script) =>
      script.title.length + script.scenes.reduce((sum, scene) => sum + sceneNarration(scene).length, 0) <=
      MAX_EXPLAINER_NARRATION_CHARS,
    {
      error: `the narration (title and scenes) must be at most ${MAX_EXPLAINER_NARRATION_CHARS} characters`,
      path: ['scenes'],
    },
  );

/** What a creator asks an explainer package for: a topic or a finished script, and the look. */
export const explainerRequestSchema = z
  .strictObject({
    topic: z
      .string()
      .trim()
      .min(3)
      .max(MAX_EXPLAINER_TITLE_LENGTH)
      .optional()
      .describe('What the explainer is about: a script is written, and the topic is its title card.'),
    script: explainerScriptSchema.optional().describe('A finished script (title and scenes) instead of a topic.'),
    lengthSec: z
      .literal(SCRIPT_LENGTHS)
      .default(30)
      .describe('Target length of a written script in seconds (a given script runs as long as its narration).'),
    tone: toneSchema.default('friendly'),
    platform: z.enum(SOCIAL_PLATFORMS).default('youtube').describe('Where it will be posted: hashtags.'),
    voice: z.enum(AUDIO_VOICES).default('en-us-female-1'),
    style: z.enum(VIDEO_STYLES).default('clean'),
    music: z.enum(MUSIC_MOODS).default('calm').describe('Mood of the music bed.'),
  })
  .refine((request) => (request.topic === undefined) !== (request.script === undefined), {
    error: 'give either a topic or a script, not both and not neither',
    path: ['topic'],
  });

export type ExplainerRequest = z.input<typeof explainerRequestSchema>;

export const explainerPackageWorkflow = defineWorkflow({
  name: 'explainer-package',
  title: 'Explainer package',
  description:
    'A landscape explainer (1920×1080) with a title card, one scene per point, narration, captions and a music ' +
    'bed, plus a 1280×720 thumbnail, the narration and music as audio, and a title, description and hashtags.',
  request: explainerRequestSchema,
  steps: ['Script', 'Narration', 'Music', 'Thumbnail', 'Video', 'Title', 'Description', 'Hashtags'],
  example: { topic: 'How solar panels turn light into power', lengthSec: 30, platform: 'youtube' },
});
