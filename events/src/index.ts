export const EVENT_SOURCE_PREFIX = 'contentflow.';
