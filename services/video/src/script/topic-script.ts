import type { ShortScript, ShortVideoLength } from '@contentflow/events';

/**
 * Writes a short's script from a topic alone, offline and deterministically (the same topic gives the same
 * script), from hook, beat and call-to-action templates. A placeholder good enough to publish; the orchestrator
 * replaces it with a script from the text engine when one is available.
 */

/** Templates say the topic in a few words; a long topic is cut to its first words. */
const TOPIC_WORDS = 5;

const HOOKS: readonly ((topic: string) => string)[] = [
  (topic) => `Here is what nobody tells you about ${topic}.`,
  (topic) => `${capitalize(topic)} is easier than you think.`,
  (topic) => `Want to get better at ${topic}? Try this.`,
  (topic) => `Stop scrolling: ${topic}, in a few seconds.`,
];

const BEATS: readonly ((topic: string) => { headline: string; text: string })[] = [
  (topic) => ({ headline: 'Start small', text: `Start small. One tiny step with ${topic} beats a perfect plan.` }),
  () => ({ headline: 'Show up daily', text: 'Show up every day. Consistency wins over intensity.' }),
  (topic) => ({ headline: 'Learn from the best', text: `Find someone great at ${topic} and study what they do.` }),
  () => ({ headline: 'Measure it', text: 'Track your results, so you know what actually works.' }),
  () => ({ headline: 'Cut the noise', text: 'Ignore the hype and focus on the basics.' }),
  (topic) => ({ headline: 'Teach it', text: `Explain ${topic} to a friend. Teaching makes it stick.` }),
];

const CTAS: readonly ((topic: string) => string)[] = [
  (topic) => `Follow for more on ${topic}.`,
  () => 'Save this and try it today.',
  () => 'Share this with someone who needs it.',
];

/** Beats per length: about one beat for every ten seconds beyond the hook and the call to action. */
const BEAT_COUNT: Readonly<Record<ShortVideoLength, number>> = { 15: 1, 30: 3, 60: 5 };

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('en-US') + text.slice(1);
}

/** FNV-1a: a stable choice of templates per topic. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (const char of text) {
    value ^= char.codePointAt(0)!;
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

function topicPhrase(topic: string): string {
  const words = topic
    .replace(/[.!?…]+$/u, '')
    .trim()
    .split(/\s+/u);
  return words.slice(0, TOPIC_WORDS).join(' ');
}

export function scriptFromTopic(topic: string, lengthSec: ShortVideoLength): ShortScript {
  const phrase = topicPhrase(topic);
  const seed = hash(phrase.toLocaleLowerCase('en-US'));
  const beats = Array.from({ length: BEAT_COUNT[lengthSec] }, (_, index) =>
    BEATS[(seed + index) % BEATS.length]!(phrase),
  );
  return {
    hook: HOOKS[seed % HOOKS.length]!(phrase),
    beats,
    cta: CTAS[(seed >>> 8) % CTAS.length]!(phrase),
  };
}
