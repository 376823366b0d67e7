import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalSystemProcess, startLocalSystemProcess } from '@contentflow/cli';
import { buildSite } from './build-site.ts';
import { type StaticSiteServer, startStaticSiteServer } from './static-site-server.ts';

/** The built site, served on one origin with a real ContentFlow system behind `/api/` and `/blobs/`. */
export interface SiteHarness {
  /** The site's origin, e.g. `http://127.0.0.1:41234`. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Builds the site, serves it, and starts `contentflow start` (a separate process, as `npm start` runs it) with a
 * fresh data dir. The system's public URL is the site's origin, so the signed download URLs it hands out are
 * same-origin for the browser, as when the API serves the site itself.
 */
export async function startSiteHarness(): Promise<SiteHarness> {
  const work = mkdtempSync(join(tmpdir(), 'cf-site-'));
  let server: StaticSiteServer | undefined;
  let system: LocalSystemProcess | undefined;
  const stop = async (): Promise<void> => {
    if (system) {
      system.child.kill('SIGTERM');
      await system.exited;
    }
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  };
  try {
    const dist = join(work, 'dist');
    await buildSite(dist);
    server = await startStaticSiteServer(dist);
    system = await startLocalSystemProcess({
      dataDir: join(work, 'data'),
      port: 0,
      env: { CONTENTFLOW_PUBLIC_URL: server.url },
    });
    server.setUpstream(system.url);
    return { url: server.url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
