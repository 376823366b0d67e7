import type { Command } from 'commander';
import { z } from 'zod';

const Options = z.object({
  port: z
    .string()
    .regex(/^\d{1,5}$/, '--port must be a number from 0 to 65535')
    .refine((port) => Number(port) <= 65_535, '--port must be a number from 0 to 65535')
    .optional(),
  dataDir: z.string().min(1).optional(),
});

/**
 * `contentflow start` (what `npm start` runs): the whole system in one process — API, queue consumer, bus,
 * tracker and engines — until SIGINT/SIGTERM, which stop it gracefully (nothing accepted is lost).
 */
export function register(program: Command): void {
  program
    .command('start')
    .description('Start the whole ContentFlow system on this machine (API, queue, bus, engines).')
    .option('--port <port>', 'HTTP port (default: $PORT or 3000; 0 picks a free one)')
    .option('--data-dir <dir>', 'where state is kept (default: $CONTENTFLOW_DATA_DIR or .contentflow)')
    .action(async (rawOptions: unknown) => {
      const options = Options.parse(rawOptions);
      if (options.port !== undefined) process.env['PORT'] = options.port;
      if (options.dataDir !== undefined) process.env['CONTENTFLOW_DATA_DIR'] = options.dataDir;
      // Imported here so other commands never load the whole system.
      const { startLocalSystem } = await import('../system/start-local-system.ts');
      const system = await startLocalSystem();
      process.stdout.write(
        `ContentFlow is running at ${system.publicUrl}\n  API docs:  ${system.publicUrl}/docs\n  listening on ${system.url}\n  data:      ${system.dataDir}\n`,
      );
      await new Promise<void>((resolve) => {
        const shutdown = (signal: NodeJS.Signals) => {
          process.stdout.write(`\n${signal}: stopping (finishing in-flight work)…\n`);
          void system.stop().then(resolve);
        };
        process.once('SIGINT', shutdown);
        process.once('SIGTERM', shutdown);
      });
      process.stdout.write('stopped\n');
    });
}
