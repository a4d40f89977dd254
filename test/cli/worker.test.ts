// Scale out, as operators run it. On PostgreSQL: two `newsroom worker`
// processes and one `newsroom serve` against one database take the demo
// corpus from its feeds to published pages, and no story is written twice.
// On PGlite: `start` alone does it, and a `worker` beside it exits with why.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { ChildProcess } from 'node:child_process';
import type { Db } from '../../src/db/db.ts';
import { loadDemoIfEmpty } from '../../src/pipeline/demo.ts';
import { startCli, type CliResult } from '../helpers/cli.ts';
import { createTestDb, testDbKind, type TestDb } from '../helpers/db.ts';

let t: TestDb;
const children: Array<{ child: ChildProcess; done: Promise<CliResult> }> = [];
after(async () => {
  for (const c of children) if (c.child.exitCode === null) c.child.kill('SIGKILL');
  await t?.drop();
});

async function until(what: string, check: () => Promise<boolean>, tries = 2400) {
  for (let i = 0; i < tries; i++) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`gave up waiting until ${what}`);
}

function portOf(p: { child: ChildProcess; done: Promise<CliResult> }): Promise<number> {
  return new Promise((resolve, reject) => {
    p.child.stdout!.on('data', (d) => {
      const m = /serving on http:\/\/localhost:(\d+)/.exec(String(d));
      if (m) resolve(Number(m[1]));
    });
    p.child.once('exit', () => p.done.then((r) => reject(new Error(`the server exited early: ${r.stderr}`))));
  });
}

const env = { NEWSROOM_ALLOW_PRIVATE_FETCH: '1', PORT: '0' };

/** Nothing left to do: every item extracted, every report clustered, every story written. */
async function pipelineDone(db: Db): Promise<boolean> {
  const [r] = await db.query<{ items: number; reports: number; stories: number; published: number }>(
    `SELECT (SELECT count(*)::int FROM feed_items WHERE state = 'new') AS items,
            (SELECT count(*)::int FROM reports WHERE state = 'new') AS reports,
            (SELECT count(*)::int FROM stories WHERE needs_writing AND state <> 'merged') AS stories,
            (SELECT count(*)::int FROM articles WHERE state = 'published') AS published`);
  return r.items === 0 && r.reports === 0 && r.stories === 0 && r.published > 0;
}

/**
 * Stories written more often than they had reason to: a story is (re)written
 * only after a report joins it, so an article with more versions than its
 * story has reports was written twice for one state.
 */
async function storiesWrittenTwice(db: Db): Promise<number> {
  const [r] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM articles a JOIN stories s ON s.id = a.story_id
     WHERE (SELECT count(*) FROM article_versions v WHERE v.article_id = a.id) > s.report_count`);
  return r.n;
}

if (testDbKind === 'postgres') {
  test('two workers and one server take the demo corpus to published pages, no story written twice', async () => {
    t = await createTestDb();
    await loadDemoIfEmpty(t.db);
    const server = startCli(['serve'], { ...t.env, ...env });
    children.push(server);
    const base = `http://127.0.0.1:${await portOf(server)}`;
    for (let i = 0; i < 2; i++) children.push(startCli(['worker', '--concurrency', '2'], { ...t.env, ...env }));
    await until('the workers finished the corpus', () => pipelineDone(t.db));
    assert.equal(await storiesWrittenTwice(t.db), 0);
    const [{ id, headline }] = await t.db.query<{ id: number; headline: string }>(
      `SELECT a.id, v.headline FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.published_version
       WHERE a.state = 'published' AND a.lang = 'en' ORDER BY a.id LIMIT 1`);
    // the server shows what the workers published (its page cache hears of it through the database)
    await until('the server shows the article', async () => (await fetch(`${base}/en/articles/${id}`)).status === 200);
    const page = await (await fetch(`${base}/en/articles/${id}`)).text();
    assert.ok(page.includes(headline.replace(/&/g, '&amp;').slice(0, 20)), 'the article page carries its headline');
    const runs = await t.db.query<{ worker: string }>(`SELECT DISTINCT worker FROM pipeline_runs`);
    assert.ok(runs.length >= 1);
    // SIGTERM drains both workers: each exits 0 and no job is left claimed
    for (const c of children) c.child.kill('SIGTERM');
    const results = await Promise.all(children.map((c) => c.done));
    for (const r of results) assert.equal(r.code, 0, r.stderr);
    const [{ n }] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE state = 'active'`);
    assert.equal(n, 0, 'nothing left claimed');
  });
} else {
  test('on PGlite `start` alone publishes the corpus, and a worker beside it exits saying why', async () => {
    t = await createTestDb();
    await loadDemoIfEmpty(t.db);
    await t.close();
    const start = startCli(['start'], { ...t.env, ...env });
    children.push(start);
    const base = `http://127.0.0.1:${await portOf(start)}`;
    const worker = await startCli(['worker'], { ...t.env, ...env }).done;
    assert.notEqual(worker.code, 0);
    assert.match(worker.stderr, /one PGlite is one process/);
    assert.match(worker.stderr, /DATABASE_URL/);
    await until('start wrote articles', async () =>
      /newsroom_job_duration_seconds_count\{queue="write",outcome="completed"\} [1-9]/.test(await (await fetch(`${base}/metrics`)).text()));
    // idle on three scrapes in a row: no text job waits or runs
    let idle = 0;
    await until('the queue is idle', async () => {
      const text = await (await fetch(`${base}/metrics`)).text();
      idle = /newsroom_queue_(depth|active)\{queue="(sweep|poll|extract|cluster|write)"\} [1-9]/.test(text) ? 0 : idle + 1;
      if (idle < 3) await new Promise((r) => setTimeout(r, 500));
      return idle >= 3;
    });
    start.child.kill('SIGTERM');
    const r = await start.done;
    assert.equal(r.code, 0, r.stderr);
    const db = await t.reopen();
    await until('the pipeline is done', () => pipelineDone(db), 1);
    assert.equal(await storiesWrittenTwice(db), 0);
    const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE state = 'active'`);
    assert.equal(n, 0, 'nothing left claimed');
  });
}
