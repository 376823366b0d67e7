import { z } from 'zod';
import { displayTextSchema } from '../image/image-fields.ts';
import { mediaBlobKeySchema, videoLookFields } from './video-fields.ts';

export const MAX_EXPLAINER_TITLE_LENGTH = 100;
export const MAX_SCENE_TITLE_LENGTH = 80;
export const MAX_BULLET_LENGTH = 120;
export const MAX_BULLETS = 5;
export const MAX_SCENE_NARRATION_LENGTH = 800;
export const MAX_SCENES = 8;
/** About three minutes of speech: an explainer longer than that is a different kind of video. */
export const MAX_EXPLAINER_NARRATION_CHARS = 2_800;
/** The longest explainer the engine makes, whatever the voice's pace. */
export const MAX_EXPLAINER_SECONDS = 180;

export const explainerSceneSchema = z.strictObject({
  title: displayTextSchema('scene title', MAX_SCENE_TITLE_LENGTH),
  bullets: z
    .array(displayTextSchema('bullet', MAX_BULLET_LENGTH))
    .max(MAX_BULLETS, `a scene has at most ${MAX_BULLETS} bullets`)
    .default([])
    .describe('Points revealed one by one, each as the narration reaches it.'),
  narration: displayTextSchema('narration', MAX_SCENE_NARRATION_LENGTH)
    .optional()
    .describe('What the narrator says over the scene; defaults to the title followed by the bullets.'),
  mediaBlobKey: mediaBlobKeySchema.optional(),
});

export type ExplainerScene = z.output<typeof explainerSceneSchema>;

/** What the narrator says over a scene: its own narration, or its title and bullets read in turn. */
export function sceneNarration(scene: Pick<ExplainerScene, 'title' | 'bullets' | 'narration'>): string {
  return scene.narration ?? [scene.title, ...scene.bullets].join('\n\n');
}

export const explainerInputSchema = z
  .strictObject({
    title: displayTextSchema('title', MAX_EXPLAINER_TITLE_LENGTH).describe('Shown on the opening title card.'),
    scenes: z
      .array(explainerSceneSchema)
      .min(1, 'an explainer needs at least one scene')
      .max(MAX_SCENES, `an explainer has at most ${MAX_SCENES} scenes`),
    ...videoLookFields('calm'),
  })
  .refine(
    (input) =>
      input.title.length + input.scenes.reduce((sum, scene) => sum + sceneNarration(scene).length, 0) <=
      MAX_EXPLAINER_NARRATION_CHARS,
    {
      error: `the narration (title and scenes) must be at most ${MAX_EXPLAINER_NARRATION_CHARS} characters, about three minutes`,
      path: ['scenes'],
    },
  );

export type ExplainerInput = z.input<typeof explainerInputSchema>;
export type ValidExplainerInput = z.output<typeof explainerInputSchema>;
