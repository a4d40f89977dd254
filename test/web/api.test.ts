// The read-only JSON API on a newsroom that ran its real pipeline over the
// demo corpus: answers match the schemas the OpenAPI document publishes, bad
// parameters are named in a 400, unknown ids are 404, and nothing secret
// about a source leaks.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { Hono } from 'hono';
import { runIllustrateStage } from '../../src/illustrate/illustrate-stage.ts';
import { imagesForPage } from '../../src/illustrate/queries.ts';
import { apiRoutes } from '../../src/web/api.ts';
import {
  articleFullSchema, articleListSchema, errorSchema, goneSchema, sourceListSchema, storyDetailSchema, storyListSchema,
} from '../../src/web/openapi.ts';
import { latestArticles } from '../../src/web/read-model.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { seedDemoSite } from '../helpers/demo-site.ts';
import { testConfig, testNewsroom } from '../helpers/newsroom.ts';

const config = testConfig({ siteUrl: 'https://news.example', siteName: 'Test News' });
const site = 'https://news.example';

let t: TestDb;
let translatedId: number;
beforeEach(async () => {
  t = await createTestDb();
  translatedId = await seedDemoSite(t.db);
});
afterEach(() => t.drop());

const api = () => new Hono().route('/', apiRoutes({ db: t.db, config }));

async function getJson(path: string, status = 200) {
  const res = await api().request(path);
  assert.equal(res.status, status, `${path}: ${res.status}`);
  assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
  assert.equal(res.headers.get('access-control-allow-origin'), '*');
  assert.equal(res.headers.get('cache-control'), 'public, max-age=60');
  return res.json() as Promise<any>;
}

test('the article list: cards in the requested edition, default the first, paged, filtered by section', async () => {
  const first = articleListSchema.parse(await getJson('/api/v1/articles'));
  assert.equal(first.edition, 'ko');
  assert.equal(first.limit, 20);
  assert.equal(first.items.length, 20);
  const [{ n }] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM articles WHERE state = 'published'`);
  assert.equal(first.total, n);
  const expected = await latestArticles(t.db, 'ko', { limit: 20 });
  assert.deepEqual(first.items.map((a) => a.id), expected.map((a) => a.id));
  for (const a of first.items) {
    assert.equal(a.url, `${site}/ko/articles/${a.id}`);
    assert.equal(a.lang, a.translated ? 'ko' : a.originalLang, `article ${a.id}: lang is the edition's only when translated`);
  }
  const translated = first.items.concat(articleListSchema.parse(await getJson('/api/v1/articles?offset=20&limit=100')).items)
    .find((a) => a.id === translatedId);
  assert.deepEqual([translated?.translated, translated?.lang, translated?.originalLang, translated?.headline],
    [true, 'ko', 'en', `번역된 제목 ${translatedId}`]);

  const page2 = articleListSchema.parse(await getJson('/api/v1/articles?edition=en&limit=5&offset=5'));
  const page1 = articleListSchema.parse(await getJson('/api/v1/articles?edition=en&limit=10'));
  assert.deepEqual(page2.items.map((a) => a.id), page1.items.slice(5).map((a) => a.id));
  assert.ok(page2.items.every((a) => a.url.startsWith(`${site}/en/`)));

  const [{ section }] = await t.db.query<{ section: string }>(`SELECT section FROM articles WHERE state = 'published' GROUP BY section ORDER BY count(*) DESC LIMIT 1`);
  const bySection = articleListSchema.parse(await getJson(`/api/v1/articles?section=${section}&limit=100&edition=ja`));
  assert.ok(bySection.items.length > 1 && bySection.items.every((a) => a.section === section));
  assert.equal(bySection.total, bySection.items.length);
  assert.equal(bySection.section, section);
});

