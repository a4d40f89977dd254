// The site's feeds on a newsroom that ran its real pipeline over the demo
// corpus: every format reads back with feedsmith, holds the newest articles of
// the edition (or section), links to the edition's pages, and marks an article
// shown in its original language with that language.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { Hono } from 'hono';
import { runIllustrateStage } from '../../src/illustrate/illustrate-stage.ts';
import { imagesForPage } from '../../src/illustrate/queries.ts';
import { siteChanged } from '../../src/pipeline/site-version.ts';
import { feedRoutes, feedSize } from '../../src/web/feeds.ts';
import { t as message } from '../../src/web/i18n/i18n.ts';
import { PageCache } from '../../src/web/page-cache.ts';
import { latestArticles } from '../../src/web/read-model.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { seedDemoSite } from '../helpers/demo-site.ts';
import { testConfig, testNewsroom } from '../helpers/newsroom.ts';

const config = testConfig({ siteUrl: 'https://news.example/', siteName: 'Test & News' });
const site = 'https://news.example';

let t: TestDb;
let translatedId: number;
let cache: PageCache;
beforeEach(async () => {
  t = await createTestDb();
  translatedId = await seedDemoSite(t.db);
  cache = new PageCache();
});
afterEach(async () => {
  cache.close();
  await t.drop();
});

/** The feed routes; every app of one test shares the test's cache, as the server's routes do. */
function app() {
  return new Hono().route('/', feedRoutes({ db: t.db, config, cache }));
}

async function get(path: string, type?: string) {
  const res = await app().request(path);
  assert.equal(res.status, 200, `${path} answers 200`);
  if (type) assert.equal(res.headers.get('content-type'), `${type}; charset=utf-8`);
  return res.text();
}

test('the edition feeds in RSS, Atom and JSON Feed hold the newest articles, linked to the edition, each marked when untranslated', async () => {
  const expected = await latestArticles(t.db, 'ko', { limit: feedSize });
  assert.ok(expected.length > 10, 'the demo has published articles');
  assert.ok(expected.some((a) => !a.translated && a.lang !== 'ko'), 'some articles are only in their original language');
  const url = (id: number) => `${site}/ko/articles/${id}`;

  const rss = parseRssFeed(await get('/ko/feed.xml', 'application/rss+xml'));
  assert.equal(rss.title, 'Test & News — 한국어');
  assert.equal(rss.language, 'ko');
  assert.equal(rss.link, `${site}/ko/`);
  assert.deepEqual(rss.items?.map((i) => i.link), expected.map((a) => url(a.id)), 'newest first, the edition\'s article pages');
  assert.deepEqual(rss.items?.map((i) => i.title), expected.map((a) => a.headline));
  assert.deepEqual(rss.items?.map((i) => i.guid?.value), expected.map((a) => `${site}/articles/${a.id}`));
  assert.ok(rss.items?.every((i) => i.guid?.isPermaLink === false));
  for (const [n, item] of (rss.items ?? []).entries()) {
    const a = expected[n];
    assert.equal(item.description, a.summary);
    assert.equal(new Date(item.pubDate!).getTime(), Math.floor(a.firstPublishedAt.getTime() / 1000) * 1000);
    assert.deepEqual(item.dc?.languages, a.lang === 'ko' ? undefined : [a.lang], `item ${a.id} is marked only when not in Korean`);
    assert.equal(item.categories?.[0]?.name, a.section ? message('ko', `section.${a.section}`) : undefined, 'the section, named in Korean');
  }

  const atom = parseAtomFeed(await get('/ko/atom.xml', 'application/atom+xml'));
  assert.equal(atom.title?.value, 'Test & News — 한국어');
  assert.equal(atom.xml?.lang, 'ko');
  assert.equal(atom.id, `${site}/ko/atom.xml`);
  assert.deepEqual(atom.entries?.map((e) => e.links?.find((l) => l.rel === 'alternate')?.href), expected.map((a) => url(a.id)));
  assert.deepEqual(atom.entries?.map((e) => e.xml?.lang), expected.map((a) => (a.lang === 'ko' ? undefined : a.lang)));
  assert.deepEqual(atom.entries?.map((e) => e.summary?.value), expected.map((a) => a.summary));
  assert.deepEqual(atom.entries?.map((e) => e.categories?.[0]?.term), expected.map((a) => a.section ?? undefined));
  assert.deepEqual(atom.entries?.map((e) => e.updated), expected.map((a) => a.updatedAt.toISOString()));

  const json = parseJsonFeed(await get('/ko/feed.json', 'application/feed+json'));
  assert.equal(json.title, 'Test & News — 한국어');
  assert.equal(json.language, 'ko');
  assert.equal(json.feed_url, `${site}/ko/feed.json`);
  assert.deepEqual(json.items?.map((i) => [i.id, i.url, i.title, i.language]), expected.map((a) => [`${site}/articles/${a.id}`, url(a.id), a.headline, a.lang]));
  assert.deepEqual(json.items?.map((i) => i.date_published), expected.map((a) => a.firstPublishedAt.toISOString()));
});

