// The editorial rules the site keeps, on a newsroom that ran its real pipeline
// over the demo corpus: a revision held for review leaves the published
// version live everywhere (pages, translations, feeds, sitemaps, API); a held
// version is published only with a reason, or rejected; a merged-away article
// answers 301 to the surviving one and a withdrawn one 410 with its
// corrections, in every edition; /api/v1 answers an index of its endpoints.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { siteChanged } from '../../src/pipeline/site-version.ts';
import { mergeStories } from '../../src/stories/editor.ts';
import { createApp } from '../../src/web/app.ts';
import { t as msg } from '../../src/web/i18n/i18n.ts';
import { indexSchema, goneSchema, openApiDocument } from '../../src/web/openapi.ts';
import type { Grounding } from '../../src/write/grounding.ts';
import {
  correctArticle, getArticle, holdArticle, listArticles, publishArticle, rejectVersion, UnsupportedClaimsError,
} from '../../src/write/queries.ts';
import { saveVersion } from '../../src/write/write-stage.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { seedDemoSite } from '../helpers/demo-site.ts';
import { testConfig } from '../helpers/newsroom.ts';

const config = testConfig({ siteUrl: 'https://news.example' });
const editions = ['ko', 'en', 'ja'];

let t: TestDb;
let app: ReturnType<typeof createApp>;
/** an English article with a finished Korean translation of its published version */
let translatedId: number;
beforeEach(async () => {
  t = await createTestDb();
  translatedId = await seedDemoSite(t.db);
  app = createApp(t.db, config);
});
afterEach(() => t.drop());

const get = (path: string) => app.request(path);
const failing: Grounding = { ok: false, failures: [{ kind: 'number', where: 'paragraph 1', claim: '999', message: 'the number 999 is not in the cited reports' }] };
const grounded: Grounding = { ok: true, failures: [] };

/** A new version of article `id`'s story with this headline, checked as `grounding` says. */
async function revise(id: number, headline: string, grounding: Grounding) {
  const a = (await getArticle(t.db, id))!;
  const v = a.versions[0];
  const article = {
    headline, lead: v.lead, body: v.body, summary: v.summary, entities: v.entities, imageBrief: v.image_brief,
    lang: a.lang, section: a.section, writer: 'extractive' as const, model: null, tokensIn: null, tokensOut: null,
  };
  const state = await t.db.transaction((tx) => saveVersion(tx, a.story_id, article, grounding));
  await siteChanged(t.db); // as the write stage's run does
  return state;
}

