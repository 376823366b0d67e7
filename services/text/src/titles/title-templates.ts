import { MAX_GENERATED_TITLE_LENGTH, type TitleStyle } from '@contentflow/events';
import { fitText } from '../copy/fit-text.ts';
import type { SourceFacts } from '../copy/source-facts.ts';
import { titleCase } from '../copy/title-case.ts';

interface TemplateContext {
  readonly subject: string;
  readonly other?: string;
  readonly audience?: string;
  /** Key points the text really holds, when there are enough to promise a number. */
  readonly points?: number;
}

type Template = (context: TemplateContext) => string | undefined;

/**
 * Headline patterns per place. Each names the subject as written, needs no verb agreement with it (subjects may be
 * plural), and promises only what the source holds.
 */
const TEMPLATES: Readonly<Record<TitleStyle, readonly Template[]>> = {
  seo: [
    ({ subject }) => `${subject}: A Practical Guide`,
    ({ subject }) => `A Beginner's Guide to ${subject}`,
    ({ subject }) => `How to Get Started with ${subject}`,
    ({ subject, audience }) => (audience ? `${subject} for ${audience}: What to Know` : undefined),
    ({ subject, points }) => (points ? `${subject}: ${points} Key Points` : undefined),
    ({ subject, other }) => (other ? `${subject} and ${other}: What to Know` : undefined),
    ({ subject }) => `The Case for ${subject}`,
    ({ subject }) => `${subject}, Step by Step`,
    ({ subject }) => `${subject} in Plain Words`,
    ({ subject }) => `The Essential ${subject} Checklist`,
    ({ subject }) => `${subject} Made Simple`,
    ({ subject }) => `Getting ${subject} Right`,
    ({ subject }) => `${subject}: Mistakes to Avoid`,
    ({ subject }) => `The ${subject} Handbook`,
  ],
  youtube: [
    ({ subject }) => `${subject} Explained Simply`,
    ({ subject }) => `Watch This Before You Start ${subject}`,
    ({ subject, points }) => (points ? `${subject}: ${points} Things to Know` : undefined),
    ({ subject }) => `${subject}: How It All Works`,
    ({ subject, audience }) => (audience ? `${subject} for ${audience}` : undefined),
    ({ subject }) => `${subject}: Beginner Guide`,
    ({ subject }) => `${subject}: Worth It?`,
    ({ subject, other }) => (other ? `${subject} vs ${other}` : undefined),
    ({ subject }) => `${subject} Made Simple`,
    ({ subject }) => `${subject} for Beginners`,
    ({ subject }) => `Getting Started with ${subject}`,
    ({ subject }) => `${subject}, Step by Step`,
    ({ subject }) => `Everything About ${subject} in One Video`,
  ],
  social: [
    ({ subject }) => `${subject}, explained in one post`,
    ({ subject }) => `Quick guide: ${subject}`,
    ({ subject }) => `Your ${subject} cheat sheet`,
    ({ subject }) => `Save this: ${subject} tips`,
    ({ subject, points }) => (points ? `${points} things about ${subject} worth knowing` : undefined),
    ({ subject }) => `Questions about ${subject}? Start here`,
    ({ subject }) => `${subject}, made simple`,
    ({ subject }) => `${subject} tips you can use today`,
    ({ subject }) => `A quick ${subject} checklist`,
    ({ subject }) => `Start here: ${subject}`,
    ({ subject }) => `${subject}: the basics`,
  ],
};

/** Fewer key sentences than this, and a title promising "N key points" would be padding. */
const MIN_POINTS = 3;
const MAX_POINTS = 7;

/** Offline title candidates: every template over the leading subjects, distinct. */
export function titleCandidates(facts: SourceFacts, style: TitleStyle, audience: string | undefined): string[] {
  const subjects = facts.subjects.slice(0, 3).map((subject) => (style === 'social' ? subject : titleCase(subject)));
  const points = facts.keySentences.length >= MIN_POINTS ? Math.min(MAX_POINTS, facts.keySentences.length) : undefined;
  const candidates = new Set<string>();
  subjects.forEach((subject, index) => {
    const other = subjects[index + 1];
    const context: TemplateContext = {
      subject,
      ...(other ? { other } : {}),
      ...(audience ? { audience: style === 'social' ? audience : titleCase(audience) } : {}),
      ...(points ? { points } : {}),
    };
    for (const template of TEMPLATES[style]) {
      const title = template(context);
      if (title) candidates.add(fitText(title, MAX_GENERATED_TITLE_LENGTH));
    }
  });
  return [...candidates];
}
