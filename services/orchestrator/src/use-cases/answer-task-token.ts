import { jobCompletedV1, jobFailedV1 } from '@contentflow/events';
import type { BlobStore, Content, ContentRepository, JsonObject } from '@contentflow/platform';
import type { TaskAnswer, WorkflowEngine } from '../ports/workflow-engine.port.ts';
import { ENGINE_ERRORS } from '../workflows/engine-step.ts';

export interface AnswerTaskTokenPorts {
  workflows: WorkflowEngine;
  content: ContentRepository;
  blobs: BlobStore;
}

/**
 * JSON results (a script, titles) and text results (an article) travel in the step output so later steps can use
 * them; bigger ones would crowd Step Functions' 256 KiB payload limit, and are left to be read by key.
 */
const MAX_INLINE_BYTES = 48 * 1024;

/** Text results travel as `{text}`, e.g. an article's Markdown that later steps analyse and promote. */
const INLINE_TEXT_TYPES = new Set(['text/markdown', 'text/plain']);

async function inlineResult(blobs: BlobStore, content: Content): Promise<JsonObject> {
  const isJson = content.mimeType === 'application/json';
  if (!(isJson || INLINE_TEXT_TYPES.has(content.mimeType)) || content.bytes > MAX_INLINE_BYTES) return {};
  const { body } = await blobs.get(content.blobKey);
  const text = Buffer.from(body).toString('utf8');
  return isJson ? (JSON.parse(text) as JsonObject) : { text };
}

/**
 * The task-token bridge: an engine's Job.Completed resumes the waiting step with what it made (content ids, blob
 * keys, titles and, for JSON and text results, the result itself, so later steps can use a script or an article);
 * Job.Failed fails the step with an error Retry can match. Events without a token are not workflow steps and are
 * ignored.
 */
export async function answerTaskToken(
  detailType: string,
  detail: unknown,
  ports: AnswerTaskTokenPorts,
): Promise<TaskAnswer | 'ignored'> {
  if (detailType === jobCompletedV1.detailType) {
    const { metadata, data } = jobCompletedV1.parse(detail);
    if (!data.step?.taskToken) return 'ignored';
    const contents: JsonObject[] = [];
    for (const contentId of data.contentIds) {
      const content = await ports.content.get(metadata.tenantId, contentId);
      if (!content) throw new Error(`content ${contentId} of job ${data.jobId} is not stored yet`);
      contents.push({
        contentId,
        kind: content.kind,
        mimeType: content.mimeType,
        blobKey: content.blobKey,
        ...(content.title === undefined ? {} : { title: content.title }),
        data: await inlineResult(ports.blobs, content),
      });
    }
    return ports.workflows.sendTaskSuccess(data.step.taskToken, { contentIds: data.contentIds, contents });
  }
  const { data } = jobFailedV1.parse(detail);
  if (!data.step?.taskToken) return 'ignored';
  return ports.workflows.sendTaskFailure(data.step.taskToken, {
    error: data.error.retryable ? ENGINE_ERRORS.retryable : ENGINE_ERRORS.final,
    cause: `${data.error.code}: ${data.error.message}`,
  });
}