test('a translated article appears in the edition\'s language, unmarked; in its own edition it is the original', async () => {
  const ko = parseRssFeed(await get('/ko/feed.xml'));
  const item = ko.items?.find((i) => i.link === `${site}/ko/articles/${translatedId}`);
  assert.equal(item?.title, `번역된 제목 ${translatedId}`);
  assert.equal(item?.description, '번역된 요약');
  assert.equal(item?.dc, undefined, 'in Korean: no language mark');

  const en = parseAtomFeed(await get('/en/atom.xml'));
  assert.equal(en.xml?.lang, 'en');
  const entry = en.entries?.find((e) => e.links?.[0]?.href === `${site}/en/articles/${translatedId}`);
  assert.ok(entry && !entry.title?.value.startsWith('번역된'), 'the English edition shows the English original');
  assert.equal(entry?.xml, undefined);

  const ja = parseJsonFeed(await get('/ja/feed.json'));
  assert.equal(ja.title, 'Test & News — 日本語');
  assert.equal(ja.items?.find((i) => i.url === `${site}/ja/articles/${translatedId}`)?.language, 'en', 'no Japanese translation: English, marked');
  const jaLangs = new Set(ja.items?.map((i) => i.language));
  assert.ok(jaLangs.has('ja') && jaLangs.has('ko') && jaLangs.has('en'), 'the Japanese edition lists all three languages');
});

test('a section feed lists only that section, titled with its name in the edition\'s language', async () => {
  const [{ section }] = await t.db.query<{ section: string }>(
    `SELECT section FROM articles WHERE state = 'published' GROUP BY section ORDER BY count(*) DESC, section LIMIT 1`);
  const expected = await latestArticles(t.db, 'en', { limit: feedSize, section });
  const all = await latestArticles(t.db, 'en', { limit: feedSize });
  assert.ok(expected.length > 0 && expected.length < all.length);

  const rss = parseRssFeed(await get(`/en/sections/${section}/feed.xml`, 'application/rss+xml'));
  assert.equal(rss.link, `${site}/en/sections/${section}`);
  assert.deepEqual(rss.items?.map((i) => i.link), expected.map((a) => `${site}/en/articles/${a.id}`));
  const names = new Set(rss.items?.map((i) => i.categories?.[0]?.name));
  assert.equal(names.size, 1, 'one category throughout');

  const atom = parseAtomFeed(await get(`/ko/sections/${section}/atom.xml`, 'application/atom+xml'));
  assert.ok(atom.entries?.every((e) => e.categories?.[0]?.term === section));
  assert.equal(atom.entries?.length, (await latestArticles(t.db, 'ko', { limit: feedSize, section })).length);
  const label = atom.entries?.[0]?.categories?.[0]?.label;
  assert.ok(label && label !== section && atom.title?.value === `Test & News — ${label}`, `the title names the section in Korean (${atom.title?.value})`);

  const json = parseJsonFeed(await get(`/ja/sections/${section}/feed.json`, 'application/feed+json'));
  assert.equal(json.feed_url, `${site}/ja/sections/${section}/feed.json`);
  assert.equal(json.items?.length, expected.length);
});

