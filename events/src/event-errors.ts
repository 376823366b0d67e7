import type { z } from 'zod';

export interface EventIssue {
  /** Dotted path inside the detail, e.g. `data.blobs.0.key`; empty for the detail itself. */
  readonly path: string;
  readonly message: string;
}

/** A detail that does not satisfy its event's contract, on create (producer bug) or parse (foreign or stale event). */
export class EventValidationError extends Error {
  override readonly name = 'EventValidationError';
  readonly event: string;
  readonly issues: readonly EventIssue[];

  constructor(event: string, zodIssues: readonly z.core.$ZodIssue[]) {
    const issues = zodIssues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
    const listed = issues.map((issue) => `${issue.path || '(detail)'}: ${issue.message}`).join('; ');
    super(`Invalid ${event} detail: ${listed}`);
    this.event = event;
    this.issues = issues;
  }
}

/** EventBridge rejects entries over 256 KiB; payloads must reference blobs instead of carrying bytes. */
export class EventTooLargeError extends Error {
  override readonly name = 'EventTooLargeError';
  readonly event: string;
  readonly bytes: number;
  readonly limit: number;

  constructor(event: string, bytes: number, limit: number) {
    super(
      `${event} entry is ${bytes} bytes; EventBridge accepts at most ${limit}. ` +
        'Store large content in the blob store and put its key in the event.',
    );
    this.event = event;
    this.bytes = bytes;
    this.limit = limit;
  }
}

/** The producer named a source the definition does not allow, or none where several are allowed. */
export class EventSourceError extends Error {
  override readonly name = 'EventSourceError';
}

/** A causing event from another tenant: carrying its correlation across tenants would leak one tenant's trail into another's. */
export class EventCausationError extends Error {
  override readonly name = 'EventCausationError';
}

/** A definition that breaks the naming rules (`contentflow.<service>`, `<Entity>.<PastTense>`, numeric version). */
export class EventDefinitionError extends Error {
  override readonly name = 'EventDefinitionError';
}
