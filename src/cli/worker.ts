// `newsroom worker [--queues poll,extract,…] [--concurrency N]`: runs jobs, serves nothing.
// Any number of workers share one PostgreSQL; SIGTERM drains (running jobs
// finish, or are handed back for a retry) before the process exits.
import { loadConfig } from '../config.ts';
import { openDb } from '../db/open.ts';
import { DatabaseBusyError } from '../db/pglite.ts';
import { createNewsroom } from '../pipeline/context.ts';
import { markInterruptedRuns } from '../pipeline/runs.ts';
import { queueNames, Runner } from '../runner/jobs.ts';
import { args, UsageError } from './util.ts';

export async function workerCommand(argv: string[]) {
  const { values } = args(argv, { queues: { type: 'string' }, concurrency: { type: 'string' } }, false);
  const queues = values.queues?.split(',').map((q) => q.trim()).filter(Boolean);
  const unknown = queues?.filter((q) => !(queueNames as readonly string[]).includes(q)) ?? [];
  if (unknown.length) throw new UsageError(`unknown queue ${unknown.join(', ')} (queues: ${queueNames.join(', ')})`);
  const concurrency = values.concurrency === undefined ? 2 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new UsageError('--concurrency must be a whole number from 1 to 64');
  const config = loadConfig();
  // Signals are taken from the start, and every one of them: a SIGTERM during
  // start-up, or a second one while draining, must not end the process with
  // jobs still claimed (Node's default for a signal without a listener).
  let shutdown: (() => Promise<void>) | undefined;
  let signalled = false;
  const onSignal = () => {
    signalled = true;
    void shutdown?.();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let db;
  try {
    db = await openDb(config);
  } catch (e) {
    // One PGlite is one process: a worker beside a running `start` cannot open the folder.
    if (e instanceof DatabaseBusyError) {
      throw new DatabaseBusyError(`a worker cannot share the embedded database (one PGlite is one process): ${e.message}. ` +
        '`newsroom start` runs the pipeline in its own process; separate workers need DATABASE_URL (PostgreSQL)');
    }
    throw e;
  }
  const nr = createNewsroom(config, db);
  await markInterruptedRuns(db);
  const runner = new Runner(nr, { queues, concurrency, onError: (e) => console.error(`worker: ${(e as Error).message}`) });
  runner.queue.boss.on('error', (e) => console.error(`worker: queue: ${(e as Error).message}`));
  await runner.start();
  console.log(`Newsroom worker ${nr.worker} is running ${(queues ?? queueNames).join(', ')} (concurrency ${concurrency})`);
  let stopping = false;
  shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log('worker: draining');
    await runner.stop();
    await nr.pages.close();
    await db.close();
    console.log('worker: stopped, nothing left claimed');
    process.exit(process.exitCode ?? 0);
  };
  if (signalled) await shutdown();
}
