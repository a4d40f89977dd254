// The readers' site on the demo corpus: editions, the article page and what
// it must show, caching with ETags and invalidation, the cookie notice and
// first-party analytics, error pages, and the language of every text.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { loadDemoIfEmpty } from '../../src/pipeline/demo.ts';
import { runAllStages, textStages } from '../../src/pipeline/stages.ts';
import { runIllustrateStage } from '../../src/illustrate/illustrate-stage.ts';
import { createApp } from '../../src/web/app.ts';
import { pruneAnalytics } from '../../src/web/analytics.ts';
import { t as msg } from '../../src/web/i18n/i18n.ts';
import { checkPageLanguages } from '../../src/web/quality.ts';
import { searchArticles } from '../../src/web/search.ts';
import { cssPath } from '../../src/web/style.ts';
import { correctArticle } from '../../src/write/queries.ts';
import { siteChanged } from '../../src/pipeline/site-version.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { testConfig, testNewsroom } from '../helpers/newsroom.ts';

let t: TestDb;
let app: ReturnType<typeof createApp>;
/** `own_language_only`: no edition has an article of its own for it (its story is reported in one language) */
let articles: Array<{ id: number; lang: string; thread_id: number; own_language_only: boolean }>;
const config = testConfig({ siteUrl: 'https://news.example' });

before(async () => {
  t = await createTestDb();
  await loadDemoIfEmpty(t.db);
  await runAllStages(testNewsroom(t.db), undefined, textStages);
  await runIllustrateStage(testNewsroom(t.db), { cardsPerRun: 6 }); // a few pictures are enough here
  app = createApp(t.db, config);
  articles = await t.db.query(`SELECT a.id, a.lang, s.thread_id, NOT EXISTS (SELECT 1 FROM translations t WHERE t.article_id = a.id) AS own_language_only
    FROM articles a JOIN stories s ON s.id = a.story_id WHERE a.state = 'published' ORDER BY a.id`);
});
after(() => t.drop());

/** Text as hono/jsx writes it into an element. */
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
const analyticsRows = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM analytics_events'))[0].n;

test('/ sends a reader to the edition they chose before, else the one their browser asks for, else the first', async () => {
  const to = async (headers: Record<string, string>) => (await get('/', headers)).headers.get('location');
  assert.equal(await to({ 'accept-language': 'ja-JP,ja;q=0.9,en;q=0.5' }), '/ja/');
  assert.equal(await to({ 'accept-language': 'fr-FR, en-GB;q=0.8, ko;q=0.7' }), '/en/');
  assert.equal(await to({ 'accept-language': 'de' }), '/ko/');
  assert.equal(await to({}), '/ko/');
  assert.equal(await to({ 'accept-language': 'en', cookie: 'nr_edition=ja' }), '/ja/', 'a remembered choice wins');
  assert.equal(await to({ 'accept-language': 'en', cookie: 'nr_edition=xx' }), '/en/', 'an unknown remembered edition is ignored');
  assert.match((await get('/')).headers.get('vary') ?? '', /Accept-Language/);
});

test('each edition\'s front page is in its language, marks untranslated originals, and asks about cookies', async () => {
  for (const ed of ['ko', 'en', 'ja']) {
    const res = await get(`/${ed}/`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('set-cookie'), null, 'no cookie before the reader answers');
    const html = await res.text();
    assert.match(html, new RegExp(`<html lang="${ed}"`));
    assert.ok(html.includes(msg(ed, 'label.topStories')));
    assert.ok(html.includes(msg(ed, 'cookie.accept')) && html.includes(msg(ed, 'cookie.decline')));
    assert.ok(html.includes(`href="/${ed}/privacy"`));
    // no translation provider here: every article in another language is its original, marked
    const others = articles.filter((a) => a.lang !== ed).length;
    assert.ok(others > 0);
    assert.match(html, /class="badge orig"/);
    assert.deepEqual(checkPageLanguages(html).findings, [], `${ed}: every text is in the language the page declares for it`);
  }
  assert.equal(await analyticsRows(), 0);
});

