// Scale-out under failure. On PostgreSQL: three `newsroom worker` processes
// and two `newsroom serve` processes take a generated corpus (Korean, English,
// Japanese; loopback feeds, some entries only a teaser whose text is on the
// article page, some wire copies carried by two feeds) from feeds to pages
// while workers are killed with SIGKILL at random moments and started again.
// A LibreTranslate engine on loopback translates every article into the other
// editions, one job per article and edition.
// At the end: every report in exactly one story, one article per story, no
// article written twice for one state, no translation made twice, no picture
// drawn twice, no job left claimed, and both servers answer the same bytes
// for the same pages.
// On PGlite the single-process default (`newsroom start`) does the same on a
// smaller corpus, killed and restarted the same way.
//
// The kill moments come from a seeded generator: CHAOS_SEED=<n> replays a run.
//
// It runs in `npm test` (the PostgreSQL pass runs the first test, the PGlite
// pass the second). On its own: node --import tsx --test test/runner/chaos.test.ts
// (add NEWSROOM_TEST_DB=postgres NEWSROOM_TEST_PG_URL=postgres://…/ for a server).
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import type { Db } from '../../src/db/db.ts';
import { addSource } from '../../src/ingest/sources.ts';
import { startCli, startServing, type CliResult } from '../helpers/cli.ts';
import { createTestDb, testDbKind, type TestDb } from '../helpers/db.ts';
import type { Scripted } from '../helpers/openai-server.ts';
import { libreEngine, startEngine } from '../translate/seed.ts';

type Proc = { child: ChildProcess; done: Promise<CliResult> };

const seed = Number(process.env.CHAOS_SEED ?? Math.floor(Math.random() * 2 ** 31));
console.log(`chaos seed ${seed} (CHAOS_SEED=${seed} replays these kill moments)`);

/** Deterministic pseudo-random numbers in [0, 1) from one seed. */
function random(s: number): () => number {
  let x = s >>> 0;
  return () => {
    x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    x = (x ^ (x >>> 13)) >>> 0;
    return x / 2 ** 32;
  };
}
const rand = random(seed);

const hosts = 3;
const postgres = testDbKind === 'postgres';
// about 230 reports on PostgreSQL (12 feeds of 20 items, 5% of them wire copies), 60 items on PGlite
const feeds = postgres ? 12 : 6;
const perFeed = postgres ? 20 : 10;

let t: TestDb | undefined;
const procs: Proc[] = [];
let corpus: ChildProcess | undefined;
let translator: Scripted | undefined;
after(async () => {
  for (const p of procs) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
  corpus?.kill('SIGKILL');
  await translator?.server.close();
  await t?.drop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, check: () => Promise<boolean>, seconds = 300) {
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await sleep(250);
  }
  throw new Error(`gave up waiting until ${what} (seed ${seed})`);
}

/** The benchmark's corpus server (bench/corpus-server.ts) in a child process; resolves to its port. */
function startCorpus(): Promise<number> {
  const script = fileURLToPath(new URL('../../bench/corpus-server.ts', import.meta.url));
  corpus = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, ITEMS_PER_FEED: String(perFeed), HOSTS: String(hosts) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    corpus!.stdout!.once('data', (d) => resolve(Number(String(d).trim())));
    corpus!.once('exit', (code) => reject(new Error(`the corpus server exited (${code})`)));
  });
}

async function addSources(db: Db, port: number) {
  // the generated corpus's invented outlets are trusted, so what they report is published
  for (let f = 0; f < feeds; f++) {
    await addSource(db, { url: `http://127.0.0.${1 + (f % hosts)}:${port}/feed/${f}`, name: `Outlet ${f}`, lang: ['ko', 'en', 'ja'][f % 3], trust: 'trusted' });
  }
}