test('an unknown edition or section is 404; a known section with no articles is an empty, valid feed', async () => {
  for (const path of ['/xx/feed.xml', '/de/atom.xml', '/ko/sections/gossip/feed.json', '/xx/sections/politics/feed.xml']) {
    assert.equal((await app().request(path)).status, 404, path);
  }
  await t.db.query(`UPDATE articles SET section = 'politics' WHERE section = 'courts'`);
  const json = JSON.parse(await get('/ko/sections/courts/feed.json'));
  assert.deepEqual(json.items, [], 'JSON Feed requires items, even none');
  assert.deepEqual(parseRssFeed(await get('/ko/sections/courts/feed.xml')).items, undefined);
  assert.equal(parseAtomFeed(await get('/ko/sections/courts/atom.xml')).entries, undefined);
});

test('markup, quotes and control characters in a headline are escaped and read back as text', async () => {
  const headline = 'Bridge <b>opens</b> & "ships" wait \u0001]]> here';
  // the English edition's newest card: an English original, or a story's English edition article (a row of translations)
  const [newest] = await latestArticles(t.db, 'en', { limit: 1 });
  await t.db.query(newest.translated
    ? `UPDATE translations t SET headline = $1 FROM articles a WHERE a.id = t.article_id AND t.version = a.published_version AND t.lang = 'en' AND a.id = $2`
    : `UPDATE article_versions v SET headline = $1 FROM articles a WHERE a.id = v.article_id AND v.version = a.published_version AND a.id = $2`, [headline, newest.id]);
  const clean = 'Bridge <b>opens</b> & "ships" wait ]]> here';
  const rss = await get('/en/feed.xml');
  assert.ok(!rss.includes('<b>'), 'no raw markup in the XML');
  assert.equal(parseRssFeed(rss).items?.[0]?.title, clean);
  assert.equal(parseAtomFeed(await get('/en/atom.xml')).entries?.[0]?.title?.value, clean);
  assert.equal(parseJsonFeed(await get('/en/feed.json')).items?.[0]?.title, headline, 'JSON keeps the text as it is');
});

