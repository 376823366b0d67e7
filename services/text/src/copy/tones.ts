import type { Tone } from '@contentflow/events';

/** Formal copy spells out "do not"; informal copy says "don't". The one tone marker templates can apply honestly. */
export type Register = 'formal' | 'informal';

export interface ToneGuide {
  /** How a model is told to sound. */
  readonly voice: string;
  readonly register: Register;
}

export const TONE_GUIDES: Readonly<Record<Tone, ToneGuide>> = {
  neutral: { voice: 'plain and even, no hype', register: 'formal' },
  friendly: { voice: 'warm and approachable, like a helpful friend', register: 'informal' },
  professional: { voice: 'clear, precise and businesslike', register: 'formal' },
  casual: { voice: 'relaxed and conversational', register: 'informal' },
  persuasive: { voice: 'convincing, benefit-led, with a clear ask', register: 'informal' },
  playful: { voice: 'light, witty and fun, without being silly', register: 'informal' },
  inspirational: { voice: 'uplifting and motivating, concrete rather than vague', register: 'informal' },
  authoritative: { voice: 'confident and expert, backed by specifics', register: 'formal' },
};
