// `npm run bench:scale`: the pipeline as jobs on PostgreSQL, with 1, 2 and 4
// `newsroom worker` processes. A generated corpus (bench/corpus-server.ts:
// Korean, English and Japanese feeds on loopback, a share of teasers read from
// their pages, a share of wire copies) goes from its feeds to published pages
// with story cards (extractive writer, no translator). Per run: reports/s end
// to end, each stage's throughput, queue latency (a due job's wait until a
// worker starts it) p50/p99, and scaling efficiency (throughput with k
// workers ÷ k × one worker's); then the queue's own overhead per job.
//
// REPORTS (default 10000) sets the corpus size; WORKERS (default 1,2,4) the runs;
// WORKER_NODE_FLAGS adds Node flags to each worker (e.g. "--cpu-prof
// --cpu-prof-dir=/tmp/prof" to see where the workers' time goes).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Db } from '../src/db/db.ts';
import { openPostgres } from '../src/db/postgres.ts';
import { addSource } from '../src/ingest/sources.ts';
import { JobQueue } from '../src/runner/queue.ts';
// @ts-expect-error: a plain JavaScript helper shared with the test runner
import { startPostgres } from '../test/helpers/postgres-server.mjs';
import { machineLine } from './machine.ts';

const reports = Number(process.env.REPORTS ?? 10_000);
const workerCounts = (process.env.WORKERS ?? '1,2,4').split(',').map(Number);
const perFeed = 100;
const feeds = Math.max(3, Math.ceil(reports / perFeed));
const hosts = 10;
// about ten reports per event, so there are stories to write and draw, not one story of everything
const topics = Math.max(1, Math.round(reports / 10));
const bin = fileURLToPath(new URL('../bin/newsroom.js', import.meta.url));
const workerFlags = (process.env.WORKER_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function startCorpus(): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./corpus-server.ts', import.meta.url))], {
    env: { ...process.env, ITEMS_PER_FEED: String(perFeed), HOSTS: String(hosts), TOPICS: String(topics) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolve) => child.stdout!.once('data', (d) => resolve({ port: Number(String(d).trim()), child })));
}

interface Progress { items: number; reports: number; stories: number; undrawn: number; published: number }

async function progress(db: Db): Promise<Progress> {
  const [r] = await db.query<Progress>(
    `SELECT (SELECT count(*)::int FROM feed_items WHERE state = 'new') AS items,
            (SELECT count(*)::int FROM reports WHERE state = 'new') AS reports,
            (SELECT count(*)::int FROM stories WHERE needs_writing AND state <> 'merged') AS stories,
            (SELECT count(*)::int FROM articles a WHERE a.state = 'published'
               AND NOT EXISTS (SELECT 1 FROM images i WHERE i.article_id = a.id AND i.kind = 'card')) AS undrawn,
            (SELECT count(*)::int FROM articles WHERE state = 'published') AS published`);
  return r;
}

const textDone = (p: Progress) => p.items === 0 && p.reports === 0 && p.stories === 0 && p.published > 0;

function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

interface RunResult { workers: number; seconds: number; textSeconds: number; reports: number; articles: number }

