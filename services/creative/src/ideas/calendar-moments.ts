import type { AngleTemplate } from './idea-bank.ts';

/** What a month of the year means for content: why an idea is timely then, and an idea made for it. */
export interface CalendarMoment {
  /** A full sentence, the why-now of ideas that suit the month. */
  reason: string;
  /** Archetype ids the month favours. */
  favours: readonly string[];
  seasonal: AngleTemplate;
}

/**
 * The recurring moments of the year as most audiences on these platforms live them (a Northern-hemisphere,
 * Western calendar: January resolutions, September back to routine, November's sales). They are rhythms of the
 * calendar, not trends: nothing here claims what is popular this week.
 */
export const CALENDAR_MOMENTS: readonly CalendarMoment[] = [
  {
    reason: 'January is when people set goals and start new habits.',
    favours: ['roadmap', 'challenge', 'quick-wins'],
    seasonal: {
      title: (w) => `A fresh start with ${w.subject} this year`,
      angle: (w) =>
        `A new-year reset for ${w.audience}: where to begin with ${w.subject}, and a plan for the first month.`,
      hooks: (w) => [
        `New year, fresh start: here is your ${w.subject} plan for January.`,
        `Your first month of ${w.subject} this year, planned.`,
      ],
    },
  },
  {
    reason: 'By February many new-year plans have stalled, so help getting back on track lands.',
    favours: ['mistakes', 'troubleshooting', 'quick-wins'],
    seasonal: {
      title: (w) => `Back on track with ${w.subject}`,
      angle: (w) =>
        `For ${w.audience} whose January plans slipped: why ${w.subject} habits stall, and how to restart small.`,
      hooks: (w) => [
        `Did your ${w.subject} plans stall already? Start again here.`,
        `Restart ${w.subject} the easy way.`,
      ],
    },
  },
  {
    reason: 'March closes the first quarter, a natural moment to review what is working.',
    favours: ['case-study', 'review'],
    seasonal: {
      title: (w) => `${w.subject}: a first-quarter check-in`,
      angle: (w) =>
        `A three-month check-in: what ${w.audience} should have in place for ${w.subject} by now, and what to adjust.`,
      hooks: (w) => [`Three months in. Is your ${w.subject} on track?`, `Your ${w.subject} first-quarter check-in.`],
    },
  },
  {
    reason: 'April brings spring, a season for clear-outs and fresh setups.',
    favours: ['toolkit', 'checklist'],
    seasonal: {
      title: (w) => `A spring clean for your ${w.subject}`,
      angle: (w) => `Spring-clean ${w.subject}: what to drop, what to keep, and what to refresh, for ${w.audience}.`,
      hooks: (w) => [`Time for a ${w.subject} spring clean.`, `Spring-clean your ${w.subject} in one afternoon.`],
    },
  },
  {
    reason: 'In May people plan their summer and want routines that survive it.',
    favours: ['checklist', 'quick-wins'],
    seasonal: {
      title: (w) => `${w.subject} for a busy summer`,
      angle: (w) => `Keep ${w.subject} going through summer: a lighter routine for ${w.audience} with less time.`,
      hooks: (w) => [
        `Summer is coming. Here is how to keep up with ${w.subject}.`,
        `A summer-proof ${w.subject} routine.`,
      ],
    },
  },
  {
    reason: 'June is mid-year, when people look back at the first half and reset for the second.',
    favours: ['case-study', 'story', 'review'],
    seasonal: {
      title: (w) => `${w.subject}: what the first half of the year taught me`,
      angle: (w) =>
        `A mid-year review of ${w.subject}: what worked, what didn't, and the plan for the second half, shared with ${w.audience}.`,
      hooks: (w) => [
        `Half the year is gone. Here is what ${w.subject} taught me so far.`,
        `My mid-year ${w.subject} review.`,
      ],
    },
  },
  {
    reason: 'July is holiday season, when lighter, quicker content suits how people scroll.',
    favours: ['hot-take', 'challenge', 'quick-wins'],
    seasonal: {
      title: (w) => `Holiday-proof ${w.subject}`,
      angle: (w) => `${w.subject} while travelling: the small version ${w.audience} can keep up anywhere.`,
      hooks: (w) => [`Going away? Don't drop your ${w.subject}.`, `${w.subject}, holiday edition.`],
    },
  },
  {
    reason: 'August is when people get ready for the routines of September.',
    favours: ['roadmap', 'checklist'],
    seasonal: {
      title: (w) => `Get ready for a new ${w.subject} season`,
      angle: (w) => `Prepare for autumn: set up ${w.subject} now so ${w.audience} start September running.`,
      hooks: (w) => [
        `September is coming. Get your ${w.subject} ready now.`,
        `Your ${w.subject} prep list for September.`,
      ],
    },
  },
  {
    reason: 'September is back-to-routine season, when people start fresh after summer.',
    favours: ['roadmap', 'challenge', 'explainer'],
    seasonal: {
      title: (w) => `Back to ${w.subject}: a September restart`,
      angle: (w) => `A back-to-routine plan for ${w.audience}: rebuild the ${w.subject} habit in four weeks.`,
      hooks: (w) => [
        `Back to routine. Let's restart ${w.subject} properly.`,
        `Four weeks to rebuild your ${w.subject} habit.`,
      ],
    },
  },
  {
    reason: 'October starts the last quarter, when people plan the final push of the year.',
    favours: ['explainer', 'case-study', 'troubleshooting'],
    seasonal: {
      title: (w) => `Your ${w.subject} plan for the rest of the year`,
      angle: (w) =>
        `The last-quarter plan: what ${w.audience} can still achieve with ${w.subject} before the year ends.`,
      hooks: (w) => [
        `There is still time this year to get ${w.subject} right.`,
        `A last-quarter plan for your ${w.subject}.`,
      ],
    },
  },
  {
    reason: 'November is the run-up to Black Friday and year-end buying.',
    favours: ['toolkit', 'comparison'],
    seasonal: {
      title: (w) => `${w.subject} buys worth waiting for a sale`,
      angle: (w) =>
        `A Black Friday guide for ${w.audience}: the ${w.subject} purchases worth a discount, and the ones to skip.`,
      hooks: (w) => [
        `Before you buy anything for ${w.subject} on sale, watch this.`,
        `The ${w.subject} Black Friday list: buy, wait, or skip.`,
      ],
    },
  },
  {
    reason: 'December is when people look back on the year and plan the next.',
    favours: ['story', 'review', 'case-study'],
    seasonal: {
      title: (w) => `My year in ${w.subject}`,
      angle: (w) =>
        `A year in review: the ${w.subject} highlights, the failures, and what comes next, shared with ${w.audience}.`,
      hooks: (w) => [`My year in ${w.subject}, the good and the bad.`, `A year of ${w.subject}, in review.`],
    },
  },
];

/** The moment of the month a `YYYY-MM-DD` date falls in. */
export function momentOf(date: string): CalendarMoment {
  return CALENDAR_MOMENTS[new Date(`${date}T00:00:00Z`).getUTCMonth()]!;
}