test('the article page shows headline, lead, cited body, byline, sources, JSON-LD, alternates and social tags', async () => {
  const a = articles.find((x) => x.lang === 'en' && x.own_language_only)!;
  for (const ed of ['en', 'ko']) {
    const res = await get(`/${ed}/articles/${a.id}`);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.ok(html.includes(msg(ed, 'label.reportedByAi')));
    assert.ok(html.includes(msg(ed, 'label.sources')));
    const marks = [...html.matchAll(/href="#source-(\d+)"/g)].map((m) => m[1]);
    assert.ok(marks.length > 0, 'paragraphs cite their sources');
    for (const n of new Set(marks)) assert.ok(html.includes(`id="source-${n}"`), `citation ${n} points at a listed source`);
    const ld = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]);
    assert.equal(ld['@type'], 'NewsArticle');
    assert.equal(ld.inLanguage, 'en');
    assert.equal(ld.citation.length, new Set(marks).size);
    assert.ok(ld.citation.every((c: { url?: string }) => c.url?.startsWith('http')));
    // hreflang names only the editions that show the article in their language: with no translation, only English
    const hreflang = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(hreflang, [['en', `https://news.example/en/articles/${a.id}`], ['x-default', `https://news.example/en/articles/${a.id}`]]);
    // the language switcher still offers every edition, on the same article
    for (const e of ['ko', 'en', 'ja']) assert.ok(html.includes(`href="/edition/${e}?to=${encodeURIComponent(`/${e}/articles/${a.id}`)}"`), `switch to ${e}`);
    assert.ok(html.includes('<meta property="og:title"') && html.includes('<meta name="twitter:card"'));
    // the English original on the Korean page: marked, and its canonical home is the English page
    if (ed === 'ko') {
      assert.ok(html.includes(`<link rel="canonical" href="https://news.example/en/articles/${a.id}"/>`));
      assert.match(html, /<article class="story" lang="en">/);
      assert.ok(html.includes(msg('ko', 'label.originalLanguage', { language: '영어' })));
    }
    assert.deepEqual(checkPageLanguages(html).findings, []);
  }
});

test('the language switcher keeps the reader on the same article and remembers the choice', async () => {
  const a = articles[0];
  const html = await (await get(`/ko/articles/${a.id}`)).text();
  const link = html.match(new RegExp(`href="(/edition/ja\\?to=[^"]+)"`))![1].replace(/&amp;/g, '&');
  const res = await get(link);
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), `/ja/articles/${a.id}`);
  assert.match(res.headers.get('set-cookie') ?? '', /nr_edition=ja/);
  assert.equal((await get('/edition/ja?to=https://evil.example/')).headers.get('location'), '/ja/', 'never sends a reader off the site');
});

test('pages are served with an ETag, answered 304 when unchanged, and re-rendered after a correction', async () => {
  const a = articles[1];
  const first = await get(`/en/articles/${a.id}`);
  const etag = first.headers.get('etag')!;
  assert.ok(etag);
  assert.match(first.headers.get('cache-control') ?? '', /^public, max-age=\d+, s-maxage=\d+/, 'a public page a CDN may keep briefly');
  assert.equal((await get(`/en/articles/${a.id}`, { 'if-none-match': etag })).status, 304);
  await correctArticle(t.db, a.id, 'An earlier version gave the wrong date of the vote.');
  const after = await get(`/en/articles/${a.id}`, { 'if-none-match': etag });
  assert.equal(after.status, 200, 'a correction changes the page');
  const html = await after.text();
  assert.ok(html.includes('An earlier version gave the wrong date of the vote.'));
  assert.ok(html.includes(msg('en', 'label.corrections')));
});

