export { databaseFile, dataDir } from './config/data-dir.ts';
export { type CompiledEventPattern, compileEventPattern, InvalidEventPatternError } from './event-pattern/index.ts';
export { inTransaction, openDatabase } from './local/sqlite/open-database.ts';
