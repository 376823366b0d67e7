export {
  type BrainstormInput,
  type BrainstormOutput,
  creativeBrainstormTask,
  creativeIdeasTask,
  creativeSeriesTask,
  type Idea,
  type IdeasInput,
  type IdeasOutput,
  type IdeaVariant,
  type SeriesInput,
  type SeriesOutput,
} from '@contentflow/events';
export { brainstormIdea } from './brainstorm/brainstorm-idea.ts';
export type { CreativeEngineDependencies } from './creative-dependencies.ts';
export { createCreativeEngine, creativeEngine } from './creative-engine.ts';
export type { ContentHistory, PastItem, PlatformEngagement } from './history/content-history.port.ts';
export { INTERACTION_METRICS, REACH_METRICS } from './history/engagement-metrics.ts';
export { type HistoryRepositories, RepositoryContentHistory } from './history/repository-content-history.ts';
export { HISTORY_RECORDS, suggestIdeas } from './ideas/suggest-ideas.ts';
export { creativeManifest } from './manifest.ts';
export { planSeries } from './series/plan-series.ts';
export { jaccard, NEAR_DUPLICATE_THRESHOLD } from './similarity/near-duplicates.ts';