const env: Record<string, string> = {
  NEWSROOM_ALLOW_PRIVATE_FETCH: '1',
  NEWSROOM_EDITIONS: 'ko,en,ja',
  NEWSROOM_TRANSLATE: 'libretranslate',
  NEWSROOM_SITE_URL: 'http://news.example',
  // a killed worker's jobs come back after 10 s without a heartbeat, their retry 1–2 s later
  NEWSROOM_JOB_HEARTBEAT: '10',
  NEWSROOM_JOB_RETRY_DELAY: '1',
};

/** The translator every process of the run uses. */
async function startTranslator() {
  translator = await startEngine(libreEngine());
  env.NEWSROOM_TRANSLATE_URL = translator.server.url;
}

/**
 * What is left to do: items to extract, reports to cluster, stories to write,
 * translations of published versions not made (and not held by a killed
 * worker's claim, which lasts minutes), published articles without a card.
 */
async function progress(db: Db) {
  const [r] = await db.query<{ items: number; reports: number; stories: number; untranslated: number; undrawn: number; articles: number }>(
    `SELECT (SELECT count(*)::int FROM feed_items WHERE state = 'new') AS items,
            (SELECT count(*)::int FROM reports WHERE state = 'new') AS reports,
            (SELECT count(*)::int FROM stories WHERE needs_writing AND state <> 'merged') AS stories,
            (SELECT count(*)::int FROM articles a CROSS JOIN unnest(ARRAY['ko', 'en', 'ja']) AS e(lang)
               WHERE a.state = 'published' AND e.lang <> a.lang
                 AND NOT EXISTS (SELECT 1 FROM translations t WHERE t.article_id = a.id AND t.version = a.published_version AND t.lang = e.lang)
                 AND NOT EXISTS (SELECT 1 FROM translation_claims c WHERE c.article_id = a.id AND c.version = a.published_version AND c.lang = e.lang)) AS untranslated,
            (SELECT count(*)::int FROM articles a WHERE a.state = 'published'
               AND NOT EXISTS (SELECT 1 FROM images i WHERE i.article_id = a.id AND i.kind = 'card')) AS undrawn,
            (SELECT count(*)::int FROM articles WHERE state = 'published') AS articles`);
  return r;
}

/** Nothing left to do: every item extracted, every report clustered, every story written, every article drawn. */
async function pipelineDone(db: Db): Promise<boolean> {
  const r = await progress(db);
  return r.items === 0 && r.reports === 0 && r.stories === 0 && r.untranslated === 0 && r.undrawn === 0 && r.articles > 0;
}

