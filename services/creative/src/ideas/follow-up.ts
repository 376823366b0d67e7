import { subjectOf } from '../language/phrase-subject.ts';
import type { AngleTemplate } from './idea-bank.ts';

const MAX_QUOTED_TITLE = 80;

/** A past title short enough to quote, cut between words. */
export function quotedTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed.length <= MAX_QUOTED_TITLE) return trimmed;
  const cut = trimmed.slice(0, MAX_QUOTED_TITLE);
  const space = cut.lastIndexOf(' ');
  return `${(space > 20 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * An idea that builds on a past post that did well: the same topic one level deeper, worded apart from the
 * original so it follows it up rather than repeating it.
 */
export function followUpTemplate(pastTitle: string): AngleTemplate {
  const topic = subjectOf(pastTitle);
  const quoted = quotedTitle(pastTitle);
  return {
    title: () => `${topic}, part 2: the questions you asked`,
    angle: (w) =>
      `A follow-up to "${quoted}": answer what it left open about ${topic} and go one level deeper for ${w.audience}.`,
    hooks: () => [
      `Part two, because you asked: more on ${topic}.`,
      `You liked the last one. Here is what it left out about ${topic}.`,
    ],
  };
}
