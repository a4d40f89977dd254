// Sitemaps and robots.txt on a newsroom that ran its real pipeline over the
// demo corpus: every published article in the editions that show it in their
// own language, with its hreflang alternates, the index form when a file would
// be too big, a Google News sitemap of the last 48 hours only, and robots.txt
// pointing at both.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { Hono } from 'hono';
import { siteChanged } from '../../src/pipeline/site-version.ts';
import { PageCache } from '../../src/web/page-cache.ts';
import { sitemapRoutes } from '../../src/web/sitemaps.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { seedDemoSite } from '../helpers/demo-site.ts';
import { testConfig } from '../helpers/newsroom.ts';

const config = testConfig({ siteUrl: 'https://news.example/', siteName: 'Tom & Jerry News' });
const site = 'https://news.example';
const editions = ['ko', 'en', 'ja'];

let t: TestDb;
let translatedId: number;
let caches: PageCache[] = [];
beforeEach(async () => {
  t = await createTestDb();
  translatedId = await seedDemoSite(t.db);
});
afterEach(async () => {
  for (const cache of caches) cache.close();
  caches = [];
  await t.drop();
});

/** The sitemap routes with a cache of their own. */
function routes(opts?: { maxUrlsPerFile?: number }) {
  const cache = new PageCache();
  caches.push(cache);
  return new Hono().route('/', sitemapRoutes({ db: t.db, config, cache }, opts));
}

