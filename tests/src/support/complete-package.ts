import type { PackageCompletedV1Data } from '@contentflow/events';
import type { Job } from '@contentflow/platform';
import { expect } from 'vitest';
import type { StoredContent, WorkflowSystem } from './workflow-system.ts';

/** Engines really render here (TTS, PNG, ffmpeg on two shared cores): minutes, not seconds. */
export const PACKAGE_TIMEOUT_MS = 600_000;

/** The content kinds of a complete video package, sorted; the narration twice: its audio and its caption timings. */
export function videoPackageKinds(video: 'video/short' | 'video/explainer'): string[] {
  return [
    'audio/music',
    'audio/narration',
    'audio/narration',
    'image/thumbnail',
    'text/description',
    'text/hashtags',
    'text/script',
    'text/titles',
    video,
  ].sort();
}

export interface CompletedPackage {
  job: Job;
  announced: PackageCompletedV1Data;
  contents: StoredContent[];
  byKind(kind: string): StoredContent[];
  /** The JSON body of the first content of this kind. */
  json(kind: string): Record<string, unknown>;
}

/** Runs a package to its end and checks what every package promises: one job, complete, every step's content. */
export async function completePackage(
  system: WorkflowSystem,
  tenantId: string,
  workflow: string,
  request: Record<string, unknown>,
): Promise<CompletedPackage> {
  const submitted = await system.submit(tenantId, workflow, request);
  const job = await system.finished(tenantId, submitted.id, PACKAGE_TIMEOUT_MS);
  const announced = system.packages.find((candidate) => candidate.jobId === job.id);
  expect(job.status, JSON.stringify({ error: job.error, announced })).toBe('succeeded');
  expect(announced?.status, JSON.stringify(announced?.steps)).toBe('complete');
  if (!announced) throw new Error(`package ${job.id} finished without a Package.Completed`);
  expect(job.contentIds.length).toBe(announced.steps.reduce((count, step) => count + step.contentIds.length, 0));
  const contents = await system.contentsOf(job);
  const byKind = (kind: string): StoredContent[] => contents.filter(({ content }) => content.kind === kind);
  const json = (kind: string): Record<string, unknown> => JSON.parse(byKind(kind)[0]!.body.toString('utf8'));
  return { job, announced, contents, byKind, json };
}
