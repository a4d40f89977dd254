// One article per edition for a story reported in several languages: each
// edition shows the article written from the story's reports in its own
// language (cited to those reports, grounded against them); an edition with
// no report in its language still gets the translation.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { loadDemoIfEmpty } from '../../src/pipeline/demo.ts';
import { runAllStages, textStages } from '../../src/pipeline/stages.ts';
import { runTranslateStage } from '../../src/translate/translate-stage.ts';
import { createApp } from '../../src/web/app.ts';
import { articleInEdition, type ArticleFull } from '../../src/web/read-model.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { testConfig, testNewsroom } from '../helpers/newsroom.ts';
import type { Translator } from '../../src/translate/common.ts';
import { render } from '../translate/seed.ts';

let t: TestDb;
const editions = ['ko', 'en', 'ja'];
const config = testConfig({ editions });

/** A translator on no network: each text rendered in the target language, its glossary placeholders carried through. */
const translator: Translator = {
  name: 'libretranslate', model: null, glossaryMode: 'placeholders',
  async translate(texts, _from, to) {
    return texts.map((q, i) => render(to, q.match(/\[\[G\d+\]\]/g) ?? [], i));
  },
};

before(async () => {
  t = await createTestDb();
  await loadDemoIfEmpty(t.db);
  await runAllStages(testNewsroom(t.db, { editions }), undefined, textStages);
  await runTranslateStage(testNewsroom(t.db, { editions }), { translator, budgetMs: 600_000, limit: 1000 });
  // the made-up renderings say other things than the originals: the translation check notes it, and publishes them (its default)
  const noted = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM translations WHERE state = 'done' AND findings IS NOT NULL`);
  assert.ok(noted[0].n > 0);
});

after(() => t.drop());

/** Text as hono/jsx writes it into an element. */
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Published articles with the languages of their story's reports. */
async function articlesByLanguages() {
  return t.db.query<{ id: number; story_id: number; lang: string; langs: string[] }>(
    `SELECT a.id, a.story_id, a.lang, array(SELECT DISTINCT r.lang FROM reports r WHERE r.story_id = a.story_id ORDER BY r.lang) AS langs
     FROM articles a WHERE a.state = 'published' AND a.published_version IS NOT NULL ORDER BY a.id`);
}

const reportsOf = (storyId: number) =>
  t.db.query<{ id: number; title: string; lang: string }>('SELECT id, title, lang FROM reports WHERE story_id = $1', [storyId]);

test('a story reported in Korean, English and Japanese: each edition shows the article written from its own reports', async () => {
  const mixed = (await articlesByLanguages()).find((a) => ['en', 'ja', 'ko'].every((l) => a.langs.includes(l)));
  assert.ok(mixed, 'the demo has a story reported in all three languages');
  const reports = await reportsOf(mixed.story_id);
  const app = createApp(t.db, config);
  for (const edition of editions) {
    const own = reports.filter((r) => r.lang === edition);
    const a: ArticleFull = (await articleInEdition(t.db, mixed.id, edition))!;
    assert.equal(a.lang, edition, `${edition}: the article is in the edition's language`);
    assert.equal(a.translatedBy, null, `${edition}: not a translation`);
    assert.ok(own.some((r) => r.title.includes(a.headline)), `${edition}: the headline is one of the ${edition} reports' titles: ${a.headline}`);
    assert.ok(a.sources.length > 0 && a.sources.every((s) => s.lang === edition), `${edition}: it cites the ${edition} reports only`);
    const ownIds = new Set(own.map((r) => r.id));
    for (const p of a.body) assert.ok(p.citations.every((c) => ownIds.has(c)), `${edition}: every paragraph cites its own reports`);
    assert.equal(a.ownReports, edition !== mixed.lang, 'the original is the original; the other editions have their own');
    const html = await (await app.request(`/${edition}/articles/${mixed.id}`)).text();
    assert.ok(html.includes(escapeHtml(a.headline)), `${edition}: the page shows it`);
    assert.ok(!/translated from|번역|翻訳/i.test(html.match(/<p class="byline"[\s\S]*?<\/p>/)?.[0] ?? ''), `${edition}: the byline names no translation`);
  }
  // the grounding check ran on each edition article against its own reports
  const rows = await t.db.query<{ lang: string; writer: string; ok: boolean }>(
    `SELECT t.lang, t.writer, (t.grounding->>'ok')::boolean AS ok FROM translations t JOIN articles a ON a.id = t.article_id AND a.published_version = t.version
     WHERE t.article_id = $1 ORDER BY t.lang`, [mixed.id]);
  assert.deepEqual(rows.map((r) => [r.lang, r.writer, r.ok]), editions.filter((e) => e !== mixed.lang).sort().map((e) => [e, 'extractive', true]));
  // one event, once: the English front page lists it with the English article's headline
  const en = (await articleInEdition(t.db, mixed.id, 'en'))!;
  const front = await (await app.request('/en/')).text();
  assert.ok(front.includes(`/en/articles/${mixed.id}`) && front.includes(escapeHtml(en.headline)));
  assert.deepEqual([...en.translatedInto].sort(), editions.filter((e) => e !== mixed.lang).sort(), 'every edition is at home for it (hreflang)');
});

test('a story reported only in Korean still shows its translation in /en, and the original in /ko', async () => {
  const koOnly = (await articlesByLanguages()).find((a) => a.langs.length === 1 && a.langs[0] === 'ko');
  assert.ok(koOnly, 'the demo has a story reported only in Korean');
  const en = (await articleInEdition(t.db, koOnly.id, 'en'))!;
  assert.equal(en.ownReports, false);
  assert.ok(en.translated && en.translatedBy, 'the English edition shows the translation');
  assert.equal(en.translatedBy!.provider, 'libretranslate');
  assert.match(en.headline, /city council/);
  const ko = (await articleInEdition(t.db, koOnly.id, 'ko'))!;
  assert.equal(ko.translated, false);
  assert.equal(ko.ownReports, false);
  assert.deepEqual(ko.sources.map((s) => s.reportId), en.sources.map((s) => s.reportId), 'a translation keeps the original\'s sources');
});

test('a story reported in two languages: those two editions show their own articles, the third the translation', async () => {
  const mixed = (await articlesByLanguages()).find((a) => a.langs.length === 2);
  assert.ok(mixed, 'the demo has a story reported in two languages');
  for (const edition of editions) {
    const a: ArticleFull = (await articleInEdition(t.db, mixed.id, edition))!;
    if (edition === mixed.lang) assert.equal(a.translated, false);
    else if (mixed.langs.includes(edition)) assert.ok(a.ownReports && a.lang === edition, `${edition} has its own article`);
    else assert.ok(!a.ownReports && a.translatedBy, `${edition} has no report of its own: the translation`);
  }
});