async function fetchXml(app: Hono, path: string) {
  const res = await app.request(path);
  assert.equal(res.status, 200, path);
  assert.equal(res.headers.get('content-type'), 'application/xml; charset=utf-8');
  const text = await res.text();
  assert.ok(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n'));
  assert.ok(!/&(?!(amp|lt|gt|quot|apos);)/.test(text), 'every & is an entity');
  return parseDocument(text, { xmlMode: true });
}

const text = (parent: any, tag: string) => {
  const [el] = DomUtils.getElementsByTagName(tag, parent);
  return el ? DomUtils.textContent(el) : undefined;
};

interface Entry { loc: string; lastmod?: string; alternates: Record<string, string> }

function entries(doc: ReturnType<typeof parseDocument>): Entry[] {
  return DomUtils.getElementsByTagName('url', doc).map((u) => ({
    loc: text(u, 'loc')!,
    lastmod: text(u, 'lastmod'),
    alternates: Object.fromEntries(DomUtils.getElementsByTagName('xhtml:link', u).map((l) => {
      assert.equal(l.attribs.rel, 'alternate');
      return [l.attribs.hreflang, l.attribs.href];
    })),
  }));
}

const published = async () =>
  (await t.db.query<{ id: number; updated_at: Date; section: string }>(`SELECT id, updated_at, section FROM articles WHERE state = 'published' ORDER BY id`))
    .map((r) => ({ ...r, id: Number(r.id) }));

/** The editions that show an article of their own for a story reported in several languages (written by the write stage, not translated). */
async function editionArticles(): Promise<Map<number, string[]>> {
  const rows = await t.db.query<{ id: number; lang: string }>(
    `SELECT tr.article_id AS id, tr.lang FROM translations tr JOIN articles a ON a.id = tr.article_id AND a.published_version = tr.version
     WHERE tr.provider = 'edition' AND tr.state = 'done' ORDER BY tr.lang`);
  const out = new Map<number, string[]>();
  for (const r of rows) out.set(Number(r.id), [...(out.get(Number(r.id)) ?? []), r.lang]);
  return out;
}

test('the sitemap lists fronts and sections in every edition, and each article only in the editions that show it in their own language', async () => {
  const [held, foreign] = (await published()).map((a) => a.id).filter((id) => id !== translatedId);
  await t.db.query(`UPDATE articles SET state = 'held', hold_reason = 'checking' WHERE id = $1`, [held]);
  // a language the site has no edition for, untranslated: its home is the first edition
  await t.db.query(`UPDATE articles SET lang = 'fr' WHERE id = $1`, [foreign]);
  // not shown by any edition in its language: a failed translation, and one into the article's own language (English)
  await t.db.query(
    `INSERT INTO translations (article_id, version, lang, headline, lead, body, summary, provider, state)
     SELECT a.id, a.published_version, l.lang, 'x', 'x', '[]', 'x', 'test-mt', l.state
       FROM articles a, (VALUES ('ja', 'failed'), ('en', 'done')) AS l(lang, state) WHERE a.id = $1`, [translatedId]);
  const articles = await published();
  const langs = new Map((await t.db.query<{ id: number; lang: string }>('SELECT id, lang FROM articles')).map((r) => [Number(r.id), r.lang]));
  const own = await editionArticles();
  const homes = (id: number) => [...(id === translatedId ? ['ko', 'en'] : id === foreign ? ['ko'] : [langs.get(id)!]), ...(own.get(id) ?? [])];

  const doc = await fetchXml(routes(), '/sitemap.xml');
  assert.equal(DomUtils.getElementsByTagName('urlset', doc)[0].attribs.xmlns, 'http://www.sitemaps.org/schemas/sitemap/0.9');
  const list = entries(doc);
  const sections = [...new Set(articles.map((a) => a.section))].sort();
  const articleUrls = articles.reduce((n, a) => n + homes(a.id).length, 0);
  assert.ok(articleUrls < editions.length * articles.length, 'untranslated originals are not listed in the other editions');
  assert.equal(list.length, editions.length * (1 + sections.length) + articleUrls);
  const byLoc = new Map(list.map((e) => [e.loc, e]));
  assert.equal(byLoc.size, list.length, 'no URL twice');

  const pages = [
    { path: (e: string) => `/${e}/`, editions },
    ...sections.map((s) => ({ path: (e: string) => `/${e}/sections/${s}`, editions })),
    ...articles.map((a) => ({ path: (e: string) => `/${e}/articles/${a.id}`, editions: homes(a.id) })),
  ];
  for (const page of pages) {
    // the listed editions in the configured order, x-default the first of them
    const listed = editions.filter((e) => page.editions.includes(e));
    const alternates = Object.fromEntries([...listed.map((e) => [e, site + page.path(e)]), ['x-default', site + page.path(listed[0])]]);
    for (const e of editions) {
      if (listed.includes(e)) assert.deepEqual(byLoc.get(site + page.path(e))?.alternates, alternates, page.path(e));
      else assert.ok(!byLoc.has(site + page.path(e)), `${page.path(e)}: its canonical page is another edition's`);
    }
  }
  assert.deepEqual(byLoc.get(`${site}/en/articles/${translatedId}`)?.alternates,
    { ko: `${site}/ko/articles/${translatedId}`, en: `${site}/en/articles/${translatedId}`, 'x-default': `${site}/ko/articles/${translatedId}` });
  assert.ok(!byLoc.has(`${site}/ja/articles/${translatedId}`), 'a failed translation does not make a page its edition\'s');
  assert.ok(byLoc.has(`${site}/ko/articles/${foreign}`) && !byLoc.has(`${site}/en/articles/${foreign}`), 'a language without an edition: listed once, in the first edition');
  for (const e of editions) assert.ok(!byLoc.has(`${site}/${e}/articles/${held}`), 'an article taken down is not listed');
  const a = articles[3];
  assert.equal(byLoc.get(`${site}/${homes(a.id)[0]}/articles/${a.id}`)?.lastmod, a.updated_at.toISOString().replace(/\.\d{3}Z$/, 'Z'));
  assert.ok(list.every((e) => e.lastmod && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(e.lastmod)));
});

test('a sitemap is kept until the site changes and answers 304 to its ETag', async () => {
  const app = routes();
  const first = await app.request('/sitemap.xml');
  const etag = first.headers.get('etag');
  assert.ok(etag, 'an ETag');
  assert.equal((await app.request('/sitemap.xml', { headers: { 'if-none-match': etag } })).status, 304);
  const [{ id }] = await t.db.query<{ id: number }>(`SELECT id FROM articles WHERE state = 'published' AND id <> $1 ORDER BY id LIMIT 1`, [translatedId]);
  await t.db.query(`UPDATE articles SET state = 'held', hold_reason = 'checking' WHERE id = $1`, [id]);
  assert.equal((await app.request('/sitemap.xml', { headers: { 'if-none-match': etag } })).status, 304, 'unchanged until the site says it changed');
  await siteChanged(t.db);
  const after = await app.request('/sitemap.xml', { headers: { 'if-none-match': etag } });
  assert.equal(after.status, 200);
  assert.notEqual(after.headers.get('etag'), etag);
  assert.ok((await first.text()).includes(`/articles/${id}<`) && !(await after.text()).includes(`/articles/${id}<`), 'the held article is gone');
});

test('a site too big for one file gets a sitemap index whose files hold the same URLs', async () => {
  const single = entries(await fetchXml(routes(), '/sitemap.xml'));
  const app = routes({ maxUrlsPerFile: 30 });
  const index = await fetchXml(app, '/sitemap.xml');
  assert.equal(DomUtils.getElementsByTagName('urlset', index).length, 0);
  const files = DomUtils.getElementsByTagName('sitemap', index).map((s) => text(s, 'loc')!);
  assert.equal(files.length, Math.ceil(single.length / 30));
  const all: Entry[] = [];
  for (const [i, loc] of files.entries()) {
    assert.equal(loc, `${site}/sitemaps/${i + 1}.xml`);
    const part = entries(await fetchXml(app, loc.slice(site.length)));
    assert.ok(part.length <= 30 && part.length > 0);
    all.push(...part);
  }
  assert.deepEqual(all, single);
  assert.equal((await app.request(`/sitemaps/${files.length + 1}.xml`)).status, 404);
  assert.equal((await app.request('/sitemaps/abc.xml')).status, 404);
});

test('the news sitemap lists only articles first published in the last 48 hours, each in the editions whose language it is in', async () => {
  const articles = await published();
  const others = articles.map((a) => a.id).filter((id) => id !== translatedId);
  const recent = [...others.slice(0, 3), translatedId];
  await t.db.query(`UPDATE articles SET first_published_at = now() - interval '5 days'`);
  await t.db.query(`UPDATE articles SET first_published_at = now() - interval '1 hour' * (array_position($1::bigint[], id)) WHERE id = ANY($1::bigint[])`, [recent]);
  await t.db.query(`UPDATE articles SET first_published_at = now() - interval '49 hours' WHERE id = $1`, [others[5]]);
  // a translation into the article's own language is not what its edition shows
  await t.db.query(
    `INSERT INTO translations (article_id, version, lang, headline, lead, body, summary, provider)
     SELECT id, published_version, 'en', 'Own-language rewrite', 'x', '[]', 'x', 'test-mt' FROM articles WHERE id = $1`, [translatedId]);

  const doc = await fetchXml(routes(), '/news-sitemap.xml');
  assert.equal(DomUtils.getElementsByTagName('urlset', doc)[0].attribs['xmlns:news'], 'http://www.google.com/schemas/sitemap-news/0.9');
  const urls = DomUtils.getElementsByTagName('url', doc).map((u) => ({
    loc: text(u, 'loc')!,
    name: text(u, 'news:name'),
    language: text(u, 'news:language'),
    date: text(u, 'news:publication_date'),
    title: text(u, 'news:title'),
  }));
  const langs = new Map((await t.db.query<{ id: number; lang: string }>('SELECT id, lang FROM articles')).map((r) => [Number(r.id), r.lang]));
  const own = await editionArticles();
  const expected = recent.flatMap((id) => [...(id === translatedId ? ['ko', 'en'] : [langs.get(id)!]), ...(own.get(id) ?? [])].map((e) => `${site}/${e}/articles/${id}`));
  assert.deepEqual(urls.map((u) => u.loc).sort(), expected.sort());
  assert.ok(urls.every((u) => u.name === 'Tom & Jerry News'));
  assert.ok(urls.every((u) => u.loc.startsWith(`${site}/${u.language}/`)), 'the language is the edition\'s');
  assert.equal(urls.find((u) => u.loc === `${site}/ko/articles/${translatedId}`)?.title, `번역된 제목 ${translatedId}`);
  const [orig] = await t.db.query<{ headline: string }>(
    'SELECT v.headline FROM article_versions v JOIN articles a ON a.id = v.article_id AND v.version = a.published_version WHERE a.id = $1', [translatedId]);
  assert.equal(urls.find((u) => u.loc === `${site}/en/articles/${translatedId}`)?.title, orig.headline);
  const dates = urls.map((u) => Date.parse(u.date!));
  assert.deepEqual(dates, [...dates].sort((x, y) => y - x), 'newest first');
});

test('robots.txt allows the site, keeps crawlers off the API and the consent endpoint, and names both sitemaps', async () => {
  const res = await routes().request('/robots.txt');
  assert.equal(res.headers.get('content-type'), 'text/plain; charset=utf-8');
  const lines = (await res.text()).split('\n');
  assert.equal(lines[0], 'User-agent: *');
  for (const line of ['Allow: /', 'Disallow: /api/', 'Disallow: /consent', `Sitemap: ${site}/sitemap.xml`, `Sitemap: ${site}/news-sitemap.xml`]) {
    assert.ok(lines.includes(line), line);
  }
});