test('one article in full: cited paragraphs numbered by its source list, thread, related, AI labels', async () => {
  const list = articleListSchema.parse(await getJson('/api/v1/articles?limit=100&edition=en'));
  const withThread = list.items.find((a) => a.threadId !== null && list.items.filter((b) => b.threadId === a.threadId).length > 1);
  assert.ok(withThread, 'the demo has a thread of several articles');
  const a = articleFullSchema.parse(await getJson(`/api/v1/articles/${withThread.id}?edition=en`));
  assert.equal(a.id, withThread.id);
  assert.ok(a.body.length > 0 && a.lead.length > 0);
  const numbers = new Set(a.body.flatMap((p) => p.sources));
  assert.deepEqual([...numbers].sort((x, y) => x - y), a.sources.map((s) => s.n), 'every source is cited, every citation is a listed source');
  assert.ok(a.body.every((p) => p.sources.length > 0), 'every paragraph cites');
  assert.deepEqual(a.sources.map((s) => s.n), a.sources.map((_, i) => i + 1));
  assert.ok(a.thread.length > 1 && a.thread.some((x) => x.id === a.id));
  assert.equal(a.threadUrl, `${site}/en/stories/${a.threadId}`);
  assert.deepEqual(a.ai, { writer: 'extractive', model: null, translatedBy: null });
  assert.deepEqual(a.alternates, { ko: `${site}/ko/articles/${a.id}`, en: `${site}/en/articles/${a.id}`, ja: `${site}/ja/articles/${a.id}` });

  const ko = articleFullSchema.parse(await getJson(`/api/v1/articles/${translatedId}`));
  assert.deepEqual([ko.edition, ko.lang, ko.translated, ko.lead], ['ko', 'ko', true, '번역된 리드']);
  assert.deepEqual(ko.ai.translatedBy, { provider: 'test-mt', model: 'mt-1' });
  const ja = articleFullSchema.parse(await getJson(`/api/v1/articles/${translatedId}?edition=ja`));
  assert.deepEqual([ja.lang, ja.translated, ja.ai.translatedBy], ['en', false, null]);
});

test('a translation into the article\'s own language is ignored: its edition shows the original', async () => {
  const [orig] = await t.db.query<{ headline: string; lead: string; version: number }>(
    `SELECT v.headline, v.lead, v.version FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.published_version WHERE a.id = $1`,
    [translatedId]);
  await t.db.query(
    `INSERT INTO translations (article_id, version, lang, headline, lead, body, summary, provider, model)
     VALUES ($1, $2, 'en', 'Own-language rewrite', 'Rewritten lead', '[]', 'Rewritten summary', 'test-mt', 'mt-1')`, [translatedId, orig.version]);
  const en = articleFullSchema.parse(await getJson(`/api/v1/articles/${translatedId}?edition=en`));
  assert.deepEqual([en.lang, en.originalLang, en.translated, en.headline, en.lead, en.ai.translatedBy], ['en', 'en', false, orig.headline, orig.lead, null]);
  const card = articleListSchema.parse(await getJson('/api/v1/articles?edition=en&limit=100')).items.find((a) => a.id === translatedId);
  assert.deepEqual([card?.translated, card?.headline], [false, orig.headline]);
});

test('cards carry their picture as the edition shows it, with alt text and the AI label; others have none', async () => {
  await runIllustrateStage(testNewsroom(t.db), { cardsPerRun: 3 });
  const list = articleListSchema.parse(await getJson('/api/v1/articles?limit=100'));
  const images = await imagesForPage(t.db, list.items.map((a) => a.id), 'ko');
  assert.ok(images.size > 0 && images.size < list.items.length);
  for (const a of list.items) {
    const image = images.get(a.id);
    assert.deepEqual(a.image, image
      ? { kind: image.kind, aiGenerated: image.aiGenerated, src: site + image.src, width: image.width, height: image.height, alt: image.alt, altLang: image.altLang, ogImage: site + image.ogImage }
      : null, `article ${a.id}`);
  }
  const pictured = list.items.find((a) => a.image)!;
  assert.equal(pictured.image?.kind, 'card');
  assert.equal(pictured.image?.aiGenerated, false, 'a story card is a graphic, not AI');
  const full = articleFullSchema.parse(await getJson(`/api/v1/articles/${pictured.id}`));
  assert.deepEqual(full.image, pictured.image);
});

