import type { z } from 'zod';
import { type CausingEvent, detailSchema } from './envelope.ts';
import {
  EventCausationError,
  EventDefinitionError,
  EventSourceError,
  EventTooLargeError,
  EventValidationError,
} from './event-errors.ts';
import { newEventId } from './event-id.ts';
import { EVENT_SOURCE_PREFIX, type EventSource } from './sources.ts';

/** EventBridge's PutEvents limit for one entry (source + detail-type + detail, UTF-8). */
export const MAX_EVENT_ENTRY_BYTES = 256 * 1024;

/** `<Entity>.<PastTense>`, e.g. `Job.Requested`; stable across versions. */
export type DetailType = `${string}.${string}`;

export interface EventDefinitionSpec<
  S extends EventSource,
  T extends DetailType,
  V extends string,
  D extends z.ZodObject,
> {
  /** The producing service's source, or every source allowed to publish it (producers then name theirs on create). */
  readonly source: S | readonly S[];
  readonly detailType: T;
  /** Major version, `'1'`, `'2'`…: bumped only by a breaking change, as a new module beside the old one. */
  readonly version: V;
  /** What the event means, for the catalog and the JSON Schema. */
  readonly description: string;
  /** Who publishes it, in words, for the catalog. */
  readonly producer: string;
  readonly data: D;
}

/** Nested EventBridge pattern fields: arrays of matchers at the leaves. */
export interface EventPatternFields {
  readonly [field: string]: readonly unknown[] | EventPatternFields;
}

/** A type alias, not an interface, so a pattern is also assignable where any `EventPatternFields` is expected. */
export type EventPattern = {
  readonly source: readonly string[];
  readonly 'detail-type': readonly string[];
  readonly detail: EventPatternFields;
};

/** Extra detail filters for `pattern()`; the version matcher is always added and cannot be overridden. */
export interface EventPatternFilter {
  readonly data?: EventPatternFields;
  readonly metadata?: EventPatternFields;
}

/** Shaped like a PutEvents entry (before `Detail` is serialised): what the event bus ports accept. */
export interface EventEntry<S extends string, T extends string, Detail> {
  readonly source: S;
  readonly detailType: T;
  readonly detail: Detail;
}

type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;

/** A single-source event stamps its source itself; a multi-source one needs the producer to say which it is. */
type SourceInput<S extends string> = [IsUnion<S>] extends [false] ? { readonly source?: S } : { readonly source: S };

/** Either start a new flow (optionally joining a known correlation id) or continue the flow of a causing event. */
type CausationInput =
  | { readonly causedBy: CausingEvent; readonly correlationId?: never }
  | { readonly causedBy?: never; readonly correlationId?: string };

export type CreateEventInput<S extends string, D extends z.ZodObject> = {
  readonly data: z.input<D>;
  readonly tenantId: string;
} & CausationInput &
  SourceInput<S>;

type DetailSchema<V extends string, D extends z.ZodObject> = ReturnType<typeof detailSchema<V, D>>;

export interface EventDefinition<S extends EventSource, T extends DetailType, V extends string, D extends z.ZodObject> {
  /** `Job.Requested v1`: how errors and the catalog name this event version. */
  readonly name: string;
  readonly sources: readonly S[];
  readonly detailType: T;
  readonly version: V;
  readonly description: string;
  readonly producer: string;
  readonly dataSchema: D;
  readonly detailSchema: DetailSchema<V, D>;
  /** Validates `data`, stamps metadata, checks the size limit; throws `EventValidationError`/`EventTooLargeError`. */
  create(input: CreateEventInput<S, D>): EventEntry<S, T, z.output<DetailSchema<V, D>>>;
  /** Validates a received detail (envelope and data); throws `EventValidationError`. */
  parse(detail: unknown): z.output<DetailSchema<V, D>>;
  /** The EventBridge pattern for exactly this event version, narrowed by optional detail filters. */
  pattern(filter?: EventPatternFilter): EventPattern;
}

export type AnyEventDefinition = EventDefinition<EventSource, DetailType, string, z.ZodObject>;
export type EventData<E extends AnyEventDefinition> = z.output<E['dataSchema']>;
/** What producers pass as `data` (before defaults and transforms). */
export type EventDataInput<E extends AnyEventDefinition> = z.input<E['dataSchema']>;
export type EventDetail<E extends AnyEventDefinition> = z.output<E['detailSchema']>;
export type EventEntryOf<E extends AnyEventDefinition> = ReturnType<E['create']>;

