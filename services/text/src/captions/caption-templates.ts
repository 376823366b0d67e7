import type { SocialPlatform, Tone } from '@contentflow/events';

/** Opening lines by tone; `{s}` is the subject as written. None states a fact the source did not give. */
export const HOOKS: Readonly<Record<Tone, string>> = {
  neutral: '{S}: what to know.',
  friendly: "Let's talk about {s}.",
  professional: '{S}: the key points.',
  casual: 'Quick one on {s}.',
  persuasive: 'Here is why {s} deserves your attention.',
  playful: '{S}? Yes, please.',
  inspirational: 'Your next step with {s} starts here.',
  authoritative: '{S}, explained.',
};

/** What each platform's audience usually does next. */
export const DEFAULT_CALLS_TO_ACTION: Readonly<Record<SocialPlatform, string>> = {
  x: 'Thoughts? Reply below.',
  threads: 'What do you think?',
  instagram: 'Save this for later.',
  tiktok: 'Follow for more.',
  linkedin: "What's your take? Share it in the comments.",
  facebook: 'Share this with someone who needs it.',
  youtube: 'Subscribe for more.',
  pinterest: 'Save this pin for later.',
};