/** The end state every run must reach, however its processes died. */
async function checkEndState(db: Db) {
  const [items] = await db.query<{ n: number; done: number }>(
    `SELECT count(*)::int AS n, count(*) FILTER (WHERE state = 'done' AND report_id IS NOT NULL)::int AS done FROM feed_items`);
  assert.equal(items.n, feeds * perFeed, 'every feed entry stored once');
  assert.equal(items.done, items.n, 'every entry extracted into a report');

  const [reports] = await db.query<{ n: number; clustered: number; in_live_story: number }>(
    `SELECT count(*)::int AS n,
            count(*) FILTER (WHERE r.state = 'clustered' AND r.story_id IS NOT NULL)::int AS clustered,
            count(*) FILTER (WHERE s.state <> 'merged')::int AS in_live_story
     FROM reports r LEFT JOIN stories s ON s.id = r.story_id`);
  assert.ok(reports.n > feeds * perFeed * 0.8, `most entries are reports of their own (${reports.n})`);
  assert.equal(reports.clustered, reports.n, 'every report is in a story');
  assert.equal(reports.in_live_story, reports.n, 'no report is left in a merged story');

  // a story's report count is the reports that point at it: no report counted twice or missed
  const miscounted = await db.query(
    `SELECT s.id FROM stories s WHERE s.state <> 'merged'
       AND s.report_count <> (SELECT count(*) FROM reports r WHERE r.story_id = s.id)`);
  assert.deepEqual(miscounted, [], 'each story counts its own reports');

  const [stories] = await db.query<{ live: number; unwritten: number }>(
    `SELECT count(*)::int AS live,
            count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id))::int AS unwritten
     FROM stories s WHERE s.state <> 'merged' AND s.report_count > 0`);
  assert.ok(stories.live > 0);
  assert.equal(stories.unwritten, 0, 'every story has its article');

  // a story is (re)written only after a report joins it: more versions than reports is a write done twice
  const twice = await db.query(
    `SELECT a.id FROM articles a JOIN stories s ON s.id = a.story_id
     WHERE (SELECT count(*) FROM article_versions v WHERE v.article_id = a.id) > s.report_count`);
  assert.deepEqual(twice, [], 'no article written twice for one state of its story');
  const gaps = await db.query(
    `SELECT a.id FROM articles a
     WHERE a.current_version <> (SELECT count(*) FROM article_versions v WHERE v.article_id = a.id)`);
  assert.deepEqual(gaps, [], 'article versions are 1…current, one row each');

  const cardsTwice = await db.query(
    `SELECT article_id, lang FROM images WHERE kind = 'card' GROUP BY article_id, lang HAVING count(*) > 1`);
  assert.deepEqual(cardsTwice, [], 'one card per article and language');
  const unfinished = await db.query(
    `SELECT i.id FROM images i WHERE NOT EXISTS (SELECT 1 FROM image_renditions r WHERE r.image_id = i.id)`);
  assert.deepEqual(unfinished, [], 'every picture has its renditions');
  // a translation is saved over its row, counting up attempts: one made twice has two (the engine never fails here)
  const translationsTwice = await db.query(`SELECT article_id, version, lang, attempts, state FROM translations WHERE attempts <> 1 OR state <> 'done'`);
  assert.deepEqual(translationsTwice, [], 'every translation made once');
  const [{ n: translated }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM translations WHERE provider = 'libretranslate'`);
  assert.ok(translated > 0, 'the translator was used');
}

const activeJobs = async (db: Db, before?: Date) =>
  (await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pgboss.job WHERE state = 'active'${before ? ' AND started_on < $1' : ''}`,
    before ? [before] : [])).at(0)!.n;

