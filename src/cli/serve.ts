import { serve } from '@hono/node-server';
import { defaultSiteUrl, loadConfig } from '../config.ts';
import { openDb } from '../db/open.ts';
import { createNewsroom } from '../pipeline/context.ts';
import type { JobQueue } from '../runner/queue.ts';
import { loadDemoIfEmpty } from '../pipeline/demo.ts';
import { markInterruptedRuns } from '../pipeline/runs.ts';
import { startScheduler } from '../pipeline/scheduler.ts';
import { createApp } from '../web/app.ts';
import { PageCache } from '../web/page-cache.ts';
import { startPrerender } from '../web/prerender.ts';
import { startPurgeHook } from '../web/purge.ts';
import { firstAdminToken } from '../desk/first-admin.ts';
import { setupLink, setupTokenHours } from '../desk/accounts.ts';
import { createSiteWithDesk } from '../desk/mount.ts';
import { deskJobs, sendOnlyQueue } from './desk-jobs.ts';
import { listenForCommands, type Dispatch } from './remote.ts';
import { args } from './util.ts';
import { startIdleCollector } from './idle-collector.ts';

/** `serve`: the website only. `start`: the website plus the pipeline, in one process. */
export async function serveCommand(argv: string[], withPipeline: boolean, commands?: Dispatch) {
  args(argv, {}, false);
  const config = loadConfig();
  const db = await openDb(config);
  const nr = createNewsroom(config, db);
  if (withPipeline) {
    await markInterruptedRuns(db);
    if (config.loadDemo && (await loadDemoIfEmpty(db))) console.log('loaded the demo corpus (fictional feeds in demo/)');
  }
  const cache = new PageCache({ cdn: { sMaxAge: config.cdnMaxAge } });
  cache.watch(db); // pages published by other processes (workers, the CLI) show within a second
  // the app is made once the port is known: its absolute links name the address it listens on
  let app: ReturnType<typeof createApp> | undefined;
  const server = serve({
    fetch: (req, env) => (app ? app.fetch(req, env) : new Response('starting', { status: 503, headers: { 'Retry-After': '1' } })),
    port: config.port,
    // bounded requests: headers (and the address) up to 16 KB, 10 s to send them, 30 s for the whole request
    serverOptions: { maxHeaderSize: 16 * 1024, headersTimeout: 10_000, requestTimeout: 30_000 },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(new Error(e.code === 'EADDRINUSE' ? `port ${config.port} is already in use (set PORT to another)` : e.message)),
    );
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  if (config.siteUrl === defaultSiteUrl) config.siteUrl = `http://localhost:${port}`;
  // the desk sends jobs (retry, poll now) through the runner's queue under `start`, else through a send-only one made when first needed
  let runnerQueue: Promise<JobQueue> | undefined;
  let ownQueue: Promise<JobQueue> | undefined;
  const queueForDesk = () => runnerQueue ?? (ownQueue ??= sendOnlyQueue(nr));
  app = createSiteWithDesk(db, config, { cache, jobs: deskJobs(nr, queueForDesk) });
  // no account yet: the first admin signs up at /desk/setup with a token only this console shows
  const setupToken = await firstAdminToken(db);
  if (setupToken) console.log(`No desk account exists yet. Make the first admin at ${setupLink(config.siteUrl, setupToken)} (setup token ${setupToken}, good for ${setupTokenHours} hours)`);
  const site = app;
  const prerender = startPrerender(db, config.editions, cache, async (path) => site.request(path));
  const purge = config.purgeUrl ? startPurgeHook(db, config.purgeUrl, config.editions, cache, { after: () => prerender.idle() }) : undefined;
  // on PGlite, other `newsroom` commands reach the database through this process
  const commandSocket = commands && db.kind === 'pglite' ? await listenForCommands(nr, commands) : undefined;
  console.log(`Newsroom is serving on http://localhost:${port}${withPipeline ? ' and running the pipeline' : ''}`);
  const scheduler = withPipeline
    ? startScheduler(nr, { onError: (e) => console.error(`pipeline: ${(e as Error).message}`) })
    : undefined;
  if (scheduler) runnerQueue = scheduler.ready.then((r) => r.queue);
  const collector = startIdleCollector();
  const shutdown = async () => {
    await scheduler?.stop();
    await ownQueue?.then((q) => q.stop()).catch(() => {});
    prerender.stop();
    collector.stop();
    purge?.stop();
    cache.close();
    commandSocket?.close();
    server.close();
    await db.close();
    process.exit(process.exitCode ?? 0);
  };
  guardProcess(shutdown);
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

/**
 * What to do with an error nothing caught. A rejected promise nobody awaited
 * leaves no half-done work behind (every stage writes in transactions): log
 * it and keep serving. An uncaught exception may have left any state
 * half-changed: log it and exit non-zero for the supervisor to restart.
 */
function guardProcess(shutdown: () => Promise<void>) {
  process.on('unhandledRejection', (reason) => {
    console.error(`newsroom: unhandled rejection (still serving): ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
  });
  process.once('uncaughtException', (err) => {
    console.error(`newsroom: uncaught exception, exiting for a restart: ${err.stack ?? err.message}`);
    process.exitCode = 1;
    const force = setTimeout(() => process.exit(1), 5000);
    force.unref();
    shutdown().catch(() => process.exit(1));
  });
}
