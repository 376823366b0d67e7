/** Test kit for code on the local adapters (`@contentflow/platform/test-support`). */

export { type LocalEnginePorts, localEnginePorts, recordEvents } from './local-engine-ports.ts';
export { RecordingEventBus } from './recording-event-bus.ts';
export { taskFailure } from './task-failure.ts';
export { type TempDatabase, tempDatabase } from './temp-database.ts';
export { TOKENIZER_TRAPS } from './tokenizer-traps.ts';