test('the cookie notice works as a plain form; nothing is recorded before Accept or after Decline', async () => {
  const post = (choice: string, cookie = '') => app.request('/consent', {
    method: 'POST', body: new URLSearchParams({ choice, back: '/en/' }), headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost', cookie },
  });
  await t.db.query('DELETE FROM analytics_events');
  const declined = await post('decline');
  assert.equal(declined.status, 303);
  assert.equal(declined.headers.get('location'), '/en/');
  assert.match(declined.headers.get('set-cookie') ?? '', /nr_consent=no/);
  const quiet = await (await get('/en/', { cookie: 'nr_consent=no' })).text();
  assert.ok(!quiet.includes(msg('en', 'cookie.accept')), 'the answer is remembered');
  assert.equal(await analyticsRows(), 0);

  const accepted = await post('accept');
  assert.match(accepted.headers.get('set-cookie') ?? '', /nr_consent=yes/);
  await get('/en/', { cookie: 'nr_consent=yes', referer: 'https://search.example/q?x=1', 'user-agent': 'TestBrowser/1.0' });
  await get(`/en/articles/${articles[0].id}`, { cookie: 'nr_consent=yes', 'user-agent': 'TestBrowser/1.0' });
  await new Promise((r) => setTimeout(r, 200)); // recording does not hold up the page
  // recorded in the background, so in either order
  const rows = await t.db.query<{ path: string; edition: string; referrer_host: string | null; visitor_hash: string }>('SELECT path, edition, referrer_host, visitor_hash FROM analytics_events ORDER BY path DESC');
  assert.deepEqual(rows.map((r) => [r.path, r.edition, r.referrer_host]), [[`/en/articles/${articles[0].id}`, 'en', null], ['/en/', 'en', 'search.example']]);
  assert.equal(rows[0].visitor_hash, rows[1].visitor_hash, 'one visitor within a day');
  assert.ok(!JSON.stringify(rows).includes('TestBrowser'), 'the user agent is not stored');
  const reset = await post('reset', 'nr_consent=yes');
  assert.match(reset.headers.get('set-cookie') ?? '', /nr_consent=;/);
});

test('page views and salts older than the retention period are pruned', async () => {
  await t.db.query(`INSERT INTO analytics_events (at, path, edition, visitor_hash) VALUES (now() - interval '100 days', '/en/', 'en', 'x'), (now(), '/en/', 'en', 'y')`);
  await t.db.query(`INSERT INTO analytics_salts (day, salt) VALUES (current_date - 3, 'old') ON CONFLICT DO NOTHING`);
  await pruneAnalytics(t.db, 90);
  const left = await t.db.query<{ visitor_hash: string }>('SELECT visitor_hash FROM analytics_events');
  assert.ok(!left.some((r) => r.visitor_hash === 'x') && left.some((r) => r.visitor_hash === 'y'));
  assert.equal((await t.db.query(`SELECT 1 FROM analytics_salts WHERE salt = 'old'`)).length, 0);
});

test('the story timeline, sections, policies and search pages exist in every edition', async () => {
  const thread = (await t.db.query<{ thread_id: number }>(
    `SELECT s.thread_id FROM articles a JOIN stories s ON s.id = a.story_id WHERE a.state = 'published' GROUP BY s.thread_id HAVING count(*) > 1 LIMIT 1`))[0].thread_id;
  for (const ed of ['ko', 'en', 'ja']) {
    const story = await get(`/${ed}/stories/${thread}`);
    assert.equal(story.status, 200);
    assert.ok((await story.text()).includes(msg(ed, 'label.storyTimeline')));
    const ai = await (await get(`/${ed}/ai-policy`)).text();
    assert.ok(ai.includes(msg(ed, 'policy.ai.title', { siteName: config.siteName })));
    const privacy = await (await get(`/${ed}/privacy`)).text();
    assert.ok(privacy.includes(msg(ed, 'policy.privacy.title', { siteName: config.siteName })));
    for (const html of [ai, privacy]) assert.deepEqual(checkPageLanguages(html).findings, []);
    assert.equal((await get(`/${ed}/sections`)).status, 200);
  }
  const [{ section }] = await t.db.query<{ section: string }>(`SELECT section FROM articles WHERE state = 'published' LIMIT 1`);
  const sectionPage = await (await get(`/en/sections/${section}`)).text();
  assert.ok(sectionPage.includes(msg('en', `section.${section}`)));
  const search = await (await get('/en/search?q=Portmere')).text();
  assert.match(search, /\/en\/articles\/\d+/);
  // each hit shows where the query matched
  const { hits } = await searchArticles(t.db, { lang: 'en', query: 'Portmere', limit: 30 });
  const withSnippet = hits.filter((h) => h.snippet);
  assert.ok(withSnippet.length > 0, 'some hit matched in its lead, body or summary');
  for (const h of withSnippet) {
    assert.match(h.snippet!, /Portmere/i);
    assert.ok(search.includes(`<p lang="${h.lang}">${escapeHtml(h.snippet!)}</p>`), `article ${h.articleId}'s snippet is shown`);
  }
});