test('bad parameters are a 400 naming the parameter; unknown ids and endpoints are a JSON 404', async () => {
  const bad: Array<[string, string]> = [
    ['/api/v1/articles?limit=abc', 'limit'],
    ['/api/v1/articles?limit=0', 'limit'],
    ['/api/v1/articles?limit=101', 'limit'],
    ['/api/v1/articles?limit=1.5', 'limit'],
    ['/api/v1/articles?offset=-1', 'offset'],
    ['/api/v1/articles?edition=xx', 'edition'],
    ['/api/v1/articles?section=gossip', 'section'],
    ['/api/v1/articles/abc', 'id'],
    ['/api/v1/articles/0', 'id'],
    [`/api/v1/articles/${translatedId}?edition=de`, 'edition'],
    ['/api/v1/stories?limit=x', 'limit'],
    ['/api/v1/stories?limit=101', 'limit'],
    ['/api/v1/stories?offset=-1', 'offset'],
    ['/api/v1/stories?offset=1e3', 'offset'],
    ['/api/v1/stories/-3', 'id'],
  ];
  for (const [path, param] of bad) {
    const body = errorSchema.parse(await getJson(path, 400));
    assert.ok(body.error.startsWith(`${param}:`), `${path} → ${body.error}`);
  }
  assert.match((await getJson('/api/v1/articles?edition=xx', 400)).error, /ko, en, ja/);
  assert.match(errorSchema.parse(await getJson('/api/v1/articles/99999999', 404)).error, /99999999/);
  errorSchema.parse(await getJson('/api/v1/stories/99999999', 404));
  errorSchema.parse(await getJson('/api/v1/nothing-here', 404));
  // an unpublished article is not public
  // taken off the site after it was published: withdrawn (410); never published: not found
  await t.db.query(`UPDATE articles SET state = 'held', hold_reason = 'checking' WHERE id = $1`, [translatedId]);
  assert.equal(goneSchema.parse(await getJson(`/api/v1/articles/${translatedId}`, 410)).withdrawn, true);
  await t.db.query('UPDATE articles SET first_published_at = NULL WHERE id = $1', [translatedId]);
  await getJson(`/api/v1/articles/${translatedId}`, 404);
  // empty values mean "not given"
  assert.equal(articleListSchema.parse(await getJson('/api/v1/articles?section=&limit=')).limit, 20);
});

test('stories: listing with report counts, languages and the published article; one story with its reports and outlets', async () => {
  const first = storyListSchema.parse(await getJson('/api/v1/stories?limit=10'));
  assert.equal(first.items.length, 10);
  const next = storyListSchema.parse(await getJson('/api/v1/stories?limit=5&offset=5'));
  assert.deepEqual(next.items.map((s) => s.id), first.items.slice(5).map((s) => s.id));
  assert.deepEqual([next.limit, next.offset], [5, 5]);
  const [{ n }] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM stories WHERE state <> 'merged'`);
  const last = storyListSchema.parse(await getJson(`/api/v1/stories?limit=100&offset=${n - 2}`));
  assert.equal(last.items.length, 2, 'the last page holds what is left');
  assert.deepEqual(storyListSchema.parse(await getJson('/api/v1/stories?offset=99999999')).items, [], 'past the end: an empty page, not an error');
  const articles = new Map((await t.db.query<{ id: number; story_id: number }>(`SELECT id, story_id FROM articles WHERE state = 'published'`))
    .map((r) => [Number(r.story_id), Number(r.id)]));
  for (const s of first.items) {
    assert.equal(s.articleId, articles.get(s.id) ?? null, `story ${s.id}'s article`);
    assert.ok(s.reportCount >= 1 && s.languages.length >= 1);
  }
  const multi = (await t.db.query<{ story_id: number }>(
    `SELECT story_id FROM reports WHERE story_id IS NOT NULL GROUP BY story_id HAVING count(*) > 1 ORDER BY story_id LIMIT 1`))[0];
  const story = storyDetailSchema.parse(await getJson(`/api/v1/stories/${multi.story_id}`));
  assert.ok(story.reports.length > 1);
  assert.ok(story.reports.every((r) => r.outlets.length > 0 && r.outlets.every((o) => o.name)));
  assert.equal(story.articleId, articles.get(story.id) ?? null);
  if (story.threadId !== null) assert.ok(story.thread.some((s) => s.id === story.id));
});

