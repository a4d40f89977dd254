// Jobs per article: a written version's translations (one job per edition)
// and pictures (one job per article) are sent inside the write's transaction,
// so they commit with it or not at all; each job does its one item, and a job
// run again for an item already done changes nothing.
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { Runner } from '../../src/runner/jobs.ts';
import { setSpelling } from '../../src/glossary/glossary.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { testNewsroom } from '../helpers/newsroom.ts';
import type { Scripted } from '../helpers/openai-server.ts';
import { libreEngine, seedArticle, startEngine } from '../translate/seed.ts';

let t: TestDb | undefined;
let engine: Scripted | undefined;
let runner: Runner | undefined;
afterEach(async () => {
  await runner?.stop();
  runner = undefined;
  await engine?.server.close();
  engine = undefined;
  await t?.drop();
  t = undefined;
});

async function until(what: string, check: () => boolean | Promise<boolean>) {
  for (let i = 0; i < 1200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`gave up waiting until ${what}`);
}

async function setUp(queues: string[]) {
  t = await createTestDb();
  // the glossary the seeded Korean article's mayor is spelled by in each edition
  await setSpelling(t.db, '코르바스', 'ko', '코르바스');
  await setSpelling(t.db, '코르바스', 'en', 'Korvath');
  await setSpelling(t.db, '코르바스', 'ja', 'コルヴァス');
  engine = await startEngine(libreEngine());
  const nr = testNewsroom(t.db, {
    databaseUrl: t.env.DATABASE_URL, editions: ['ko', 'en', 'ja'], translate: 'libretranslate', translateUrl: engine.server.url,
  });
  runner = new Runner(nr, { queues });
  await runner.start();
  return { db: t.db, nr, runner };
}

const jobKeys = async (db: TestDb['db']) =>
  (await db.query<{ key: string }>(
    `SELECT singleton_key AS key FROM pgboss.job WHERE name IN ('translate', 'illustrate') ORDER BY singleton_key`)).map((r) => r.key);

test('a write\'s translation and picture jobs commit with it, or not at all, once per item', async () => {
  // no queue worked here: the jobs stay where the write put them
  const { db, nr } = await setUp(['poll']);
  const s = await seedArticle(db);
  assert.ok(nr.followUp, 'the runner sets the hook the write stage calls');

  // a write that fails after saving rolls its jobs back with its rows
  await assert.rejects(db.transaction(async (tx) => {
    await nr.followUp!.articleSaved(tx, s.articleId);
    throw new Error('the writer died before its commit');
  }), /died before its commit/);
  assert.deepEqual(await jobKeys(db), [], 'no job of a write that did not commit');

  await db.transaction((tx) => nr.followUp!.articleSaved(tx, s.articleId));
  const expected = [`illustrate:${s.articleId}`, `translate:${s.articleId}:1:en`, `translate:${s.articleId}:1:ja`];
  assert.deepEqual(await jobKeys(db), expected);
  // the same version saved again (a retried write) sends nothing more while those wait
  await db.transaction((tx) => nr.followUp!.articleSaved(tx, s.articleId));
  assert.deepEqual(await jobKeys(db), expected);

  // a version waiting for review is not the one readers see: nothing to translate or draw for it
  await db.query(`UPDATE articles SET current_version = 2 WHERE id = $1`, [s.articleId]);
  await db.query(`DELETE FROM pgboss.job WHERE name IN ('translate', 'illustrate')`);
  await db.transaction((tx) => nr.followUp!.articleSaved(tx, s.articleId));
  assert.deepEqual(await jobKeys(db), []);
});

test('a translate job translates its one edition once; an illustrate job draws its one article once', async () => {
  const { db, runner } = await setUp(['translate', 'illustrate']);
  const a = await seedArticle(db);
  const b = await seedArticle(db);
  const targets = () => engine!.bodies.map((body) => body.target as string);

  await runner.queue.send('translate', { articleId: a.articleId, version: 1, lang: 'en' }, 'first');
  await until('the translate job ran', () => (runner.done.get('translate') ?? 0) >= 1);
  // the same item again under another key (a sweep that raced the first): its state check finds it done
  await runner.queue.send('translate', { articleId: a.articleId, version: 1, lang: 'en' }, 'again');
  await until('the second translate job ran', () => (runner.done.get('translate') ?? 0) >= 2);
  assert.deepEqual(targets(), ['en'], 'one request to the translator, for the one edition of the job');
  const done = await db.query<{ article_id: number; lang: string; attempts: number }>(
    `SELECT article_id, lang, attempts FROM translations WHERE state = 'done' ORDER BY article_id, lang`);
  assert.deepEqual(done.map((r) => [Number(r.article_id), r.lang, r.attempts]), [[a.articleId, 'en', 1]]);

  // a done translation sends its article's illustrate job (the English card shows the English headline)
  await until('the illustrate job the translation sent ran', () => (runner.done.get('illustrate') ?? 0) >= 1);
  const cards = () => db.query<{ article_id: number; lang: string }>(
    `SELECT article_id, lang FROM images WHERE kind = 'card' ORDER BY article_id, lang`);
  // English has its translation; Korean and Japanese show the original: two cards of article a, none of b
  assert.deepEqual((await cards()).map((r) => [Number(r.article_id), r.lang]), [[a.articleId, 'en'], [a.articleId, 'ko']]);

  await runner.queue.send('illustrate', { articleId: a.articleId }, 'again');
  await until('the second illustrate job ran', () => (runner.done.get('illustrate') ?? 0) >= 2);
  assert.equal((await cards()).length, 2, 'nothing drawn again for unchanged cards');
  const runs = await db.query<{ counts: Record<string, number> }>(`SELECT counts FROM pipeline_runs WHERE stage = 'illustrate' ORDER BY id`);
  assert.equal(runs.at(-1)!.counts.cards_drawn ?? 0, 0);
  assert.ok(!(await cards()).some((r) => Number(r.article_id) === b.articleId), 'the other article waits for its own job');
});
