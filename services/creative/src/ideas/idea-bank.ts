import type { ContentGoal, IdeaFormat } from '@contentflow/events';

/** The words a pitch template is filled with. */
export interface PitchWords {
  /** What the niche is about: "home espresso". At most 60 characters. */
  subject: string;
  /** The audience's noun phrase, for titles: "beginners". At most 60 characters. */
  who: string;
  /** The audience as given, for angles: "beginners on a budget". */
  audience: string;
  /** A count that suits the format: 3 points in a short, 7 slides, 5 posts, 10 sections. */
  count: number;
}

/** A way to pitch a subject: the title, the take, and two hooks (a direct line, and a teaser). */
export interface AngleTemplate {
  title(words: PitchWords): string;
  angle(words: PitchWords): string;
  hooks(words: PitchWords): readonly [direct: string, teaser: string];
}

/** A kind of idea: what it serves, where it works best, and its angles. */
export interface Archetype {
  id: string;
  /** How the why-now sentence names it: "a myth-buster". */
  label: string;
  /** The goals it serves, best first. */
  goals: readonly ContentGoal[];
  /** The formats it suits, best first; it can be made in any. */
  formats: readonly IdeaFormat[];
  /** Lemmas that mark a text as this kind of idea (brainstorm reads an idea's kind with them). */
  cues: readonly string[];
  angles: readonly AngleTemplate[];
}

/** 3 quick points in a short, 7 slides, a 5-post thread, 10 sections in long form. */
export const FORMAT_COUNTS: Readonly<Record<IdeaFormat, number>> = {
  short: 3,
  carousel: 7,
  thread: 5,
  'long-form': 10,
};

/**
 * The offline idea bank: eighteen kinds of content idea creators use again and again, two angles each. Templates
 * name no facts, figures or trends: they frame the creator's own subject for the creator's own audience.
 */
