// `npm run bench:queue`: the job queue's own overhead. 200 jobs, each with a
// key of its own, are sent and run (the handler does nothing) by one worker
// with concurrency 4, on PGlite and on a PostgreSQL server this script starts.
// Also 50 jobs sent one after another, each only when the previous one ran:
// the latency of one hop between two stages.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../src/db/db.ts';
import { migrate } from '../src/db/migrate.ts';
import { openPglite } from '../src/db/pglite.ts';
import { openPostgres } from '../src/db/postgres.ts';
import { JobQueue } from '../src/runner/queue.ts';
// @ts-expect-error: a plain JavaScript helper shared with the test runner
import { startPostgres } from '../test/helpers/postgres-server.mjs';
import { machineLine } from './machine.ts';

const jobs = 200;
const hops = 50;

async function measure(label: string, db: Db, url?: string) {
  const q = new JobQueue(db, url);
  await q.start([{ name: 'bench' }, { name: 'hop' }]);
  let done = 0;
  let finished!: () => void;
  const all = new Promise<void>((r) => (finished = r));
  await q.work('bench', 4, async () => {
    if (++done === jobs) finished();
  });
  const t0 = performance.now();
  for (let i = 0; i < jobs; i++) await q.send('bench', { i }, `bench:${i}`);
  await all;
  const total = performance.now() - t0;

  let hop = 0;
  let last!: () => void;
  const chain = new Promise<void>((r) => (last = r));
  await q.work<{ n: number }>('hop', 1, async (job) => {
    if (++hop === hops) return last();
    await q.send('hop', { n: job.data.n + 1 }, `hop:${job.data.n + 1}`);
  });
  const t1 = performance.now();
  await q.send('hop', { n: 0 }, 'hop:0');
  await chain;
  const perHop = (performance.now() - t1) / hops;
  console.log(`${label.padEnd(11)} ${jobs} jobs sent and run: ${(total / 1000).toFixed(2)} s (${(jobs / (total / 1000)).toFixed(0)} jobs/s); one hop (a job sending the next): ${perHop.toFixed(1)} ms`);
  await q.stop();
}

console.log(machineLine());
console.log('pg-boss', (await import('pg-boss/package.json', { with: { type: 'json' } })).default.version);

const dir = mkdtempSync(join(tmpdir(), 'newsroom-bench-queue-'));
const lite = await openPglite(join(dir, 'pglite'));
await migrate(lite);
await measure('PGlite', lite);
await lite.close();
rmSync(dir, { recursive: true, force: true });

const pg = await startPostgres();
try {
  const url = pg.url + 'newsroom_template';
  const db = await openPostgres(url);
  await measure('PostgreSQL', db, url);
  await db.close();
} finally {
  await pg.stop();
}