test('unknown pages get a localized 404; the stylesheet is cached for a year', async () => {
  const missing = await get('/ja/articles/999999');
  assert.equal(missing.status, 404);
  assert.ok((await missing.text()).includes(msg('ja', 'error.notFound.title')));
  const nowhere = await get('/nowhere', { 'accept-language': 'ko' });
  assert.equal(nowhere.status, 404);
  assert.ok((await nowhere.text()).includes(msg('ko', 'error.notFound.title')));
  const css = await get(cssPath);
  assert.equal(css.status, 200);
  assert.match(css.headers.get('cache-control') ?? '', /immutable/);
});

test('a page with its stylesheet stays under 60 KB and needs no script', async () => {
  const css = await (await get(cssPath)).text();
  for (const path of ['/ko/', `/en/articles/${articles[0].id}`, `/ja/articles/${articles[2].id}`]) {
    const html = await (await get(path)).text();
    const bytes = Buffer.byteLength(html) + Buffer.byteLength(css);
    assert.ok(bytes < 60 * 1024, `${path}: ${bytes} bytes`);
    assert.ok(!/<script(?![^>]*application\/ld\+json)/.test(html), `${path} has no script`);
  }
});

test('an illustrated article shows its card labelled as a graphic, in three formats with sizes, and declares it for sharing', async () => {
  const [img] = await t.db.query<{ article_id: number; lang: string }>(`SELECT article_id, lang FROM images WHERE kind = 'card' ORDER BY article_id LIMIT 1`);
  assert.ok(img, 'the illustrate stage drew cards');
  const html = await (await get(`/${img.lang}/articles/${img.article_id}`)).text();
  const figure = html.match(/<figure class="hero">(.*?)<\/figure>/s)?.[1] ?? '';
  assert.match(figure, /<source type="image\/avif" srcset="[^"]+ 480w/);
  assert.match(figure, /<source type="image\/webp"/);
  assert.match(figure, /<img [^>]*width="\d+" height="\d+"/);
  assert.match(figure, /alt="[^"]{10,}"/);
  assert.ok(figure.includes(msg(img.lang, 'label.graphic')) && !figure.includes(msg(img.lang, 'label.aiImage')), 'a card is a graphic, never AI');
  assert.match(html, /<meta property="og:image" content="https:\/\/news\.example\/media\/[^"]+\.jpg"/);
  const ld = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]);
  assert.equal(ld.image[0].digitalSourceType, 'https://schema.org/DigitalArtDigitalSource');
  const src = figure.match(/<img [^>]*src="([^"]+)"/)![1];
  const file = await get(src);
  assert.equal(file.status, 200);
  assert.match(file.headers.get('cache-control') ?? '', /immutable/);
  assert.equal(file.headers.get('content-type'), 'image/jpeg');
});

