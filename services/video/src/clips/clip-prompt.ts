import { crc32 } from 'node:zlib';
import { NOVA_REEL_MAX_PROMPT } from './nova-reel-shot.ts';

/** Nova Reel seeds are 0–2,147,483,646. */
const SEED_RANGE = 2_147_483_647;

/** Said after the subject, so it survives when a long beat is cut to fit the prompt. */
const LOOK =
  'Cinematic b-roll, smooth slow camera move, natural light, shallow depth of field. No text, no captions, no logos.';

/**
 * What a beat's background clip shows: the beat, in the frame of the video's topic (its hook). The layout writes
 * the words on screen, so the footage must carry none.
 */
export function clipPrompt(topic: string, beat: string): string {
  const room = NOVA_REEL_MAX_PROMPT - LOOK.length - 2;
  const subject = `Footage for a short video about "${topic
    .slice(0, room / 3)
    .trim()
    .replace(/[.!?]+$/, '')}": ${beat.trim()}`;
  return `${subject.slice(0, room).replace(/[\s.!?,;:]+$/, '')}. ${LOOK}`;
}

/** A seed fixed by the prompt: the same beat films the same clip when the job runs again. */
export function clipSeed(prompt: string): number {
  return crc32(prompt) % SEED_RANGE;
}
