import type { SeriesCadence } from '@contentflow/events';

/** What a part template is filled with. */
export interface SeriesWords {
  /** As the creator gave it: "sourdough from scratch". */
  theme: string;
  /** What the theme is about: "sourdough". */
  subject: string;
  audience?: string | undefined;
  parts: number;
  cadence: SeriesCadence;
}

/** A part's title, hook and beats (what it covers, in order). */
export interface PartDraft {
  title: string;
  hook: string;
  beats: string[];
}

interface PartRole {
  id: string;
  draft(words: SeriesWords): PartDraft;
}

const CADENCE_PHRASES: Readonly<Record<SeriesCadence, string>> = {
  daily: 'one a day',
  'every-other-day': 'one every other day',
  'twice-weekly': 'two a week',
  weekly: 'one a week',
  biweekly: 'one every two weeks',
  monthly: 'one a month',
};

/** Part 1: who the series is for, why the subject is worth it, the plan, and something to try. */
export function openingPart(words: SeriesWords): PartDraft {
  return {
    title: `${words.theme}: start here`,
    hook: `Part 1 of ${words.parts}: everything you need to get going with ${words.subject}.`,
    beats: [
      words.audience
        ? `Who this series is for: ${words.audience}`
        : 'Who this series is for, and what they can do by the end',
      `Why ${words.subject} is worth the effort`,
      `The plan: ${words.parts} parts, ${CADENCE_PHRASES[words.cadence]}`,
      'One small thing to try before part 2',
    ],
  };
}

/** The last part: each part in a line, how the pieces fit, and what comes next. */
export function recapPart(words: SeriesWords, earlierTitles: readonly string[]): PartDraft {
  const recap = `Recap: ${earlierTitles.slice(1).join('; ')}`;
  return {
    title: `${words.subject}: putting it all together`,
    hook: `Last part: everything from this series, in one routine.`,
    beats: [
      recap.length <= 200 ? recap : 'Recap: one line for each part',
      'How the pieces fit into a real week',
      `What to learn next about ${words.subject}`,
      'A question for the comments: which part helped most?',
    ],
  };
}

/** A part on a point the creator asked for. */
export function subtopicPart(words: SeriesWords, subtopic: string, number: number): PartDraft {
  return {
    title: subtopic,
    hook: `Part ${number} of ${words.parts}: ${subtopic}, and why it matters for ${words.subject}.`,
    beats: [
      `What ${subtopic} means for ${words.subject}`,
      'How to do it, step by step',
      'The mistake to avoid',
      'Try this before the next part',
    ],
  };
}

const role = (id: string, draft: (words: SeriesWords) => PartDraft): PartRole => ({ id, draft });

