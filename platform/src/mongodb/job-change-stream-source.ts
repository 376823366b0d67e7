import {
  type ChangeStreamInsertDocument,
  type ChangeStreamReplaceDocument,
  type ChangeStreamUpdateDocument,
  type Collection,
  MongoServerError,
  type ResumeToken,
} from 'mongodb';
import type { JobDocument } from './documents.ts';

/** One write to the jobs collection: where to resume after it, and the job as it now is. */
export interface JobDocumentChange {
  resumeToken: ResumeToken;
  /** Null when the job was deleted before its update could be looked up. */
  document: JobDocument | null;
}

/** An open stream of job changes; closing it ends the iteration. */
export interface JobChangeStream extends AsyncIterable<JobDocumentChange> {
  close(): Promise<void>;
}

/** Where MongoJobChangeFeed gets its changes: the jobs collection's change stream, or a stand-in in tests. */
export interface JobChangeStreamSource {
  /** Resolves once the stream is started, so every change from then on is delivered (after `resumeAfter` if given). */
  open(resumeAfter: ResumeToken | undefined): Promise<JobChangeStream>;
  /** Whether `error` means the changes after the resume token are gone (the oplog moved on): resume from now instead. */
  isResumePointLost(error: unknown): boolean;
}

type JobWrite =
  | ChangeStreamInsertDocument<JobDocument>
  | ChangeStreamUpdateDocument<JobDocument>
  | ChangeStreamReplaceDocument<JobDocument>;

const JOB_WRITES = [{ $match: { operationType: { $in: ['insert', 'update', 'replace'] } } }];

/** ChangeStreamHistoryLost, and ChangeStreamFatalError, which older servers report for the same. */
const RESUME_POINT_LOST_CODES: ReadonlySet<unknown> = new Set([280, 286]);

/** Whether the server says the changes after a resume token are gone, so the stream can only start afresh. */
export function isResumePointLost(error: unknown): boolean {
  return error instanceof MongoServerError && RESUME_POINT_LOST_CODES.has(error.code);
}

function toChange(write: JobWrite): JobDocumentChange {
  return { resumeToken: write._id, document: write.fullDocument ?? null };
}

/** The jobs collection's change stream. The server needs a replica set (Atlas clusters are one) to offer it. */
export function jobsChangeStreamSource(jobs: Collection<JobDocument>): JobChangeStreamSource {
  return {
    async open(resumeAfter) {
      const stream = jobs.watch<JobDocument, JobWrite>(JOB_WRITES, {
        fullDocument: 'updateLookup',
        ...(resumeAfter === undefined ? {} : { resumeAfter }),
      });
      // The server starts a change stream at its first request for changes: made here, not at the first read.
      let first: JobWrite | null;
      try {
        first = await stream.tryNext();
      } catch (error) {
        await stream.close();
        throw error;
      }
      return {
        close: () => stream.close(),
        async *[Symbol.asyncIterator]() {
          if (first !== null) yield toChange(first);
          for await (const write of stream) yield toChange(write);
        },
      };
    },
    isResumePointLost,
  };
}