async function headlineOf(id: number, version: number): Promise<string> {
  const [v] = await t.db.query<{ headline: string }>('SELECT headline FROM article_versions WHERE article_id = $1 AND version = $2', [id, version]);
  return v.headline;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Where readers meet article `id`: its page in each edition, the feeds, the sitemap and the API. */
async function everywhere(id: number, headline: string) {
  for (const ed of editions) {
    const res = await get(`/${ed}/articles/${id}`);
    assert.equal(res.status, 200, `/${ed}/articles/${id}`);
    const html = await res.text();
    if (ed === 'ko') assert.ok(html.includes(`번역된 제목 ${id}`), 'the Korean edition keeps the translation of the published version');
    else assert.ok(html.includes(escapeHtml(headline)), `${ed}: the published headline`);
  }
  assert.ok((await (await get('/en/feed.xml')).text()).includes(`/en/articles/${id}`), 'in the feed');
  assert.ok((await (await get('/sitemap.xml')).text()).includes(`https://news.example/en/articles/${id}`), 'in the sitemap');
  const api = await (await get(`/api/v1/articles/${id}?edition=ko`)).json() as any;
  assert.equal(api.translated, true);
  assert.equal(api.headline, `번역된 제목 ${id}`);
  const list = await (await get('/api/v1/articles?edition=en&limit=100')).json() as any;
  assert.ok(list.items.some((x: any) => x.id === id), 'in the API listing');
}

test('a revision that fails grounding waits for review while the published version and its translation stay live everywhere', async () => {
  const before = (await getArticle(t.db, translatedId))!;
  const liveHeadline = await headlineOf(translatedId, before.published_version);
  assert.equal(await revise(translatedId, 'Zeppelin figures nobody reported', failing), 'needs-review');

  const now = (await getArticle(t.db, translatedId))!;
  assert.equal(now.state, 'published', 'the article stays on the site');
  assert.equal(now.status, 'needs-review');
  assert.equal(now.pending_review, true);
  assert.equal(now.current_version, before.current_version + 1);
  assert.equal(now.published_version, before.published_version);
  assert.match(now.hold_reason, /the number 999/);
  assert.ok((await listArticles(t.db, { state: 'needs-review' })).some((a) => a.id === translatedId && a.status === 'needs-review'), 'the review queue lists it');
  assert.ok((await listArticles(t.db, { state: 'published' })).some((a) => a.id === translatedId), 'and it is still published');

  await everywhere(translatedId, liveHeadline);
  for (const ed of editions) assert.ok(!(await (await get(`/${ed}/articles/${translatedId}`)).text()).includes('Zeppelin'), `${ed}: the held text is not shown`);

  // a second failing revision keeps waiting; a grounded one is published at once
  assert.equal(await revise(translatedId, 'Zeppelin again', failing), 'needs-review');
  assert.equal((await getArticle(t.db, translatedId))!.published_version, before.published_version);
  assert.equal(await revise(translatedId, 'A grounded revision of the story', grounded), 'published');
  const after = (await getArticle(t.db, translatedId))!;
  assert.equal(after.pending_review, false);
  assert.equal(after.hold_reason, null);
  assert.equal(after.published_version, after.current_version);
  assert.ok((await (await get(`/en/articles/${translatedId}`)).text()).includes('A grounded revision of the story'));
});

test('a held version is published only with a reason, which is recorded with its failing claims', async () => {
  const before = (await getArticle(t.db, translatedId))!;
  await revise(translatedId, 'Zeppelin figures nobody reported', failing);
  const refused = await publishArticle(t.db, translatedId).then(() => undefined, (e) => e);
  assert.ok(refused instanceof UnsupportedClaimsError);
  assert.match(refused.message, /1 unsupported claim: publish it anyway with --reason/);
  assert.deepEqual(refused.failures.map((f: any) => f.claim), ['999']);
  await assert.rejects(publishArticle(t.db, translatedId, { reason: '   ' }), UnsupportedClaimsError);
  assert.equal((await getArticle(t.db, translatedId))!.published_version, before.published_version, 'nothing changed');

  const done = await publishArticle(t.db, translatedId, { reason: 'the figure is in the outlet\'s correction', editor: 'ed@example.org' });
  assert.equal(done.version, before.current_version + 1);
  assert.equal(done.failures.length, 1);
  const now = (await getArticle(t.db, translatedId))!;
  assert.equal(now.published_version, now.current_version);
  assert.equal(now.pending_review, false);
  const [decision] = now.decisions.filter((d: any) => d.kind === 'publish');
  assert.equal(decision.note, 'the figure is in the outlet\'s correction');
  assert.equal(decision.editor, 'ed@example.org');
  assert.deepEqual(decision.subject, { article: translatedId, version: done.version, unsupported: ['paragraph 1: the number 999 is not in the cited reports'] });
  assert.ok((await (await get(`/en/articles/${translatedId}`)).text()).includes('Zeppelin figures nobody reported'));
  // a grounded current version needs no reason
  const [other] = (await listArticles(t.db, { state: 'published' })).filter((a) => a.id !== translatedId);
  assert.equal((await publishArticle(t.db, other.id)).failures.length, 0);
});

test('rejecting a held version keeps the previous one live; the next grounded revision publishes as usual', async () => {
  const before = (await getArticle(t.db, translatedId))!;
  const liveHeadline = await headlineOf(translatedId, before.published_version);
  await assert.rejects(rejectVersion(t.db, translatedId), /no version waiting/);
  await revise(translatedId, 'Zeppelin figures nobody reported', failing);
  const rejected = await rejectVersion(t.db, translatedId, { reason: 'invented figure' });
  assert.deepEqual(rejected, { version: before.current_version + 1, live: before.published_version });
  const now = (await getArticle(t.db, translatedId))!;
  assert.equal(now.state, 'published');
  assert.equal(now.status, 'published');
  assert.equal(now.pending_review, false);
  assert.equal(now.published_version, before.published_version);
  assert.ok(now.versions[0].rejected_at instanceof Date);
  assert.equal(now.decisions.find((d: any) => d.kind === 'reject').note, 'invented figure');
  assert.ok(!(await listArticles(t.db, { state: 'needs-review' })).some((a) => a.id === translatedId), 'out of the review queue');
  await everywhere(translatedId, liveHeadline);
  await assert.rejects(rejectVersion(t.db, translatedId), /already rejected/);
  // publishing the rejected version needs a reason too
  await assert.rejects(publishArticle(t.db, translatedId), /was rejected: publish it anyway with --reason/);

  assert.equal(await revise(translatedId, 'A grounded revision of the story', grounded), 'published');
  assert.equal((await getArticle(t.db, translatedId))!.published_version, before.current_version + 2);

  // a first version that failed: rejecting it leaves a draft, off the site
  const [first] = await t.db.query<{ id: number }>(
    `UPDATE articles SET state = 'needs-review', published_version = NULL, first_published_at = NULL
     WHERE id = (SELECT id FROM articles WHERE state = 'published' AND id <> $1 ORDER BY id LIMIT 1) RETURNING id`, [translatedId]);
  assert.deepEqual(await rejectVersion(t.db, first.id), { version: 1, live: null });
  assert.equal((await getArticle(t.db, first.id))!.state, 'draft');
  assert.equal((await get(`/en/articles/${first.id}`)).status, 404, 'never published: not found, not withdrawn');
});

test('after a merge the merged-away article answers 301 to the surviving one in every edition, and leaves feeds and sitemaps', async () => {
  const published = await t.db.query<{ id: number; story_id: number }>(
    `SELECT id, story_id FROM articles WHERE state = 'published' AND id <> $1 ORDER BY id LIMIT 3`, [translatedId]);
  const [survivor, away, third] = published.map((a) => ({ id: Number(a.id), story: Number(a.story_id) }));
  await mergeStories(t.db, survivor.story, away.story);
  assert.equal((await getArticle(t.db, away.id))!.state, 'merged');
  for (const ed of editions) {
    const res = await get(`/${ed}/articles/${away.id}`);
    assert.equal(res.status, 301, ed);
    assert.equal(res.headers.get('location'), `/${ed}/articles/${survivor.id}`);
    assert.equal((await get(`/${ed}/articles/${survivor.id}`)).status, 200);
  }
  const api = await get(`/api/v1/articles/${away.id}?edition=ja`);
  assert.equal(api.status, 301);
  assert.equal(api.headers.get('location'), `/api/v1/articles/${survivor.id}?edition=ja`);
  assert.ok(!(await (await get('/sitemap.xml')).text()).includes(`/articles/${away.id}<`), 'not in the sitemap');
  const list = await (await get('/api/v1/articles?edition=en&limit=100')).json() as any;
  assert.ok(!list.items.some((x: any) => x.id === away.id), 'not in the API listing');
  await assert.rejects(publishArticle(t.db, away.id), /merged into story/);

  // merges chain: the survivor merged on again leads there
  await mergeStories(t.db, third.story, survivor.story);
  assert.equal((await get(`/en/articles/${away.id}`)).headers.get('location'), `/en/articles/${third.id}`);
  // with no live article to lead to, a merged-away article that was published is withdrawn
  await holdArticle(t.db, third.id, 'checking');
  assert.equal((await get(`/en/articles/${away.id}`)).status, 410);
});

test('a withdrawn article answers 410 with a localized notice and its corrections; the API says so too', async () => {
  await correctArticle(t.db, translatedId, 'An earlier version gave the wrong toll.');
  await holdArticle(t.db, translatedId, 'legal review');
  for (const ed of editions) {
    const res = await get(`/${ed}/articles/${translatedId}`);
    assert.equal(res.status, 410, ed);
    const html = await res.text();
    assert.match(html, new RegExp(`<html lang="${ed}"`));
    assert.ok(html.includes(escapeHtml(msg(ed, 'error.withdrawn.title'))), `${ed}: the notice's title`);
    assert.ok(html.includes(escapeHtml(msg(ed, 'error.withdrawn.text'))), `${ed}: the notice`);
    assert.ok(html.includes('An earlier version gave the wrong toll.'), `${ed}: the correction`);
    assert.ok(!html.includes('번역된 제목'), 'not the article itself');
    assert.match(html, /<meta name="robots" content="noindex/);
  }
  const api = await get(`/api/v1/articles/${translatedId}`);
  assert.equal(api.status, 410);
  const body = goneSchema.parse(await api.json());
  assert.deepEqual(body.corrections.map((c) => c.note), ['An earlier version gave the wrong toll.']);
  // published again, it is back
  await publishArticle(t.db, translatedId);
  assert.equal((await get(`/en/articles/${translatedId}`)).status, 200);
  assert.equal((await get('/en/articles/999999')).status, 404, 'an unknown id is still 404');
});

test('/api/v1 answers an index of exactly the documented endpoints, each of which answers', async () => {
  const res = await get('/api/v1');
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
  const index = indexSchema.parse(await res.json());
  assert.deepEqual(index.endpoints.map((e) => e.path).sort(), Object.keys(openApiDocument(config).paths).sort());
  assert.equal(index.openapi, 'https://news.example/api/v1/openapi.json');
  assert.deepEqual(index.endpoints.find((e) => e.path === '/api/v1/articles')!.parameters.slice().sort(), ['edition', 'limit', 'offset', 'section']);
  for (const e of index.endpoints.filter((x) => !x.path.includes('{'))) {
    assert.equal(e.url, `https://news.example${e.path}`);
    assert.equal((await get(e.path)).status, 200, e.path);
  }
  assert.deepEqual(await (await get('/api/v1/')).json(), index, 'with a trailing slash too');
  assert.equal((await get('/api/v1/nothing')).status, 404);
});