/** The middle parts a series can have, in teaching order: basics before practice, practice before polish. */
const MIDDLE_ROLES: readonly PartRole[] = [
  role('foundations', (w) => ({
    title: `The basics of ${w.subject}`,
    hook: `Before anything else: the basics of ${w.subject}.`,
    beats: [
      `The core idea of ${w.subject} in one sentence`,
      'The terms you will hear most',
      'How the pieces fit together',
    ],
  })),
  role('setup', (w) => ({
    title: `What you need for ${w.subject}`,
    hook: `You need less for ${w.subject} than you think.`,
    beats: ['The essentials, and what they cost', 'What to skip for now', 'Getting set up in under an hour'],
  })),
  role('technique', (w) => ({
    title: `The core ${w.subject} technique, step by step`,
    hook: `Everything else in ${w.subject} builds on this one technique.`,
    beats: ['The technique, shown slowly', 'The same, at normal speed', 'How to tell you are doing it right'],
  })),
  role('mistakes', (w) => ({
    title: `${w.subject} mistakes to avoid early`,
    hook: `Most people make these ${w.subject} mistakes in their first month.`,
    beats: ['The most common mistake, and its fix', 'The costly one nobody mentions', 'A quick self-check'],
  })),
  role('troubleshooting', (w) => ({
    title: `When ${w.subject} goes wrong`,
    hook: `Something went wrong with your ${w.subject}? Start here.`,
    beats: ['The usual symptoms', 'The likely cause of each', 'The fix, in order of effort'],
  })),
  role('myths', (w) => ({
    title: `${w.subject} myths, checked`,
    hook: `Not everything you have heard about ${w.subject} is true.`,
    beats: ['A popular claim, and what actually happens', 'Where the myth comes from', 'What to do instead'],
  })),
  role('worked-example', (w) => ({
    title: `${w.subject} in practice: a worked example`,
    hook: `Let's put ${w.subject} into practice, start to finish.`,
    beats: [
      'The goal of the example',
      'Each step, with the decisions explained',
      'The result, and what to change next time',
    ],
  })),
  role('advanced', (w) => ({
    title: `Taking ${w.subject} further`,
    hook: `Ready for the next level of ${w.subject}?`,
    beats: ['What changes once the basics are solid', 'One advanced technique worth learning', 'How to practise it'],
  })),
  role('questions', (w) => ({
    title: `Your ${w.subject} questions, answered`,
    hook: `You asked; here are the answers on ${w.subject}.`,
    beats: ['The question asked most', 'A question that surprised me', 'Where to go for more'],
  })),
  role('origins', (w) => ({
    title: `Where ${w.subject} comes from`,
    hook: `To get ${w.subject}, it helps to know where it comes from.`,
    beats: ['How it started', 'What changed along the way', 'What that means for how you do it today'],
  })),
  role('showcase', (w) => ({
    title: `Your ${w.subject} results, featured`,
    hook: `You have been following along. Here is what you made.`,
    beats: ['A few results sent in, with permission', 'What each one got right', 'One tip for each'],
  })),
  role('routine', (w) => ({
    title: `Making ${w.subject} a habit`,
    hook: `Doing ${w.subject} once is easy; doing it every week is the trick.`,
    beats: ['A simple weekly routine', 'Keeping going on busy weeks', 'Tracking progress'],
  })),
];

/** Which middle roles a series gets first when it has room for only some: the ones a learner needs most. */
const PRIORITY = ['foundations', 'technique', 'mistakes', 'setup', 'worked-example', 'advanced', 'troubleshooting'];
/** With the creator's own subtopics as the core, fillers add practice and polish rather than more basics. */
const PRIORITY_AFTER_SUBTOPICS = ['mistakes', 'worked-example', 'advanced', 'troubleshooting', 'questions', 'myths'];

function rank(id: string, priority: readonly string[]): number {
  const at = priority.indexOf(id);
  return at < 0 ? priority.length : at;
}

/**
 * The middle of a series, `count` parts: the creator's subtopics in their order, then roles chosen by priority and
 * put in teaching order; roles that `overlap` a subtopic come last, used only when nothing else is left. Twelve
 * roles cover the largest series (twelve parts less the opening and the recap) with two to spare.
 */
export function middleParts(
  words: SeriesWords,
  subtopics: readonly string[],
  count: number,
  overlap: (title: string, subtopic: string) => boolean,
): PartDraft[] {
  const priority = subtopics.length > 0 ? PRIORITY_AFTER_SUBTOPICS : PRIORITY;
  const overlapping = (role: PartRole) => subtopics.some((subtopic) => overlap(role.draft(words).title, subtopic));
  const fillers = MIDDLE_ROLES.toSorted(
    (a, b) => Number(overlapping(a)) - Number(overlapping(b)) || rank(a.id, priority) - rank(b.id, priority),
  )
    .slice(0, count - subtopics.length)
    .toSorted((a, b) => MIDDLE_ROLES.indexOf(a) - MIDDLE_ROLES.indexOf(b));
  return [
    ...subtopics.map((subtopic, index) => subtopicPart(words, subtopic, index + 2)),
    ...fillers.map((filler) => filler.draft(words)),
  ];
}

/** The series' name: "8 weeks of sourdough", or "Sourdough in 5 parts" for cadences without a unit. */
export function seriesTitle(words: SeriesWords): string {
  const units: Partial<Record<SeriesCadence, string>> = { daily: 'days', weekly: 'weeks', monthly: 'months' };
  const unit = units[words.cadence];
  return unit ? `${words.parts} ${unit} of ${words.theme}` : `${words.theme} in ${words.parts} parts`;
}