test('a feed holds the newest 50 articles by when their news happened', async () => {
  // copy one article into 30 more stories whose news is newer than anything in the demo
  const [src] = await t.db.query<{ id: number; story_id: number }>(`SELECT id, story_id FROM articles WHERE lang = 'ja' ORDER BY id LIMIT 1`);
  for (let i = 1; i <= 30; i++) {
    const [s] = await t.db.query<{ id: number }>(
      `INSERT INTO stories (title, lang, state, report_count, first_seen_at, last_seen_at, needs_writing)
       SELECT title || ' ${i}', lang, state, report_count, first_seen_at, now() + make_interval(mins => ${i}), false FROM stories WHERE id = $1 RETURNING id`, [src.story_id]);
    const [a] = await t.db.query<{ id: number }>(
      `INSERT INTO articles (story_id, lang, slug, section, state, current_version, published_version, first_published_at, published_at, updated_at)
       SELECT $2, lang, slug || '-${i}', section, 'published', 1, 1, now(), now(), now() FROM articles WHERE id = $1 RETURNING id`, [src.id, s.id]);
    await t.db.query(
      `INSERT INTO article_versions (article_id, version, headline, lead, body, summary, writer)
       SELECT $2, 1, headline || ' #${i}', lead, body, summary, writer FROM article_versions WHERE article_id = $1 AND version = 1`, [src.id, a.id]);
  }
  const [{ n }] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM articles WHERE state = 'published'`);
  assert.ok(n > feedSize, `${n} published articles`);
  const items = parseJsonFeed(await get('/ja/feed.json')).items ?? [];
  assert.equal(items.length, feedSize);
  assert.match(items[0].title ?? '', / #30$/, 'the newest news first');
  assert.match(items[29].title ?? '', / #1$/);
  assert.deepEqual(items.map((i) => i.url), (await latestArticles(t.db, 'ja', { limit: feedSize })).map((a) => `${site}/ja/articles/${a.id}`));
});

test('articles with a picture carry it: JSON Feed image, RSS enclosure and Media RSS with its alt text, Atom enclosure link', async () => {
  await runIllustrateStage(testNewsroom(t.db), { cardsPerRun: 2 });
  const ids = (await latestArticles(t.db, 'en', { limit: feedSize })).map((a) => a.id);
  const images = await imagesForPage(t.db, ids, 'en');
  assert.ok(images.size > 0 && images.size < ids.length, `${images.size} of ${ids.length} articles have a picture`);

  const json = parseJsonFeed(await get('/en/feed.json'));
  for (const item of json.items ?? []) {
    const id = Number(item.url?.split('/').pop());
    const image = images.get(id);
    assert.equal(item.image, image ? site + image.src : undefined, `item ${id}`);
  }
  const rss = parseRssFeed(await get('/en/feed.xml'));
  const withImage = rss.items?.filter((i) => i.enclosures?.length) ?? [];
  assert.equal(withImage.length, images.size);
  for (const item of withImage) {
    const image = images.get(Number(item.link?.split('/').pop()))!;
    assert.deepEqual(item.enclosures, [{ url: site + image.src, length: 0, type: 'image/jpeg' }]);
    const media = item.media?.contents?.[0];
    assert.equal(media?.url, site + image.src);
    assert.equal(media?.width, image.width);
    assert.equal(media?.description?.value, image.alt);
  }
  const atom = parseAtomFeed(await get('/en/atom.xml'));
  const enclosures = atom.entries?.flatMap((e) => e.links?.filter((l) => l.rel === 'enclosure') ?? []) ?? [];
  assert.deepEqual(enclosures.map((l) => l.href).sort(), [...images.values()].map((i) => site + i.src).sort());
});

test('a feed is kept with an ETag, answered 304 while unchanged, and rebuilt after a published change', async () => {
  const first = await app().request('/en/feed.json');
  const etag = first.headers.get('etag');
  assert.ok(etag, 'an ETag');
  assert.match(first.headers.get('cache-control') ?? '', /^public, max-age=\d+, s-maxage=\d+/, 'readers and CDNs keep it briefly, then ask again cheaply');
  const same = await app().request('/en/feed.json', { headers: { 'if-none-match': etag } });
  assert.equal(same.status, 304);
  assert.equal(same.headers.get('etag'), etag);
  assert.equal((await app().request('/en/feed.json', { headers: { 'if-none-match': '"other"' } })).status, 200, 'another version is answered in full');
  assert.notEqual((await app().request('/en/feed.xml')).headers.get('etag'), etag, 'each format is kept on its own');

  const [newest] = await latestArticles(t.db, 'en', { limit: 1 });
  assert.equal(newest.translated, false, 'the English edition shows this article\'s original text');
  await t.db.query(
    `UPDATE article_versions v SET headline = 'Rewritten headline' FROM articles a
      WHERE a.id = v.article_id AND v.version = a.published_version AND a.id = $1`, [newest.id]);
  assert.equal((await app().request('/en/feed.json', { headers: { 'if-none-match': etag } })).status, 304, 'kept until the site says it changed');
  await siteChanged(t.db);
  const changed = await app().request('/en/feed.json', { headers: { 'if-none-match': etag } });
  assert.equal(changed.status, 200);
  assert.ok(changed.headers.get('etag') && changed.headers.get('etag') !== etag, 'a new ETag');
  const item = parseJsonFeed(await changed.text()).items?.find((i) => i.url === `${site}/en/articles/${newest.id}`);
  assert.equal(item?.title, 'Rewritten headline');
});
