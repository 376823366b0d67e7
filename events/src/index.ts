export { EVENT_CATALOG, findEventDefinition } from './catalog.ts';
export { type CancelJobCommandV1, cancelJobCommandV1 } from './commands/cancel-job.command.v1.ts';
export { type JobCommand, jobCommandSchema } from './commands/job-command.ts';
export { type StartJobCommandV1, startJobCommandV1 } from './commands/start-job.command.v1.ts';
export { type ContentGeneratedV1Data, contentGeneratedV1, PROVIDERS } from './content/content-generated.v1.ts';
export {
  type AnyEventDefinition,
  type CreateEventInput,
  type DetailType,
  defineEvent,
  type EventData,
  type EventDataInput,
  type EventDefinition,
  type EventDefinitionSpec,
  type EventDetail,
  type EventEntry,
  type EventEntryOf,
  type EventPattern,
  type EventPatternFields,
  type EventPatternFilter,
  MAX_EVENT_ENTRY_BYTES,
} from './define-event.ts';
export type { CausingEvent, EventMetadata } from './envelope.ts';
export {
  EventCausationError,
  EventDefinitionError,
  type EventIssue,
  EventSourceError,
  EventTooLargeError,
  EventValidationError,
} from './event-errors.ts';
export { newEventId } from './event-id.ts';
export { type JobCancelledV1Data, jobCancelledV1 } from './job/job-cancelled.v1.ts';
export { type JobCompletedV1Data, jobCompletedV1 } from './job/job-completed.v1.ts';
export { type JobFailedV1Data, jobFailedV1 } from './job/job-failed.v1.ts';
export { type JobProgressedV1Data, jobProgressedV1 } from './job/job-progressed.v1.ts';
export { type JobRequestedV1Data, jobRequestedV1, MAX_JOB_INPUT_BYTES } from './job/job-requested.v1.ts';
export { type JobStartedV1Data, jobStartedV1 } from './job/job-started.v1.ts';
export { eventJsonSchema, type JsonSchema, schemaFilePath } from './schema/json-schema.ts';
export {
  ENGINE_SOURCES,
  ENGINES,
  type Engine,
  type EngineSource,
  EVENT_SOURCE_PREFIX,
  type EventSource,
  JOBS_SOURCE,
  ORCHESTRATOR_JOB_RUNNER,
  ORCHESTRATOR_SOURCE,
} from './sources.ts';
export {
  type Caption,
  type CaptionsFile,
  captionListSchema,
  captionSchema,
  captionsFileSchema,
  MAX_CAPTION_WORDS,
} from './tasks/audio/audio-captions.ts';
export {
  AUDIO_FORMATS,
  AUDIO_MIME_TYPES,
  type AudioFormat,
  MAX_AUDIO_SECONDS,
  PEAK_CEILING_DBFS,
  TARGET_LOUDNESS_LUFS,
} from './tasks/audio/audio-fields.ts';
export {
  MAX_DUCK_DB,
  MIN_DUCK_DB,
  type MixInput,
  mixInputSchema,
  type ValidMixInput,
} from './tasks/audio/audio-mix.input.ts';
export { type MixOutput, mixOutputSchema } from './tasks/audio/audio-mix.output.ts';
export { audioMixTask } from './tasks/audio/audio-mix.task.ts';
export {
  DEFAULT_MUSIC_BPM,
  MAX_MUSIC_BPM,
  MAX_MUSIC_FADE_OUT_SECONDS,
  MIN_MUSIC_BPM,
  MIN_MUSIC_SECONDS,
  MUSIC_MOODS,
  type MusicInput,
  type MusicMood,
  musicInputSchema,
  type ValidMusicInput,
} from './tasks/audio/audio-music.input.ts';
export { type MusicOutput, musicOutputSchema } from './tasks/audio/audio-music.output.ts';
export { audioMusicTask } from './tasks/audio/audio-music.task.ts';
export { audioNarrationTask } from './tasks/audio/audio-narration.task.ts';
export {
  AUDIO_VOICES,
  type AudioVoice,
  MAX_NARRATION_CHARS,
  MAX_SPEECH_SPEED,
  MAX_VOICEOVER_CHARS,
  MIN_SPEECH_SPEED,
  type SpeechInput,
  type SpeechInputSchema,
  speechInputSchema,
  type ValidSpeechInput,
} from './tasks/audio/audio-speech.input.ts';
export { type SpeechOutput, speechOutputSchema } from './tasks/audio/audio-speech.output.ts';
export { audioVoiceoverTask } from './tasks/audio/audio-voiceover.task.ts';
export {
  type BrainstormInput,
  type BrainstormOutput,
  brainstormInputSchema,
  brainstormOutputSchema,
  creativeBrainstormTask,
  type IdeaVariant,
  MAX_VARIANT_NOTE_LENGTH,
  sourceIdeaSchema,
  VARIANT_CHANGES,
  type ValidBrainstormInput,
  type VariantChange,
  variantSchema,
} from './tasks/creative/creative-brainstorm.task.ts';
export {
  CONTENT_GOALS,
  type ContentGoal,
  contentGoalSchema,
  FORMAT_PLATFORMS,
  formatOnPlatformIssue,
  formatsOf,
  IDEA_FORMATS,
  type Idea,
  type IdeaFormat,
  ideaFormatSchema,
  ideaSchema,
  MAX_ANGLE_LENGTH,
  MAX_HOOK_LENGTH,
  MAX_IDEA_AUDIENCE_LENGTH,
  MAX_IDEA_TITLE_LENGTH,
  MAX_IDEAS,
  MAX_NICHE_LENGTH,
  MAX_WHY_NOW_LENGTH,
  postsFormat,
  SIGNATURE_FORMATS,
} from './tasks/creative/creative-fields.ts';
export {
  creativeIdeasTask,
  type IdeaPerformance,
  type IdeasInput,
  type IdeasOutput,
  ideasHistorySchema,
  ideasInputSchema,
  ideasOutputSchema,
  performanceSchema,
  type ValidIdeasInput,
} from './tasks/creative/creative-ideas.task.ts';
export {
  creativeSeriesTask,
  MAX_BEAT_LENGTH,
  MAX_BEATS,
  MAX_SERIES_PARTS,
  MAX_SUBTOPIC_LENGTH,
  MAX_TEASER_LENGTH,
  MAX_THEME_LENGTH,
  MIN_BEATS,
  MIN_SERIES_PARTS,
  SERIES_CADENCES,
  type SeriesCadence,
  type SeriesInput,
  type SeriesOutput,
  type SeriesPart,
  seriesCadenceSchema,
  seriesInputSchema,
  seriesOutputSchema,
  seriesPartSchema,
  type ValidSeriesInput,
} from './tasks/creative/creative-series.task.ts';
export {
  defineTask,
  type TaskContract,
  type TaskContractSpec,
  type TaskInput,
  type TaskOutput,
} from './tasks/define-task.ts';
export {
  type BrandKit,
  brandKitSchema,
  displayTextSchema,
  IMAGE_FONT_FAMILIES,
  IMAGE_FORMATS,
  IMAGE_MIME_TYPES,
  IMAGE_TEMPLATES,
  type ImageFontFamily,
  type ImageFormat,
  type ImageTemplate,
  MAX_BACKGROUND_PROMPT_LENGTH,
  MAX_QUOTE_LENGTH,
  MAX_SUBTITLE_LENGTH,
  MAX_TITLE_LENGTH,
} from './tasks/image/image-fields.ts';
export {
  type GraphicInput,
  type GraphicOutput,
  graphicInputSchema,
  graphicOutputSchema,
  imageGraphicTask,
  MAX_SLIDES,
  type ValidGraphicInput,
} from './tasks/image/image-graphic.task.ts';
export {
  imagePosterTask,
  POSTER_SIZES,
  type PosterInput,
  type PosterSize,
  posterInputSchema,
  type ValidPosterInput,
} from './tasks/image/image-poster.task.ts';
export {
  type FittedTextInfo,
  fittedTextSchema,
  type RenderedImageInfo,
  renderedImageSchema,
  safeAreaSchema,
} from './tasks/image/image-render.output.ts';
export {
  imageThumbnailTask,
  type ThumbnailInput,
  thumbnailInputSchema,
  type ValidThumbnailInput,
} from './tasks/image/image-thumbnail.task.ts';
export { findTask, TASK_CATALOG } from './tasks/task-catalog.ts';
export {
  type AnalyzeTextInput,
  analyzeTextInputSchema,
  MAX_KEYWORD_LENGTH,
  MAX_META_DESCRIPTION_LENGTH,
  MAX_PAGE_TITLE_LENGTH,
  MAX_TEXT_LENGTH,
  TEXT_FORMATS,
  type TextFormat,
  textFormatSchema,
  type ValidAnalyzeTextInput,
} from './tasks/text/text-analyze.input.ts';
export {
  type AnalyzeTextOutput,
  analyzeTextOutputSchema,
  ENTITY_TYPES,
  type EntityType,
  type FocusKeyword,
  type Heading,
  type Keyphrase,
  type Keyword,
  type KeywordPosition,
  LONG_SENTENCE_WORDS,
  MAX_WORD_LENGTH,
  type NamedEntity,
  type PassivePhrase,
  READING_WORDS_PER_MINUTE,
  type Readability,
  type ReadingTime,
  SENTIMENT_LABELS,
  type SentenceSpan,
  type Sentiment,
  type SentimentLabel,
  type TextCounts,
  type TextStyle,
} from './tasks/text/text-analyze.output.ts';
export { textAnalyzeTask } from './tasks/text/text-analyze.task.ts';
export {
  type CaptionsInput,
  type CaptionsOutput,
  captionsInputSchema,
  captionsOutputSchema,
  textCaptionsTask,
  type ValidCaptionsInput,
} from './tasks/text/text-captions.task.ts';
export {
  type DescriptionInput,
  type DescriptionOutput,
  descriptionInputSchema,
  descriptionOutputSchema,
  MAX_CHAPTERS,
  MAX_YOUTUBE_DESCRIPTION_LENGTH,
  MIN_CHAPTER_SECONDS,
  MIN_CHAPTERS,
  textDescriptionTask,
  type ValidDescriptionInput,
} from './tasks/text/text-description.task.ts';
export {
  audienceSchema,
  callToActionSchema,
  copySourceFields,
  type GeneratedBy,
  generatedBySchema,
  generationFields,
  keywordListSchema,
  MAX_AUDIENCE_LENGTH,
  MAX_CALL_TO_ACTION_LENGTH,
  MAX_KEYWORDS,
  MAX_TOPIC_LENGTH,
  phraseSchema,
  sourceTextSchema,
  type TextScores,
  TONES,
  type TokenUsageOutput,
  type Tone,
  textScoresSchema,
  tokenUsageSchema,
  toneSchema,
  topicSchema,
} from './tasks/text/text-fields.ts';
export {
  HASHTAG_SOURCES,
  type HashtagsInput,
  type HashtagsOutput,
  hashtagsInputSchema,
  hashtagsOutputSchema,
  textHashtagsTask,
  type ValidHashtagsInput,
} from './tasks/text/text-hashtags.task.ts';
export {
  hashtagSchema,
  PLATFORM_LIMITS,
  type PlatformLimits,
  SOCIAL_PLATFORMS,
  type SocialPlatform,
  socialPlatformSchema,
} from './tasks/text/text-platforms.ts';
export {
  MAX_REWRITE_LENGTH,
  MAX_TARGET_GRADE,
  MIN_TARGET_GRADE,
  REWRITE_LENGTHS,
  type RewriteInput,
  type RewriteOutput,
  rewriteInputSchema,
  rewriteOutputSchema,
  textRewriteTask,
  type ValidRewriteInput,
} from './tasks/text/text-rewrite.task.ts';
export {
  MAX_SCRIPT_BEAT_LENGTH,
  MAX_SCRIPT_BEATS,
  MAX_SCRIPT_CTA_LENGTH,
  MAX_SCRIPT_HEADLINE_LENGTH,
  MAX_SCRIPT_HOOK_LENGTH,
  SCRIPT_LENGTHS,
  SCRIPT_PARTS,
  type ScriptCaptionChunk,
  type ScriptLength,
  SPEAKING_WORDS_PER_MINUTE,
  type SpokenScript,
  scriptCaptionChunkSchema,
  spokenScriptSchema,
  type TextScriptOutput,
  textScriptOutputSchema,
} from './tasks/text/text-script.output.ts';
export {
  type ScriptInput,
  scriptInputSchema,
  textScriptTask,
  type ValidScriptInput,
} from './tasks/text/text-script.task.ts';
export {
  META_DESCRIPTION_RANGE,
  SEO_CHECK_IDS,
  SEO_CHECK_STATUSES,
  type Seo,
  type SeoCheck,
  type SeoCheckId,
  type SeoCheckStatus,
  seoSchema,
  TITLE_LENGTH_RANGE,
} from './tasks/text/text-seo.output.ts';
export {
  MAX_SUMMARY_SENTENCE_LENGTH,
  SUMMARY_LENGTHS,
  SUMMARY_STYLES,
  type SummarizeInput,
  type SummarizeOutput,
  type SummaryLength,
  summarizeInputSchema,
  summarizeOutputSchema,
  textSummarizeTask,
  type ValidSummarizeInput,
} from './tasks/text/text-summarize.task.ts';
export {
  MAX_GENERATED_TITLE_LENGTH,
  MAX_TITLE_COUNT,
  TITLE_CHECK_IDS,
  TITLE_STYLES,
  type TitleStyle,
  type TitlesInput,
  type TitlesOutput,
  textTitlesTask,
  titlesInputSchema,
  titlesOutputSchema,
  type ValidTitlesInput,
} from './tasks/text/text-titles.task.ts';
export {
  ARTICLE_FORMATS,
  ARTICLE_LENGTHS,
  type ArticleFormat,
  type ArticleLength,
  MAX_ARTICLE_LENGTH,
  MAX_ARTICLE_TITLE_LENGTH,
  textWriteTask,
  type ValidWriteInput,
  type WriteInput,
  type WriteOutput,
  writeInputSchema,
  writeOutputSchema,
} from './tasks/text/text-write.task.ts';
export {
  type ExplainerInput,
  type ExplainerScene,
  explainerInputSchema,
  MAX_EXPLAINER_SECONDS,
  sceneNarration,
  type ValidExplainerInput,
} from './tasks/video/video-explainer.input.ts';
export { type ExplainerOutput, explainerOutputSchema } from './tasks/video/video-explainer.output.ts';
export { videoExplainerTask } from './tasks/video/video-explainer.task.ts';
export {
  EXPLAINER_VIDEO_SIZE,
  MUSIC_CHOICES,
  type MusicChoice,
  SHORT_VIDEO_SIZE,
  VIDEO_FPS,
  VIDEO_STYLES,
  type VideoStyle,
} from './tasks/video/video-fields.ts';
export {
  SHORT_VIDEO_LENGTHS,
  type ShortInput,
  type ShortScript,
  type ShortVideoLength,
  shortInputSchema,
  shortScriptSchema,
  type ValidShortInput,
} from './tasks/video/video-short.input.ts';
export { type ShortOutput, shortOutputSchema } from './tasks/video/video-short.output.ts';
export { videoShortTask } from './tasks/video/video-short.task.ts';
export {
  type ArticleRequest,
  articlePackageWorkflow,
  articleRequestSchema,
} from './workflow/contracts/article-package.workflow.ts';
export {
  defineWorkflow,
  type WorkflowContract,
  type WorkflowContractSpec,
  type WorkflowRequest,
} from './workflow/contracts/define-workflow.ts';
export {
  type ExplainerRequest,
  explainerPackageWorkflow,
  explainerRequestSchema,
  explainerScriptSchema,
} from './workflow/contracts/explainer-package.workflow.ts';
export {
  type ShortVideoRequest,
  shortVideoPackageWorkflow,
  shortVideoRequestSchema,
} from './workflow/contracts/short-video-package.workflow.ts';
export { findWorkflowContract, WORKFLOW_CATALOG } from './workflow/contracts/workflow-catalog.ts';
export {
  type PackageCompletedV1Data,
  type PackageStep,
  packageCompletedV1,
  packageStepSchema,
} from './workflow/package-completed.v1.ts';
export { type WorkflowRequestedV1Data, workflowRequestedV1 } from './workflow/workflow-requested.v1.ts';
