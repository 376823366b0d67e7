import { type StartJobCommandV1, startJobCommandV1 } from '@contentflow/events';
import type { CommandQueue, JobRepository } from '@contentflow/platform';

export interface ResendStrandedPorts {
  jobs: JobRepository;
  commands: CommandQueue;
}

/** How long a job may sit queued before its command is assumed lost; well above normal queueing delay. */
export const STRANDED_AFTER_MS = 60_000;
const BATCH = 100;

/**
 * The API writes a job and then sends its command; a crash between the two would strand the job as queued.
 * This sweep re-sends the command of every job queued for longer than `STRANDED_AFTER_MS`. A command that was
 * not lost after all is harmless: the processor's compare-and-set lets only one start the job.
 */
export async function resendStrandedCommands(ports: ResendStrandedPorts, now: Date = new Date()): Promise<number> {
  const stranded = await ports.jobs.listQueuedBefore(new Date(now.getTime() - STRANDED_AFTER_MS), BATCH);
  for (const job of stranded) {
    const command: StartJobCommandV1 = startJobCommandV1.parse({
      command: 'StartJob',
      version: '1',
      jobId: job.id,
      tenantId: job.tenantId,
      engine: job.engine,
      task: job.task,
      correlationId: job.correlationId,
      requestId: `recovery-${job.id}`,
    });
    await ports.commands.send({ body: JSON.stringify(command) });
  }
  return stranded.length;
}
