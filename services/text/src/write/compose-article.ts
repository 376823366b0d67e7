import { type ArticleFormat, MAX_ARTICLE_TITLE_LENGTH, type ValidWriteInput } from '@contentflow/events';
import { fitText } from '../copy/fit-text.ts';
import type { SourceFacts } from '../copy/source-facts.ts';
import { capitalize, titleCase } from '../copy/title-case.ts';
import { type ArticleDraft, MAX_BULLET_LENGTH, MAX_HEADING_LENGTH } from './article-draft.ts';

/** Sections per length: the body a template draft can honestly structure. */
const SECTIONS = { short: 3, medium: 4, long: 6 } as const;
const NOUNS: Readonly<Record<ArticleFormat, string>> = { 'blog-post': 'post', article: 'article', newsletter: 'issue' };

/** Section angles, one per subject in turn; each heading names its subject, its bullets are what to cover. */
const ANGLES: ReadonlyArray<{ heading: string; lead: string; bullets: readonly string[] }> = [
  {
    heading: 'What {S} Means for {A}',
    lead: 'Start with what {s} is and why it matters to {a}.',
    bullets: [
      'Define it in one plain sentence.',
      'Name the problem it solves for {a}.',
      'Give one example readers will recognise.',
    ],
  },
  {
    heading: 'Getting Started with {S}',
    lead: 'Show the first steps with {s}, in the order a beginner would take them.',
    bullets: [
      'The first action, small enough to do today.',
      'What to prepare before starting.',
      'How to tell it is working.',
    ],
  },
  {
    heading: '{S}: Mistakes to Avoid',
    lead: 'Point out where {a} usually go wrong with {s}, and the fix for each.',
    bullets: ['The most common mistake, and its fix.', 'A trap that looks like a shortcut.', 'When to ask for help.'],
  },
  {
    heading: 'Measuring {S}',
    lead: 'Explain how to see whether {s} pays off.',
    bullets: ['One number worth tracking.', 'How often to check it.', 'What a good result looks like.'],
  },
  {
    heading: '{S} Tools and Resources',
    lead: 'List what makes {s} easier, free options first.',
    bullets: ['A free tool or template.', 'A paid option, and when it is worth it.', 'Where to learn more.'],
  },
  {
    heading: 'A {S} Checklist',
    lead: 'Sum up {s} as a checklist {a} can keep.',
    bullets: ['Before you start.', 'While you work.', 'When you are done.'],
  },
];

function fill(template: string, subject: string, audience: string): string {
  return template
    .replaceAll('{S}', titleCase(subject))
    .replaceAll('{s}', subject)
    .replaceAll('{A}', titleCase(audience))
    .replaceAll('{a}', audience);
}

/**
 * The offline draft: a structure to write into, not finished prose. Sections take the topic's subjects in turn
 * through fixed angles (what it is, getting started, mistakes, measuring, tools, checklist), each with a lead line
 * and the points to cover; the requested keywords lead the subjects so they land in headings and the introduction.
 */
export function composeArticle(input: ValidWriteInput, facts: SourceFacts): ArticleDraft {
  const audience = input.audience ?? 'readers';
  const subjects = [...new Set([...input.keywords, ...facts.subjects].map((subject) => subject.trim()))];
  const count = Math.max(SECTIONS[input.length], Math.min(input.keywords.length, ANGLES.length));
  const sections = ANGLES.slice(0, count).map((angle, index) => {
    const subject = subjects[index % subjects.length] ?? input.topic;
    return {
      heading: fitText(fill(angle.heading, subject, audience), MAX_HEADING_LENGTH),
      paragraphs: [fill(angle.lead, subject, audience)],
      bullets: angle.bullets.map((bullet) => fitText(fill(bullet, subject, audience), MAX_BULLET_LENGTH)),
    };
  });
  const topicKey = input.topic.toLowerCase();
  const named = subjects.slice(0, count).filter((subject) => subject.toLowerCase() !== topicKey);
  const covered = named.length > 0 ? named : [input.topic];
  const noun = NOUNS[input.format];
  const greeting = input.format === 'newsletter' ? 'Hello, and welcome to this issue. ' : '';
  return {
    title: fitText(titleCase(titleOf(input, audience)), MAX_ARTICLE_TITLE_LENGTH),
    introduction:
      `${greeting}${capitalize(input.topic)} comes up often for ${audience}. ` +
      `This ${noun} covers ${listOf(covered)}, and ends with the next step to take.`,
    sections,
    conclusion: `Pick one idea from this ${noun} and try it this week; ${covered[0] ?? input.topic} is a good place to start.`,
  };
}

/** The focus keyword leads the title when there is one: that is where search engines weigh it most. */
function titleOf(input: ValidWriteInput, audience: string): string {
  const [keyword] = input.keywords;
  if (input.format === 'newsletter') return `This Issue: ${keyword ?? input.topic}`;
  return keyword ? `${keyword}: A Practical Guide for ${audience}` : `${input.topic}: A Practical Guide`;
}

/** "a", "a and b", "a, b and c". */
function listOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