/** The create input as the implementation reads it; the public type only adds compile-time exclusivity. */
interface CreateFields {
  readonly data: unknown;
  readonly tenantId: string;
  readonly causedBy?: CausingEvent;
  readonly correlationId?: string;
  readonly source?: string;
}

const DETAIL_TYPE_PATTERN = /^[A-Z][A-Za-z0-9]*\.[A-Z][A-Za-z0-9]*$/;
const VERSION_PATTERN = /^[1-9][0-9]*$/;
const SOURCE_PATTERN = new RegExp(`^${EVENT_SOURCE_PREFIX.replace('.', '\\.')}[a-z][a-z0-9-]*$`);
const utf8 = new TextEncoder();

/**
 * Defines one version of one event (in the style of SST's event builder): the zod `data` schema gives
 * both the runtime check and the static types of the detail producers create and consumers parse.
 */
export function defineEvent<S extends EventSource, T extends DetailType, V extends string, D extends z.ZodObject>(
  spec: EventDefinitionSpec<S, T, V, D>,
): EventDefinition<S, T, V, D> {
  const sources: readonly S[] = typeof spec.source === 'string' ? [spec.source] : [...spec.source];
  const name = `${spec.detailType} v${spec.version}`;
  assertNamingRules(name, spec, sources);
  const schema = detailSchema(spec.version, spec.data);

  const validate = (candidate: unknown): z.output<DetailSchema<V, D>> => {
    const result = schema.safeParse(candidate);
    if (!result.success) throw new EventValidationError(name, result.error.issues);
    return result.data;
  };

  const resolveSource = (requested: string | undefined): S => {
    if (requested === undefined) {
      if (sources.length === 1) return sources[0]!;
      throw new EventSourceError(`${name} has several producers; pass source (one of ${sources.join(', ')})`);
    }
    const allowed = sources.find((source) => source === requested);
    if (allowed === undefined) {
      throw new EventSourceError(`${name} cannot come from ${requested}; allowed: ${sources.join(', ')}`);
    }
    return allowed;
  };

  return {
    name,
    sources,
    detailType: spec.detailType,
    version: spec.version,
    description: spec.description,
    producer: spec.producer,
    dataSchema: spec.data,
    detailSchema: schema,

    create(input) {
      const fields: CreateFields = input;
      const source = resolveSource(fields.source);
      const { causedBy } = fields;
      if (causedBy !== undefined && causedBy.tenantId !== fields.tenantId) {
        throw new EventCausationError(
          `${name} for tenant ${fields.tenantId} cannot be caused by event ${causedBy.id} of tenant ${causedBy.tenantId}`,
        );
      }
      const id = newEventId();
      const detail = validate({
        metadata: {
          version: spec.version,
          id,
          // The first event of a flow starts the correlation unless the caller already has one (e.g. a job id).
          correlationId: causedBy?.correlationId ?? fields.correlationId ?? id,
          causationId: causedBy?.id ?? null,
          tenantId: fields.tenantId,
          occurredAt: new Date().toISOString(),
        },
        data: fields.data,
      });
      const bytes =
        utf8.encode(source).byteLength +
        utf8.encode(spec.detailType).byteLength +
        utf8.encode(JSON.stringify(detail)).byteLength;
      if (bytes > MAX_EVENT_ENTRY_BYTES) throw new EventTooLargeError(name, bytes, MAX_EVENT_ENTRY_BYTES);
      return { source, detailType: spec.detailType, detail };
    },

    parse: validate,

    pattern(filter = {}) {
      return {
        source: [...sources],
        'detail-type': [spec.detailType],
        detail: { ...filter, metadata: { ...filter.metadata, version: [spec.version] } },
      };
    },
  };
}

function assertNamingRules(
  name: string,
  spec: { readonly detailType: string; readonly version: string },
  sources: readonly string[],
): void {
  if (!DETAIL_TYPE_PATTERN.test(spec.detailType)) {
    throw new EventDefinitionError(`${name}: detail-type must be <Entity>.<PastTense>, e.g. Job.Requested`);
  }
  if (!VERSION_PATTERN.test(spec.version)) {
    throw new EventDefinitionError(`${name}: version must be a positive integer string, e.g. '1'`);
  }
  if (sources.length === 0) throw new EventDefinitionError(`${name}: at least one source is required`);
  const misnamed = sources.filter((source) => !SOURCE_PATTERN.test(source));
  if (misnamed.length > 0) {
    throw new EventDefinitionError(`${name}: sources must be ${EVENT_SOURCE_PREFIX}<service>: ${misnamed.join(', ')}`);
  }
}
