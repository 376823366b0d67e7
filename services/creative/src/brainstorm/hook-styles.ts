/** What a hook is filled with. */
export interface HookWords {
  subject: string;
  who: string;
}

/** A way to open a post, and why it holds attention (completing "Opens with …, …"). */
export interface HookStyle {
  label: string;
  why: string;
  hook(words: HookWords): string;
}

/** Openings that work across niches; each names the subject, none claims a fact. */
export const HOOK_STYLES: readonly HookStyle[] = [
  {
    label: 'a question',
    why: 'which makes people answer it in their head',
    hook: (w) => `Why do so many ${w.who} struggle with ${w.subject}?`,
  },
  {
    label: 'a curiosity gap',
    why: 'which only the rest of the post closes',
    hook: (w) => `There is one part of ${w.subject} almost everyone skips.`,
  },
  {
    label: 'a bold claim',
    why: 'which people stay to see proved, or to argue with',
    hook: (w) => `${w.subject} is easier than anyone admits.`,
  },
  {
    label: 'a story opening',
    why: 'which people stay to see resolved',
    hook: (w) => `The first time I tried ${w.subject}, it went badly wrong.`,
  },
  {
    label: 'a pain point',
    why: 'which tells the right people this is for them',
    hook: (w) => `Tired of ${w.subject} advice that does not work for ${w.who}?`,
  },
  {
    label: 'a direct address',
    why: 'which picks the viewer out of the feed',
    hook: (w) => `If you care about ${w.subject}, give me ten seconds.`,
  },
  {
    label: 'a contrast',
    why: 'which promises a better way than the usual one',
    hook: (w) => `Everyone does ${w.subject} the hard way. There is a shorter one.`,
  },
];