test('sources: names, languages and health, never credentials', async () => {
  await t.db.query(
    `INSERT INTO sources (url, name, lang, site_url, last_error, consecutive_failures)
     VALUES ('https://reader:hunter2@feeds.example/rss?apikey=S3CRET&edition=world', 'Keyed Wire', 'en', 'https://wire.example/',
             'HTTP 401 from https://feeds.example/rss?access_token=T0KEN&x=1', 3)`);
  const res = await api().request('/api/v1/sources');
  const text = await res.text();
  for (const secret of ['hunter2', 'reader', 'S3CRET', 'T0KEN', 'file:']) assert.ok(!text.includes(secret), `no ${secret} in the answer`);
  const { items } = sourceListSchema.parse(JSON.parse(text));
  const keyed = items.find((s) => s.name === 'Keyed Wire');
  assert.equal(keyed?.url, 'https://feeds.example/rss?apikey=redacted&edition=world');
  assert.equal(keyed?.homepage, 'https://wire.example/');
  assert.deepEqual(keyed?.health, { ok: false, lastOkAt: null, lastError: 'HTTP 401 from https://feeds.example/rss?access_token=redacted&x=1', consecutiveFailures: 3 });
  const demo = items.filter((s) => s.name !== 'Keyed Wire');
  assert.equal(demo.length, 7);
  assert.ok(demo.every((s) => s.url === null && s.health.ok && s.items > 0), 'local demo feeds: no server paths, healthy');
  assert.ok(demo.every((s) => s.homepage?.endsWith('.example/')), 'the outlets\' websites');
});

test('openapi.json is an OpenAPI 3.1 document describing exactly the routes served', async () => {
  const doc = await getJson('/api/v1/openapi.json');
  assert.equal(doc.openapi, '3.1.0');
  const served = apiRoutes({ db: t.db, config }).routes
    .filter((r) => r.method === 'GET')
    .map((r) => r.path.replace(/:(\w+)/g, '{$1}'));
  assert.deepEqual(Object.keys(doc.paths).sort(), [...new Set(served)].sort());
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    assert.deepEqual(Object.keys(item), ['get'], `${path}: read-only`);
    assert.ok(item.get.responses['200'].content['application/json'].schema, `${path} has a response schema`);
    for (const name of path.match(/\{(\w+)\}/g) ?? []) {
      assert.ok(item.get.parameters.some((p: any) => p.in === 'path' && `{${p.name}}` === name), `${path} declares ${name}`);
    }
  }
  const list = doc.paths['/api/v1/articles'].get;
  assert.deepEqual(list.parameters.map((p: any) => p.name).sort(), ['edition', 'limit', 'offset', 'section']);
  assert.deepEqual(list.parameters.find((p: any) => p.name === 'edition').schema.enum, ['ko', 'en', 'ja']);
  const stories = doc.paths['/api/v1/stories'].get.parameters;
  assert.deepEqual(stories.find((p: any) => p.name === 'offset').schema, { type: 'integer', minimum: 0, default: 0 }, 'any offset: past the end is an empty page');
  assert.equal(stories.find((p: any) => p.name === 'limit').schema.maximum, 100);
  const card = list.responses['200'].content['application/json'].schema.properties.items.items;
  assert.ok(['url', 'lang', 'translated', 'originalLang'].every((k) => card.required.includes(k)));
});