const finishedJobs = async (db: Db) =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE state = 'completed' AND name <> 'sweep'`))[0].n;

/** Kill one of `list` with SIGKILL, wait for it to die, start it again. */
async function killAndRestart<P extends Proc>(list: P[], i: number, start: () => Promise<P>) {
  const victim = list[i];
  victim.child.kill('SIGKILL');
  const r = await victim.done;
  assert.equal(r.signal, 'SIGKILL', `process ${i} died of the kill, not before it: ${r.stderr}`);
  list[i] = await start();
  procs.push(list[i]);
}

if (postgres) {
  test('three workers killed at random and two servers: every report in one story, nothing done twice, same pages', async () => {
    t = await createTestDb();
    const db = t.db;
    await addSources(db, await startCorpus());
    await startTranslator();
    const childEnv = { ...t.env, ...env };
    const servers = [await startServing(['serve'], childEnv), await startServing(['serve'], childEnv)];
    procs.push(...servers);
    const startWorker = async () => {
      const w = startCli(['worker', '--concurrency', '2'], childEnv);
      // up once it says so: from then on SIGTERM drains it (before, the signal just ends the process)
      const ready = new Promise<void>((resolve) => w.child.stdout!.on('data', (d) => String(d).includes('is running') && resolve()));
      return { ...w, ready };
    };
    const workers = [await startWorker(), await startWorker(), await startWorker()];
    procs.push(...workers);

    // Once the first entries are in, kill a random worker after a random 0.5–3 s and at
    // least one finished job since the last kill (so the kills cannot starve the corpus),
    // until the corpus is through and at least 5 kills were made (at most 12).
    await until('the first entries are stored', async () =>
      (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM feed_items'))[0].n > 0);
    let kills = 0;
    let lastKill = new Date();
    let finished = await finishedJobs(db);
    while (kills < 12 && (kills < 5 || !(await pipelineDone(db)))) {
      await sleep(500 + rand() * 2500);
      const need = finished + 1 + Math.floor(rand() * 4);
      await until('a job finished since the last kill', async () => (await finishedJobs(db)) >= need);
      await killAndRestart(workers, Math.floor(rand() * workers.length), startWorker);
      lastKill = new Date();
      finished = await finishedJobs(db);
      kills++;
      console.log(`kill ${kills}, ${await activeJobs(db)} jobs running, left to do: ${JSON.stringify(await progress(db))}`);
    }
    console.log(`${kills} workers killed`);
    await until('the workers finished the corpus', () => pipelineDone(db)).catch(async (e) => {
      throw new Error(`${(e as Error).message}; left: ${JSON.stringify(await progress(db))}`);
    });
    // what the killed workers held is taken back through the heartbeat and done by the others
    await until('no job of a killed worker is still claimed', async () => (await activeJobs(db, lastKill)) === 0);
    await checkEndState(db);

    // both servers show the same pages, byte for byte (each hears of changes through the database)
    const [{ id }] = await db.query<{ id: number }>(`SELECT id FROM articles WHERE state = 'published' ORDER BY id LIMIT 1`);
    const pages = ['/en/', '/ko/', '/ja/', `/en/articles/${id}`, `/ja/articles/${id}`, '/en/feed.xml', '/sitemap.xml', '/api/v1/articles'];
    for (const path of pages) {
      await until(`both servers answer ${path} alike`, async () => {
        const [a, b] = await Promise.all(servers.map(async (s) => {
          const res = await fetch(s.base + path);
          return `${res.status} ${Buffer.from(await res.arrayBuffer()).toString('base64')}`;
        }));
        return a === b && a.startsWith('200 ');
      }, 30);
    }

    // SIGTERM drains every worker: each exits 0 and no job is left claimed
    await Promise.all(workers.map((w) => w.ready));
    for (const p of [...workers, ...servers]) p.child.kill('SIGTERM');
    const ends = await Promise.all([...workers, ...servers].map((p) => p.done));
    ends.forEach((r, i) => assert.equal(r.code, 0, `${i < workers.length ? `worker ${i}` : `server ${i - workers.length}`} ended with ${r.code ?? r.signal}: ${r.stderr.slice(-1500)} | ${r.stdout.slice(-1500)}`));
    assert.equal(await activeJobs(db), 0, 'nothing left claimed');
  });
} else {
  test('`start` killed at random and restarted: every report in one story, nothing done twice', async () => {
    const lite = (t = await createTestDb());
    await addSources(lite.db, await startCorpus());
    await startTranslator();
    await lite.close();
    const start = () => startServing(['start'], { ...lite.env, ...env });
    const one = [await start()];
    procs.push(one[0]);
    for (let kills = 0; kills < 2; kills++) {
      await sleep(2000 + rand() * 6000);
      await killAndRestart(one, 0, start);
    }
    // one process holds the embedded database: the test reads it through /metrics until that process is down
    const base = one[0].base;
    let idle = 0;
    await until('the queue is idle', async () => {
      const text = await (await fetch(`${base}/metrics`)).text();
      const busy = /newsroom_queue_(depth|active)\{queue="(poll|extract|cluster|write|illustrate)"\} [1-9]/.test(text);
      // two sweeps done by this process: whatever the database says is due has been sent by then (a process
      // restarted after the last write has no write of its own to wait for)
      const swept = /newsroom_job_duration_seconds_count\{queue="sweep",outcome="completed"\} ([2-9]|\d\d)/.test(text);
      idle = busy || !swept ? 0 : idle + 1;
      if (idle < 3) await sleep(500);
      return idle >= 3;
    });
    one[0].child.kill('SIGTERM');
    const r = await one[0].done;
    assert.equal(r.code, 0, r.stderr);
    const after = await lite.reopen();
    assert.ok(await pipelineDone(after), 'the corpus went through');
    await checkEndState(after);
    assert.equal(await activeJobs(after), 0, 'nothing left claimed');
  });
}
