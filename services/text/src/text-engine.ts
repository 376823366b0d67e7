import type { EngineDefinition } from '@contentflow/platform';
import { analyzeTask } from './tasks/analyze.task.ts';

export const textEngine: EngineDefinition = { engine: 'text', tasks: [analyzeTask] };