export const ARCHETYPES: readonly Archetype[] = [
  {
    id: 'mistakes',
    label: 'a list of mistakes',
    goals: ['engagement', 'followers', 'awareness'],
    formats: ['short', 'carousel', 'thread'],
    cues: ['mistake', 'wrong', 'avoid', 'error'],
    angles: [
      {
        title: (w) => `${w.count} ${w.subject} mistakes ${w.who} make`,
        angle: (w) => `The ${w.count} most common ${w.subject} mistakes among ${w.audience}, each with a quick fix.`,
        hooks: (w) => [
          `If you're new to ${w.subject}, you're probably making mistake number one right now.`,
          `${w.count} ${w.subject} mistakes. The last one is the one nobody admits to.`,
        ],
      },
      {
        title: (w) => `The ${w.subject} mistake that cost me the most`,
        angle: (w) =>
          `One expensive ${w.subject} mistake told as a story: what happened, what it cost, and what ${w.audience} can do instead.`,
        hooks: (w) => [
          `This one ${w.subject} mistake cost me more than everything else combined.`,
          `I got ${w.subject} wrong for a long time. Here is how, so you can skip it.`,
        ],
      },
    ],
  },
  {
    id: 'myths',
    label: 'a myth-buster',
    goals: ['engagement', 'awareness', 'authority'],
    formats: ['short', 'carousel', 'thread'],
    cues: ['myth', 'believe', 'truth', 'fact'],
    angles: [
      {
        title: (w) => `${w.count} ${w.subject} myths, busted`,
        angle: (w) =>
          `Popular ${w.subject} advice that does not hold up, checked one claim at a time, with what works for ${w.audience}.`,
        hooks: (w) => [
          `Most of the ${w.subject} advice you have heard is wrong. Let's check ${w.count} of them.`,
          `Myth or fact? ${w.count} things everyone believes about ${w.subject}.`,
        ],
      },
      {
        title: (w) => `What nobody tells ${w.who} about ${w.subject}`,
        angle: (w) =>
          `The unglamorous truths about ${w.subject} that ${w.audience} only learn the hard way, said plainly.`,
        hooks: (w) => [
          `Nobody tells you this about ${w.subject}.`,
          `What I wish someone had told me before I started with ${w.subject}.`,
        ],
      },
    ],
  },
  {
    id: 'roadmap',
    label: 'a beginner roadmap',
    goals: ['followers', 'awareness', 'authority'],
    formats: ['carousel', 'thread', 'long-form'],
    cues: ['start', 'beginner', 'first', 'roadmap', 'begin'],
    angles: [
      {
        title: (w) => `${w.subject}: the first ${w.count} steps`,
        angle: (w) =>
          `A start-here path for ${w.audience} new to ${w.subject}: ${w.count} steps in order, and what to ignore for now.`,
        hooks: (w) => [
          `If I were starting ${w.subject} from zero today, this is exactly what I would do.`,
          `Starting out with ${w.subject}? Do these ${w.count} things first, in this order.`,
        ],
      },
      {
        title: (w) => `${w.subject} for complete beginners`,
        angle: (w) => `The short version of ${w.subject}: the few ideas that matter most for ${w.audience}, no jargon.`,
        hooks: (w) => [
          `Never tried ${w.subject}? You only need to know three things.`,
          `Everything a beginner needs to know about ${w.subject}, and nothing more.`,
        ],
      },
    ],
  },
  {
    id: 'process',
    label: 'a behind-the-scenes look',
    goals: ['community', 'followers', 'authority'],
    formats: ['short', 'long-form'],
    cues: ['process', 'behind', 'scene', 'workflow'],
    angles: [
      {
        title: (w) => `My ${w.subject} process, start to finish`,
        angle: (w) =>
          `A real, unedited walk through my ${w.subject} process, with each choice and shortcut explained for ${w.audience}.`,
        hooks: (w) => [
          `Here is my whole ${w.subject} process, no cuts.`,
          `You asked about my ${w.subject} process. Every step.`,
        ],
      },
      {
        title: (w) => `Behind the scenes of my ${w.subject} setup`,
        angle: (w) =>
          `The setup behind the finished ${w.subject}: what is on the desk, what it cost, and what I would change.`,
        hooks: (w) => [
          `This is what my ${w.subject} setup really looks like.`,
          `The side of ${w.subject} you never see in the final post.`,
        ],
      },
    ],
  },
  {
    id: 'toolkit',
    label: 'a gear guide',
    goals: ['sales', 'traffic', 'leads'],
    formats: ['long-form', 'carousel', 'short'],
    cues: ['tool', 'kit', 'gear', 'setup', 'buy', 'budget'],
    angles: [
      {
        title: (w) => `The ${w.subject} kit I would buy again`,
        angle: (w) =>
          `An honest tour of ${w.subject} tools for ${w.audience}: what earned its place, what gathered dust, and the cheapest thing that works.`,
        hooks: (w) => [
          `I have wasted money on ${w.subject} gear so you don't have to.`,
          `${w.count} ${w.subject} tools: keep, skip, or upgrade later.`,
        ],
      },
      {
        title: (w) => `${w.subject} on a budget: the minimum setup`,
        angle: (w) =>
          `The smallest, cheapest setup that still gets good ${w.subject} results, priced out for ${w.audience}.`,
        hooks: (w) => [
          `You don't need expensive gear for ${w.subject}. Here is the minimum.`,
          `A whole ${w.subject} setup for less than you think.`,
        ],
      },
    ],
  },
  {
    id: 'case-study',
    label: 'a case study',
    goals: ['authority', 'leads', 'sales'],
    formats: ['long-form', 'thread', 'carousel'],
    cues: ['result', 'case', 'before', 'after', 'study'],
    angles: [
      {
        title: (w) => `What happened when I changed one thing in my ${w.subject}`,
        angle: (w) =>
          `A before-and-after: one change to ${w.subject}, the result, and whether ${w.audience} should copy it.`,
        hooks: (w) => [
          `I changed one thing about my ${w.subject}. The difference surprised me.`,
          `Before and after: one ${w.subject} change, real results.`,
        ],
      },
      {
        title: (w) => `One ${w.subject} result, taken apart`,
        angle: (w) =>
          `Take one good ${w.subject} result apart, decision by decision, so ${w.audience} can see what made it work.`,
        hooks: (w) => [
          `This ${w.subject} result didn't happen by accident. Let's take it apart.`,
          `Every decision behind one ${w.subject} result, explained.`,
        ],
      },
    ],
  },
  {
    id: 'hot-take',
    label: 'a contrarian take',
    goals: ['engagement', 'awareness'],
    formats: ['short', 'thread'],
    cues: ['unpopular', 'opinion', 'overrate', 'disagree', 'stop'],
    angles: [
      {
        title: (w) => `Unpopular opinion: ${w.who} overthink ${w.subject}`,
        angle: (w) =>
          `A contrarian case that most ${w.subject} advice makes it harder than it is, and the simpler rule that beats it for ${w.audience}.`,
        hooks: (w) => [
          `Unpopular opinion: you are overthinking ${w.subject}.`,
          `Hot take: most ${w.subject} advice makes things harder than they need to be.`,
        ],
      },
      {
        title: (w) => `The ${w.subject} advice I stopped following`,
        angle: (w) =>
          `Popular ${w.subject} advice I tried and dropped, why it failed, and what replaced it, for ${w.audience}.`,
        hooks: (w) => [
          `I stopped following this popular ${w.subject} advice. Here is why.`,
          `Everyone recommends this for ${w.subject}. I disagree.`,
        ],
      },
    ],
  },
  {
    id: 'checklist',
    label: 'a checklist',
    goals: ['leads', 'traffic'],
    formats: ['carousel', 'long-form'],
    cues: ['checklist', 'template', 'worksheet', 'download'],
    angles: [
      {
        title: (w) => `The ${w.subject} checklist for ${w.who}`,
        angle: (w) =>
          `A save-worthy ${w.count}-point ${w.subject} checklist ${w.audience} can use every time, with a printable version to offer.`,
        hooks: (w) => [
          `Save this ${w.subject} checklist. You will use it every time.`,
          `Run through these ${w.count} checks before your next ${w.subject} session.`,
        ],
      },
      {
        title: (w) => `A ${w.subject} template you can copy`,
        angle: (w) =>
          `A fill-in-the-blanks ${w.subject} template: one worked example, then the blank version for ${w.audience} to take.`,
        hooks: (w) => [`Steal my ${w.subject} template.`, `Copy this ${w.subject} template and fill in the blanks.`],
      },
    ],
  },
  {
    id: 'q-and-a',
    label: 'a Q&A',
    goals: ['community', 'engagement'],
    formats: ['short', 'thread', 'long-form'],
    cues: ['question', 'answer', 'ask', 'faq'],
    angles: [
      {
        title: (w) => `${w.who} ask me about ${w.subject}: ${w.count} answers`,
        angle: (w) =>
          `The ${w.count} questions ${w.audience} ask most about ${w.subject}, each answered in a sentence or two.`,
        hooks: (w) => [
          `The ${w.subject} question I get asked most, answered.`,
          `You asked about ${w.subject}. Here are ${w.count} straight answers.`,
        ],
      },
      {
        title: (w) => `Ask me anything about ${w.subject}`,
        angle: (w) =>
          `An open Q&A on ${w.subject}: invite questions from ${w.audience}, answer the best ones, and turn the rest into future posts.`,
        hooks: (w) => [
          `Ask me anything about ${w.subject}. I will answer the best questions.`,
          `Drop your ${w.subject} questions. The best ones get their own post.`,
        ],
      },
    ],
  },
  {
    id: 'comparison',
    label: 'a comparison',
    goals: ['sales', 'traffic'],
    formats: ['long-form', 'short', 'carousel'],
    cues: ['versus', 'vs', 'compare', 'comparison', 'rank', 'cheap', 'expensive'],
    angles: [
      {
        title: (w) => `Cheap vs expensive ${w.subject}: is it worth it?`,
        angle: (w) =>
          `The budget way and the premium way to do ${w.subject}, side by side, and the point where paying more stops paying off for ${w.audience}.`,
        hooks: (w) => [
          `Cheap ${w.subject} versus expensive ${w.subject}. Can you tell the difference?`,
          `Is expensive ${w.subject} actually worth it? Let's compare.`,
        ],
      },
      {
        title: (w) => `${w.count} ways to do ${w.subject}, ranked`,
        angle: (w) =>
          `The common approaches to ${w.subject}, ranked from easiest to most rewarding, with who each one suits among ${w.audience}.`,
        hooks: (w) => [
          `I ranked every way to do ${w.subject}. The top one surprised me.`,
          `${w.count} approaches to ${w.subject}, from worst to best.`,
        ],
      },
    ],
  },
  {
    id: 'explainer',
    label: 'an explainer',
    goals: ['authority', 'traffic'],
    formats: ['long-form', 'thread', 'carousel'],
    cues: ['explain', 'science', 'why', 'understand', 'work'],
    angles: [
      {
        title: (w) => `${w.subject}, explained properly`,
        angle: (w) =>
          `A clear, complete explanation of how ${w.subject} works, built up from first principles for ${w.audience}.`,
        hooks: (w) => [
          `Let's finally explain ${w.subject} properly.`,
          `How ${w.subject} actually works, from the ground up.`,
        ],
      },
      {
        title: (w) => `The science behind ${w.subject}`,
        angle: (w) =>
          `Why the key steps of ${w.subject} work the way they do, so ${w.audience} can fix problems instead of guessing.`,
        hooks: (w) => [
          `There is a reason ${w.subject} works the way it does.`,
          `Understand the why behind ${w.subject}, and the how gets easy.`,
        ],
      },
    ],
  },
  {
    id: 'challenge',
    label: 'a challenge',
    goals: ['community', 'followers', 'engagement'],
    formats: ['short', 'carousel'],
    cues: ['challenge', 'try', 'experiment', 'join'],
    angles: [
      {
        title: (w) => `A ${w.count}-day ${w.subject} challenge`,
        angle: (w) =>
          `A ${w.count}-day challenge for ${w.audience}: one small ${w.subject} task a day, posted as a series people can join.`,
        hooks: (w) => [
          `Join me for a ${w.count}-day ${w.subject} challenge.`,
          `Day 1 of ${w.count}: let's get better at ${w.subject} together.`,
        ],
      },
      {
        title: (w) => `I tried ${w.subject} every day for a week`,
        angle: (w) =>
          `A week-long ${w.subject} experiment: the daily log, what changed, and whether it is worth it for ${w.audience}.`,
        hooks: (w) => [
          `I tried ${w.subject} every day for a week. Here is what happened.`,
          `Seven days of ${w.subject}: the honest results.`,
        ],
      },
    ],
  },
  {
    id: 'story',
    label: 'a personal story',
    goals: ['community', 'followers'],
    formats: ['short', 'long-form', 'thread'],
    cues: ['story', 'journey', 'life', 'origin', 'almost'],
    angles: [
      {
        title: (w) => `How I got into ${w.subject}`,
        angle: (w) =>
          `How I started with ${w.subject}: the first attempt, the turning point, and what it taught me about helping ${w.audience}.`,
        hooks: (w) => [
          `I almost gave up on ${w.subject}. Here is what changed.`,
          `My first try at ${w.subject} was a disaster.`,
        ],
      },
      {
        title: (w) => `Where ${w.subject} fits in a normal day`,
        angle: (w) =>
          `A day in the life: where ${w.subject} fits in an ordinary day, shown honestly for ${w.audience}.`,
        hooks: (w) => [
          `Here is where ${w.subject} actually fits in my day.`,
          `A real day with ${w.subject}, not the highlight reel.`,
        ],
      },
    ],
  },
  {
    id: 'quick-wins',
    label: 'a set of quick wins',
    goals: ['engagement', 'followers'],
    formats: ['short', 'carousel', 'thread'],
    cues: ['quick', 'win', 'habit', 'hack', 'easy'],
    angles: [
      {
        title: (w) => `${w.count} quick ${w.subject} wins for this week`,
        angle: (w) =>
          `${w.count} small ${w.subject} improvements ${w.audience} can make this week, each under ten minutes.`,
        hooks: (w) => [
          `${w.count} ${w.subject} wins you can get this week.`,
          `Ten minutes each: ${w.count} quick fixes for your ${w.subject}.`,
        ],
      },
      {
        title: (w) => `The one ${w.subject} habit that changed everything`,
        angle: (w) => `One small ${w.subject} habit, why it compounds, and how ${w.audience} can start it today.`,
        hooks: (w) => [
          `One ${w.subject} habit made the biggest difference for me.`,
          `If you only change one thing about your ${w.subject}, make it this.`,
        ],
      },
    ],
  },
  {
    id: 'glossary',
    label: 'a plain-words guide',
    goals: ['awareness', 'authority', 'traffic'],
    formats: ['carousel', 'thread'],
    cues: ['term', 'jargon', 'word', 'glossary', 'rule'],
    angles: [
      {
        title: (w) => `${w.count} ${w.subject} terms every beginner should know`,
        angle: (w) =>
          `The ${w.count} ${w.subject} terms ${w.audience} keep hearing, each explained in plain words with an example.`,
        hooks: (w) => [
          `${w.count} ${w.subject} words, finally explained.`,
          `Confused by ${w.subject} jargon? Start with these ${w.count} terms.`,
        ],
      },
      {
        title: (w) => `${w.count} ${w.subject} rules of thumb`,
        angle: (w) =>
          `The rules of thumb experienced people follow for ${w.subject} without thinking, made explicit for ${w.audience}.`,
        hooks: (w) => [
          `Experienced people follow these ${w.subject} rules without thinking.`,
          `${w.count} rules of thumb for ${w.subject} that save you hours.`,
        ],
      },
    ],
  },
  {
    id: 'troubleshooting',
    label: 'a troubleshooting guide',
    goals: ['traffic', 'authority', 'leads'],
    formats: ['long-form', 'short'],
    cues: ['fix', 'problem', 'fail', 'troubleshoot', 'broken'],
    angles: [
      {
        title: (w) => `Why your ${w.subject} is not working, and how to fix it`,
        angle: (w) =>
          `A troubleshooting guide: the symptoms ${w.audience} notice in ${w.subject}, the likely cause of each, and the fix.`,
        hooks: (w) => [
          `${w.subject} not working? It is usually one of these.`,
          `If your ${w.subject} keeps failing, check this first.`,
        ],
      },
      {
        title: (w) => `Rescuing a ${w.subject} fail, step by step`,
        angle: (w) =>
          `Take a real ${w.subject} failure, diagnose it on camera, and fix it step by step for ${w.audience}.`,
        hooks: (w) => [
          `This ${w.subject} went wrong. Let's fix it together.`,
          `Watch a failed ${w.subject} get rescued, step by step.`,
        ],
      },
    ],
  },
  {
    id: 'review',
    label: 'a review',
    goals: ['engagement', 'awareness'],
    formats: ['short', 'long-form'],
    cues: ['review', 'rate', 'rating', 'test', 'tested'],
    angles: [
      {
        title: (w) => `Reviewing my first ${w.subject} attempt`,
        angle: (w) =>
          `Look back at an early ${w.subject} attempt with what I know now: what was wrong, what was right, and the lesson for ${w.audience}.`,
        hooks: (w) => [
          `I found my very first ${w.subject} attempt. Let's review it.`,
          `Rating my old ${w.subject} work, brutally honestly.`,
        ],
      },
      {
        title: (w) => `Rating popular ${w.subject} tips`,
        angle: (w) => `Popular ${w.subject} tips from around the internet, each tried and rated for ${w.audience}.`,
        hooks: (w) => [
          `I tested the most popular ${w.subject} tips. Most failed.`,
          `Popular ${w.subject} tips, rated out of ten.`,
        ],
      },
    ],
  },
  {
    id: 'community',
    label: 'a community post',
    goals: ['community', 'engagement'],
    formats: ['carousel', 'short'],
    cues: ['community', 'vote', 'spotlight', 'feature', 'you'],
    angles: [
      {
        title: (w) => `Your ${w.subject} wins, featured`,
        angle: (w) =>
          `Feature followers' ${w.subject} results, with permission: what each did, and the lesson in it for ${w.audience}.`,
        hooks: (w) => [
          `You sent me your ${w.subject} results. These blew me away.`,
          `Community spotlight: the best ${w.subject} results this month.`,
        ],
      },
      {
        title: (w) => `You pick my next ${w.subject} experiment`,
        angle: (w) =>
          `Let ${w.audience} vote on the next ${w.subject} experiment, then post the result as a follow-up.`,
        hooks: (w) => [
          `You pick my next ${w.subject} experiment.`,
          `Vote below: what should I try next with ${w.subject}?`,
        ],
      },
    ],
  },
];