test('a failed translation leaves the original up, marked; a finished one is shown in the edition\'s language with its translator', async () => {
  const a = articles.filter((x) => x.lang === 'en' && x.own_language_only)[1];
  const [{ version, body }] = await t.db.query<{ version: number; body: Array<{ text: string; citations: number[] }> }>(
    `SELECT a.published_version AS version, v.body FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.published_version WHERE a.id = $1`, [a.id]);
  await t.db.query(`INSERT INTO translations (article_id, version, lang, provider, state, error, attempts, next_attempt_at)
    VALUES ($1, $2, 'ko', 'libretranslate', 'failed', 'LibreTranslate: HTTP 503', 1, now() + interval '1 minute')`, [a.id, version]);
  await siteChanged(t.db);
  const down = await (await get(`/ko/articles/${a.id}`)).text();
  assert.match(down, /<article class="story" lang="en">/, 'the original, with its language');
  assert.ok(down.includes(msg('ko', 'label.originalLanguage', { language: '영어' })));

  const koBody = body.map((p, i) => ({ text: `번역된 문단 ${i + 1}입니다. 시의회는 이 계획을 다음 달에 다시 검토한다고 밝혔다.`, citations: p.citations }));
  await t.db.query(`UPDATE translations SET state = 'done', error = NULL, headline = '포트미어 시의회, 새 계획 검토', lead = '포트미어 시의회가 새 계획을 검토한다고 밝혔다. 결정은 다음 달에 나온다.',
    body = $3, summary = '포트미어 시의회가 새 계획을 검토한다.', alt_text = '의회 건물의 정면', model = NULL
    WHERE article_id = $1 AND version = $2 AND lang = 'ko'`, [a.id, version, JSON.stringify(koBody)]);
  await siteChanged(t.db);
  const html = await (await get(`/ko/articles/${a.id}`)).text();
  assert.match(html, /<article class="story" lang="ko">/);
  assert.ok(html.includes('포트미어 시의회, 새 계획 검토'));
  const header = html.slice(html.indexOf('<article class="story"'), html.indexOf('<h1>'));
  assert.ok(!header.includes('badge orig'), 'not marked as an original');
  assert.ok(html.includes(msg('ko', 'label.translatedBy', { language: '영어', provider: 'libretranslate' })));
  assert.equal((html.match(/href="#source-\d+"/g) ?? []).length > 0, true, 'citations survive translation');
  const ld = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]);
  assert.equal(ld.inLanguage, 'ko');
  assert.equal(ld.translationOfWork.inLanguage, 'en');
  assert.equal(ld.translationOfWork.url, `https://news.example/en/articles/${a.id}`);
  const hreflang = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => m[1]);
  assert.deepEqual(hreflang, ['ko', 'en', 'x-default'], 'now Korean shows it in Korean too; Japanese still does not');
  assert.ok(html.includes(`<link rel="canonical" href="https://news.example/ko/articles/${a.id}"/>`), 'the translation is its own canonical page');
  assert.deepEqual(checkPageLanguages(html).findings, []);
});

test('a story reported in several languages: an edition with reports in its language shows the article written from them, not a translation', async () => {
  const [own] = await t.db.query<{ id: number; headline: string; writer: string }>(
    `SELECT tr.article_id AS id, tr.headline, tr.writer FROM translations tr JOIN articles a ON a.id = tr.article_id AND a.published_version = tr.version
     WHERE tr.lang = 'ja' AND tr.provider = 'edition' AND a.state = 'published' ORDER BY tr.article_id LIMIT 1`);
  assert.ok(own, 'the demo has a story reported in Japanese and another language');
  assert.equal(own.writer, 'extractive');
  const html = await (await get(`/ja/articles/${own.id}`)).text();
  assert.match(html, /<article class="story" lang="ja">/);
  assert.ok(html.includes(escapeHtml(own.headline)));
  const header = html.slice(html.indexOf('<article class="story"'), html.indexOf('<h1>'));
  assert.ok(!header.includes('badge orig'), 'not marked as an original in another language');
  const ld = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]);
  assert.equal(ld.inLanguage, 'ja');
  assert.equal(ld.translationOfWork, undefined, 'written, not translated');
  // it cites the story's Japanese reports
  const cited = await t.db.query<{ lang: string }>(
    `SELECT DISTINCT r.lang FROM translations tr, jsonb_array_elements(tr.body) p, jsonb_array_elements(p->'citations') c JOIN reports r ON r.id = c::text::bigint
     WHERE tr.article_id = $1 AND tr.lang = 'ja' AND tr.provider = 'edition'`, [own.id]);
  assert.deepEqual(cited.map((r) => r.lang), ['ja']);
});
