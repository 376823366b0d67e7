import { z } from 'zod';
import { cancelJobCommandV1 } from './cancel-job.command.v1.ts';
import { startJobCommandV1 } from './start-job.command.v1.ts';

/** Every command the job processor accepts from the command queue, told apart by `command`. */
export const jobCommandSchema = z.discriminatedUnion('command', [startJobCommandV1, cancelJobCommandV1]);

export type JobCommand = z.infer<typeof jobCommandSchema>;
