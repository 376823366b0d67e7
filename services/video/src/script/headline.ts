/** On-screen headlines are read at a glance: a few words, the rest is in the narration and captions. */
const HEADLINE_WORDS = 6;

/** The first clause of a text, at most `maxWords` words, without its closing punctuation. */
export function headlineOf(text: string, maxWords = HEADLINE_WORDS): string {
  const clause = text.split(/(?<=[.!?:;])\s/u)[0] ?? text;
  const words = clause.trim().split(/\s+/u);
  const head = words.slice(0, maxWords).join(' ');
  return head.replace(/[\s.,;:!?…]+$/u, '') || text.trim();
}
