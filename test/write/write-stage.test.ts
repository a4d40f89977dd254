// Writing articles from the demo corpus on the database: extractive articles
// in three languages, grounded and published; revisions; editors' holds.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { loadDemoIfEmpty } from '../../src/pipeline/demo.ts';
import { runAllStages, textStages } from '../../src/pipeline/stages.ts';
import { articleSchema } from '../../src/write/article.ts';
import { correctArticle, getArticle, holdArticle, listArticles, publishArticle } from '../../src/write/queries.ts';
import { runWriteStage, saveVersion } from '../../src/write/write-stage.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { testNewsroom } from '../helpers/newsroom.ts';

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
  await loadDemoIfEmpty(t.db);
  await runAllStages(testNewsroom(t.db), undefined, textStages);
});
afterEach(() => t.drop());

test('every story gets an extractive article in its language, every paragraph cited to its own reports, all grounded', async () => {
  const [{ stories }] = await t.db.query<{ stories: number }>(`SELECT count(*)::int AS stories FROM stories WHERE state <> 'merged'`);
  const articles = await listArticles(t.db);
  assert.equal(articles.length, stories);
  assert.ok(articles.every((a) => a.state === 'published'), JSON.stringify(articles.filter((a) => a.state !== 'published')));
  const langs = new Set(articles.map((a) => a.lang));
  assert.deepEqual([...langs].sort(), ['en', 'ja', 'ko']);
  for (const { id } of articles) {
    const a = (await getArticle(t.db, id))!;
    const v = a.versions[0];
    articleSchema.shape.body.parse(v.body);
    const reportIds = new Set((await t.db.query<{ id: number }>('SELECT id FROM reports WHERE story_id = $1', [a.story_id])).map((r) => r.id));
    for (const p of v.body) for (const c of p.citations) assert.ok(reportIds.has(c), `article ${id} cites only its story's reports`);
    assert.ok(v.lead.length > 0 && v.summary.length > 0);
    const titles = (await t.db.query<{ title: string }>('SELECT title FROM reports WHERE story_id = $1', [a.story_id])).map((r) => r.title);
    assert.ok(titles.some((title) => title.includes(v.headline)), 'the headline is one of the reports\' titles');
    assert.equal(new Set(v.body.map((p: { text: string }) => p.text)).size, v.body.length, 'no paragraph repeated');
    assert.equal(v.writer, 'extractive');
    assert.ok(!/person|face/i.test(v.image_brief.prompt) || /no real or identifiable person/i.test(v.image_brief.prompt));
    assert.equal(a.sources.length, new Set(v.body.flatMap((p: { citations: number[] }) => p.citations)).size, 'the article lists its sources');
  }
});

test('new reports revise the article as a new version; the earlier one is kept', async () => {
  const [a] = await listArticles(t.db, { state: 'published' });
  await t.db.query(
    `INSERT INTO reports (canonical_url, title, body, lang, published_at, content_hash, simhash, story_id, state)
     SELECT 'https://x.example/more', title || ' (update)', body || E'\\n\\n' || body, lang, published_at + interval '2 hours', 'update-hash', simhash, story_id, 'clustered'
     FROM reports WHERE story_id = $1 ORDER BY id LIMIT 1`, [a.story_id]);
  await t.db.query('UPDATE stories SET needs_writing = true WHERE id = $1', [a.story_id]);
  const run = await runWriteStage(testNewsroom(t.db));
  assert.equal(run.counts.published, 1);
  const revised = (await getArticle(t.db, a.id))!;
  assert.equal(revised.current_version, 2);
  assert.deepEqual(revised.versions.map((v: { version: number }) => v.version), [2, 1]);
  assert.equal((await listArticles(t.db)).filter((x) => x.story_id === a.story_id).length, 1, 'revised, not duplicated');
});

test('a version that fails grounding waits for review while the last good one stays live; editors hold, publish and correct', async () => {
  const [a] = await listArticles(t.db, { state: 'published' });
  const live = (await getArticle(t.db, a.id))!.versions[0];
  const bad = { ...live, lead: live.lead, body: live.body, imageBrief: live.image_brief, lang: a.lang, section: a.section, entities: [], writer: 'llm' as const, model: 'm', tokensIn: 1, tokensOut: 1 };
  const state = await t.db.transaction((tx) => saveVersion(tx, a.story_id, bad, { ok: false, failures: [{ kind: 'number', where: 'paragraph 1', claim: '999', message: 'the number 999 is not in the cited reports' }] }));
  assert.equal(state, 'needs-review');
  let now = (await getArticle(t.db, a.id))!;
  assert.equal(now.state, 'published', 'the article stays on the site');
  assert.equal(now.status, 'needs-review');
  assert.equal(now.pending_review, true);
  assert.equal(now.published_version, 1, 'readers still see version 1');
  assert.match(now.hold_reason, /the number 999/);

  await holdArticle(t.db, a.id, 'checking the figures');
  await t.db.query('UPDATE stories SET needs_writing = true WHERE id = $1', [a.story_id]);
  await runWriteStage(testNewsroom(t.db));
  now = (await getArticle(t.db, a.id))!;
  assert.equal(now.state, 'held', 'a revision does not undo an editor\'s hold');
  assert.equal(now.current_version, 3);

  await publishArticle(t.db, a.id);
  await correctArticle(t.db, a.id, 'An earlier version gave the wrong date.');
  now = (await getArticle(t.db, a.id))!;
  assert.equal(now.state, 'published');
  assert.equal(now.published_version, 3);
  assert.equal(now.corrections.length, 1);
  assert.equal(now.corrections[0].version, 3);
  await assert.rejects(holdArticle(t.db, a.id, '  '), /--reason/);
  await assert.rejects(publishArticle(t.db, 99999), /no article/);
});