async function run(pgUrl: string, k: number, corpusPort: number): Promise<RunResult> {
  const name = `scale_${k}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: pgUrl + 'postgres' });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE newsroom_template`);
  await admin.end();
  const url = pgUrl + name;
  const db = await openPostgres(url);
  // the generated corpus's invented outlets are trusted, so what they report is published
  for (let f = 0; f < feeds; f++) await addSource(db, { url: `http://127.0.0.${1 + (f % hosts)}:${corpusPort}/feed/${f}`, trust: 'trusted' });
  const dataDir = mkdtempSync(join(tmpdir(), 'newsroom-bench-scale-'));
  const env = {
    ...process.env, DATABASE_URL: url, NEWSROOM_DATA_DIR: dataDir, NEWSROOM_DEMO: '0', NEWSROOM_ALLOW_PRIVATE_FETCH: '1',
    NEWSROOM_FETCH_PER_HOST: '4',
  };
  const t0 = Date.now();
  const workers = Array.from({ length: k }, () =>
    spawn(process.execPath, [...workerFlags, bin, 'worker', '--concurrency', '2'], { env, stdio: ['ignore', 'ignore', 'inherit'] }));
  let textAt = 0;
  let last = '';
  for (;;) {
    const p = await progress(db);
    if (!textAt && textDone(p)) textAt = Date.now();
    if (textAt && p.undrawn === 0) break;
    const line = `  ${k} worker(s), ${((Date.now() - t0) / 1000).toFixed(0)} s: items waiting ${p.items}, reports ${p.reports}, stories ${p.stories}, published ${p.published}, cards to draw ${p.undrawn}`;
    if (line.replace(/\d+ s:/, '') !== last) process.stderr.write(line + '\n');
    last = line.replace(/\d+ s:/, '');
    await sleep(500);
  }
  const seconds = (Date.now() - t0) / 1000;
  const textSeconds = (textAt - t0) / 1000;
  await Promise.all(workers.map((w) => new Promise((r) => { w.once('exit', r); w.kill('SIGTERM'); })));

  const [{ n: reportCount }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM reports');
  const [{ n: articles }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM articles WHERE state = 'published'`);
  console.log(`\n${k} worker process(es), concurrency 2 each: ${reportCount} reports → ${articles} published articles`);
  console.log(`  end to end (feeds to published pages with their cards): ${seconds.toFixed(1)} s, ${(reportCount / seconds).toFixed(1)} reports/s; text only (published, before cards): ${textSeconds.toFixed(1)} s, ${(reportCount / textSeconds).toFixed(1)} reports/s`);

  // Per stage: units of work done, the stage's busy time summed over its runs, and its span (first start to last finish).
  const runs = await db.query<{ stage: string; state: string; duration_ms: number; started: Date; finished: Date; counts: Record<string, number> }>(
    `SELECT stage, state, duration_ms, started_at AS started, finished_at AS finished, counts FROM pipeline_runs WHERE state <> 'running'`);
  const notUnits = new Set(['retry_later', 'failed', 'more_waiting', 'deferred']);
  const unitsOf: Record<string, [string, (c: Record<string, number>) => number]> = {
    poll: ['items', (c) => c.items_new ?? 0],
    extract: ['items', (c) => Object.entries(c).reduce((n, [key, v]) => n + (notUnits.has(key) ? 0 : Number(v) || 0), 0)],
    cluster: ['reports', (c) => c.reports ?? 0],
    write: ['versions', (c) => (c.published ?? 0) + (c.needs_review ?? 0) + (c.held ?? 0)],
    illustrate: ['cards', (c) => (c.cards_drawn ?? 0) + (c.cards_reused_files ?? 0)],
  };
  for (const [stage, [unit, count]] of Object.entries(unitsOf)) {
    const mine = runs.filter((r) => r.stage === stage);
    if (!mine.length) continue;
    // a run that failed or was cut off rolled its work back: its time counts, its counts do not
    const units = mine.reduce((n, r) => n + (r.state === 'ok' ? count(r.counts) : 0), 0);
    const busy = mine.reduce((n, r) => n + (r.duration_ms ?? 0), 0) / 1000;
    const span = (Math.max(...mine.map((r) => +r.finished)) - Math.min(...mine.map((r) => +r.started))) / 1000;
    console.log(`  ${stage.padEnd(10)} ${String(mine.length).padStart(5)} runs, ${String(units).padStart(6)} ${unit.padEnd(7)}` +
      ` ${(units / Math.max(span, 0.001)).toFixed(1).padStart(7)}/s over its span (${span.toFixed(1)} s), ${(units / Math.max(busy, 0.001)).toFixed(1).padStart(7)}/s of its own run time (${busy.toFixed(1)} s)`);
  }

  // Queue latency: from when a job was due (created, or its start_after) to when a worker started it; first tries only.
  const jobs = await db.query<{ name: string; wait_ms: number }>(
    `SELECT name, extract(epoch FROM started_on - greatest(created_on, start_after))::float8 * 1000 AS wait_ms
     FROM pgboss.job WHERE state = 'completed' AND retry_count = 0 AND name <> 'dead-letter'`);
  const waits = jobs.map((j) => Number(j.wait_ms));
  console.log(`  queue latency over ${jobs.length} jobs: p50 ${quantile(waits, 0.5).toFixed(1)} ms, p99 ${quantile(waits, 0.99).toFixed(1)} ms`);
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
  return { workers: k, seconds, textSeconds, reports: reportCount, articles };
}

/**
 * The queue's own cost per job, apart from any work: 100 jobs that do nothing,
 * each sent when the previous one finished, through one worker. Per job: from
 * send to the handler starting (fetch, NOTIFY), and from the handler's end to
 * the job recorded completed.
 */
async function queueOverhead(url: string) {
  const db = await openPostgres(url);
  const q = new JobQueue(db, url);
  await q.start([{ name: 'noop' }]);
  let started!: () => void;
  await q.work('noop', 1, async () => started());
  const dispatch: number[] = [];
  for (let i = 0; i < 100; i++) {
    const ran = new Promise<void>((r) => (started = r));
    const t0 = performance.now();
    await q.send('noop', {}, `noop:${i}`);
    await ran;
    dispatch.push(performance.now() - t0);
  }
  await sleep(1000);
  const settle = (await db.query<{ ms: number }>(
    `SELECT extract(epoch FROM completed_on - started_on)::float8 * 1000 AS ms FROM pgboss.job WHERE name = 'noop' AND state = 'completed'`)).map((r) => r.ms);
  console.log(`\nqueue overhead per job (100 jobs with no work, one after another): send → handler p50 ${quantile(dispatch, 0.5).toFixed(1)} ms (p99 ${quantile(dispatch, 0.99).toFixed(1)}), start → recorded complete p50 ${quantile(settle, 0.5).toFixed(1)} ms (p99 ${quantile(settle, 0.99).toFixed(1)})`);
  await q.stop();
  await db.close();
}

console.log(machineLine());
console.log(`corpus: ${feeds} feeds × ${perFeed} items on ${hosts} loopback hosts, ${topics} events (about 30% teasers read from their pages, 5% wire copies), extractive writer, no translator, story cards on`);
const corpus = await startCorpus();
const server = await startPostgres();
const results: RunResult[] = [];
try {
  for (const k of workerCounts) results.push(await run(server.url, k, corpus.port));
  await queueOverhead(server.url + 'newsroom_template');
} finally {
  await server.stop();
  corpus.child.kill();
}
const one = results.find((r) => r.workers === 1);
if (one) {
  console.log('\nscaling (throughput with k workers ÷ k × one worker\'s):');
  for (const r of results) {
    const speedup = one.seconds / r.seconds;
    const textSpeedup = one.textSeconds / r.textSeconds;
    console.log(`  ${r.workers} worker(s): ${speedup.toFixed(2)}× one worker end to end (efficiency ${(speedup / r.workers).toFixed(2)}), text only ${textSpeedup.toFixed(2)}× (efficiency ${(textSpeedup / r.workers).toFixed(2)})`);
  }
}
