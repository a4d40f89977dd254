// The desk's publishing rules at the server level, with an injected clock
// (the desk's and the release sweep's; nothing sleeps): the review policy
// holds new articles until approved while new versions still go live; a
// scheduled version goes live at its time and not before; an embargoed
// article is on no public route before its time and on all of them after;
// pinning reorders a front page and its feed, unpinning restores them; a
// translation waiting for approval is shown only to staff, who can preview
// any version in any edition.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { addUser, type Role } from '../../src/desk/accounts.ts';
import { auditPage } from '../../src/desk/audit.ts';
import { createSiteWithDesk } from '../../src/desk/mount.ts';
import { releaseDue } from '../../src/desk/publishing/release.ts';
import { deskTimeZone, toLocalInput } from '../../src/desk/publishing/time.ts';
import { openSession } from '../../src/desk/sessions.ts';
import { readReviewPolicy } from '../../src/db/settings.ts';
import { setSpelling } from '../../src/glossary/glossary.ts';
import { loadDemoIfEmpty } from '../../src/pipeline/demo.ts';
import { runAllStages, textStages } from '../../src/pipeline/stages.ts';
import { runTranslateStage } from '../../src/translate/translate-stage.ts';
import { createTranslator } from '../../src/translate/translator.ts';
import { getArticle, holdArticle } from '../../src/write/queries.ts';
import { editableArticle, reviseArticle } from '../../src/write/revise.ts';
import { runWriteStage } from '../../src/write/write-stage.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { seedDemoSite } from '../helpers/demo-site.ts';
import { testConfig, testNewsroom } from '../helpers/newsroom.ts';
import { fastProvider, libreEngine, seedArticle, startEngine } from '../translate/seed.ts';

const config = testConfig();
const origin = 'http://localhost';
const hour = 3_600_000;

let t: TestDb;
let clock: Date;
let app: ReturnType<typeof createSiteWithDesk>;
beforeEach(async () => {
  t = await createTestDb();
  clock = new Date();
  app = createSiteWithDesk(t.db, config, { now: () => clock });
});
afterEach(() => t.drop());

async function staff(role: Role, locale: 'ko' | 'en' | 'ja' = 'en') {
  const { user } = await addUser(t.db, `${role}-${locale}@example.org`, role);
  await t.db.query('UPDATE users SET locale = $2 WHERE id = $1', [user.id, locale]);
  const { cookie, session } = await openSession(t.db, user.id, new Date(), {});
  return { cookie: `nr_desk=${cookie}`, csrf: session.csrf_token, id: user.id, locale };
}
type Staff = Awaited<ReturnType<typeof staff>>;
const get = (path: string, cookie?: string) => app.request(path, { headers: cookie ? { cookie } : {} });
const text = async (path: string, cookie?: string) => (await get(path, cookie)).text();
function post(path: string, who: Staff, fields: Record<string, string> = {}) {
  return app.request(path, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin, cookie: who.cookie },
    body: new URLSearchParams({ _csrf: who.csrf, ...fields }).toString(),
  });
}
/** A time as the person's publishing form takes it: wall-clock time in their locale's zone. */
const typed = (who: Staff, at: Date) => toLocalInput(at, deskTimeZone(who.locale));
const links = (html: string, ed: string) => [...html.matchAll(new RegExp(`href="/${ed}/articles/(\\d+)"`, 'g'))].map((m) => Number(m[1]));
const mentions = (body: string, id: number) => new RegExp(`/articles/${id}(?![0-9])`).test(body);

async function publishedEnglish(): Promise<number[]> {
  const rows = await t.db.query<{ id: number }>(`SELECT id::int AS id FROM articles WHERE state = 'published' AND lang = 'en' ORDER BY id`);
  return rows.map((r) => r.id);
}

test('policy "new articles": a new article waits for an editor (readers see nothing of it) while a new version of a published one still goes live; every change of the setting is audited', async () => {
  await loadDemoIfEmpty(t.db);
  const admin = await staff('admin');
  const editor = await staff('editor');
  assert.deepEqual(await readReviewPolicy(t.db), { newArticles: false, newVersions: false, translations: false }, 'nothing needs a person by default');
  assert.equal((await post('/desk/publishing/policy', editor, { newArticles: 'on' })).status, 403, 'only admins set the policy');
  const saved = await post('/desk/publishing/policy', admin, { newArticles: 'on' });
  assert.equal(saved.status, 303);
  assert.deepEqual(await readReviewPolicy(t.db), { newArticles: true, newVersions: false, translations: false });
  const [audit] = (await auditPage(t.db, { limit: 5 })).filter((r) => r.action === 'setting.reviewPolicy');
  assert.deepEqual(audit.before, { newArticles: false, newVersions: false, translations: false });
  assert.deepEqual(audit.after, { newArticles: true, newVersions: false, translations: false });

  await runAllStages(testNewsroom(t.db), undefined, textStages);
  const waiting = await t.db.query<{ id: number; state: string; grounded: boolean }>(
    `SELECT a.id::int AS id, a.state, coalesce((v.grounding->>'ok')::boolean, false) AS grounded
     FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.current_version ORDER BY a.id`);
  assert.ok(waiting.length > 10);
  assert.ok(waiting.every((a) => a.state === 'needs-review'), 'no new article published itself');
  assert.deepEqual(links(await text('/en/'), 'en'), [], 'the front page shows none');
  assert.equal(((await (await get('/api/v1/articles?edition=en')).json()) as any).items.length, 0);
  const grounded = waiting.find((a) => a.grounded && a.id)!;
  assert.equal((await get(`/en/articles/${grounded.id}`)).status, 404);
  // the review queue lists it as waiting for an editor, with no failing claim
  const queue = await text('/desk/review', editor.cookie);
  assert.ok(queue.includes(`href="/desk/articles/${grounded.id}"`));
  assert.ok(queue.includes('the version waits for an editor to publish it'));

  // approve = publish; only that article appears
  assert.equal((await post(`/desk/articles/${grounded.id}/publish`, editor, {})).status, 303);
  const [a] = await t.db.query<{ lang: string; story_id: number }>('SELECT lang, story_id::int AS story_id FROM articles WHERE id = $1', [grounded.id]);
  assert.equal((await get(`/${a.lang}/articles/${grounded.id}`)).status, 200);
  assert.deepEqual(links(await text(`/${a.lang}/`), a.lang), [grounded.id]);

  // a new version of the published article is not a new article: it goes live by itself
  await t.db.query('UPDATE stories SET needs_writing = true WHERE id = $1', [a.story_id]);
  await runWriteStage(testNewsroom(t.db));
  const after = (await getArticle(t.db, grounded.id))!;
  assert.equal(after.current_version, 2);
  const ok = after.versions[0].grounding?.ok !== false;
  assert.equal(after.published_version, ok ? 2 : 1, 'published by itself unless the check failed');
  assert.equal(after.pending_review, !ok);
  const others = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM articles WHERE state = 'published'`);
  assert.equal(others[0].n, 1, 'nothing else went live');
});

test('policy "translations": a finished translation waits unseen until an editor approves it', async () => {
  await setSpelling(t.db, '코르바스', 'ko', '코르바스');
  await setSpelling(t.db, '코르바스', 'en', 'Korvath');
  await setSpelling(t.db, '코르바스', 'ja', 'コルヴァス');
  const engine = await startEngine(libreEngine());
  try {
    const seeded = await seedArticle(t.db);
    const admin = await staff('admin');
    await post('/desk/publishing/policy', admin, { translations: 'on' });
    const nr = testNewsroom(t.db, { editions: ['ko', 'en', 'ja'], translate: 'libretranslate', translateUrl: engine.server.url, translateKey: 'k' });
    await runTranslateStage(nr, { translator: createTranslator(nr.config, fastProvider) ?? null });
    const rows = await t.db.query<{ lang: string; state: string; headline: string }>(
      'SELECT lang, state, headline FROM translations WHERE article_id = $1 ORDER BY lang', [seeded.articleId]);
    assert.deepEqual(rows.map((r) => [r.lang, r.state]), [['en', 'review'], ['ja', 'review']]);
    const en = rows[0].headline;
    const siteApp = createSiteWithDesk(t.db, testConfig({ editions: ['ko', 'en', 'ja'] }), { now: () => clock });
    const page = async () => (await siteApp.request(`/en/articles/${seeded.articleId}`)).text();
    assert.ok(!(await page()).includes(en), 'readers of the English edition see the original meanwhile');
    const listing = await siteApp.request('/desk/publishing', { headers: { cookie: admin.cookie } });
    assert.ok((await listing.text()).includes(`/desk/publishing/translations/${seeded.articleId}/1/en/approve`));
    const approve = await siteApp.request(`/desk/publishing/translations/${seeded.articleId}/1/en/approve`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin, cookie: admin.cookie },
      body: new URLSearchParams({ _csrf: admin.csrf }).toString() });
    assert.equal(approve.status, 303);
    assert.ok((await page()).includes(en), 'approved: the edition shows the translation');
    // another run does not translate the waiting Japanese one again
    await runTranslateStage(nr, { translator: createTranslator(nr.config, fastProvider) ?? null });
    const [ja] = await t.db.query<{ state: string; attempts: number }>(`SELECT state, attempts FROM translations WHERE article_id = $1 AND lang = 'ja'`, [seeded.articleId]);
    assert.deepEqual([ja.state, ja.attempts], ['review', 1]);
  } finally {
    await engine.server.close();
  }
});

test('a scheduled version goes live at its time, typed in the editor\'s time zone, and not before', async () => {
  await seedDemoSite(t.db);
  const editor = await staff('editor', 'ko'); // Seoul time on the form
  const [id] = await publishedEnglish();
  const found = (await editableArticle(t.db, id))!;
  const headline = `${found.edit.headline}, updated`;
  const saved = await reviseArticle(t.db, id, { ...found.edit, headline }, { userId: editor.id, name: 'Desk Editor' });
  assert.ok(saved.grounding.ok, 'the revision passes the check');
  const live = (await getArticle(t.db, id))!.published_version;

  const at = new Date(Math.ceil((clock.getTime() + 2 * hour) / 60_000) * 60_000);
  const res = await post(`/desk/publishing/articles/${id}/schedule`, editor, { version: String(saved.version), at: typed(editor, at) });
  assert.equal(res.status, 303);
  const [row] = await t.db.query<{ publish_at: Date; scheduled_version: number }>('SELECT publish_at, scheduled_version FROM articles WHERE id = $1', [id]);
  assert.equal(row.publish_at.toISOString(), at.toISOString(), 'stored as the UTC instant of the Seoul wall-clock time');
  assert.equal(row.scheduled_version, saved.version);
  const panel = await text(`/desk/articles/${id}`, editor.cookie);
  assert.ok(panel.includes(`value="${typed(editor, at)}"`), 'shown back in Seoul time');
  // a time already past is refused with the reason
  const past = await post(`/desk/publishing/articles/${id}/schedule`, editor, { version: String(saved.version), at: typed(editor, new Date(clock.getTime() - hour)) });
  assert.equal(past.status, 422);
  assert.equal((await post(`/desk/publishing/articles/${id}/schedule`, editor, { version: String(saved.version), at: 'next tuesday' })).status, 422);

  const escaped = headline.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;');
  assert.ok(!(await text(`/en/articles/${id}`)).includes(escaped));
  await releaseDue(t.db, new Date(at.getTime() - 60_000));
  assert.equal((await getArticle(t.db, id))!.published_version, live, 'a minute before: still the old version');
  assert.ok(!(await text(`/en/articles/${id}`)).includes(escaped));
  const released = await releaseDue(t.db, at);
  assert.deepEqual(released.published, [id]);
  const now = (await getArticle(t.db, id))!;
  assert.equal(now.published_version, saved.version);
  assert.equal(now.publish_at, null);
  assert.ok((await text(`/en/articles/${id}`)).includes(escaped), 'at its time the new version is live');
  assert.equal((await releaseDue(t.db, new Date(at.getTime() + hour))).published.length, 0, 'released once');
});

test('an embargoed article is on no public route (page, feed, sitemap, API, search) before its time, even once published, and on all of them after', async () => {
  await seedDemoSite(t.db);
  const editor = await staff('editor');
  // an English article the front page shows
  const english = new Set(await publishedEnglish());
  const id = links(await text('/en/'), 'en').find((n) => english.has(n))!;
  const headline = (await getArticle(t.db, id))!.versions[0].headline as string;
  const word = headline.split(/[^A-Za-z]+/).filter((w) => w.length >= 6).sort((a, b) => b.length - a.length)[0];
  const routes = ['/en/', '/en/feed.xml', '/en/atom.xml', '/en/feed.json', '/sitemap.xml', '/api/v1/articles?edition=en&limit=100', `/en/search?q=${encodeURIComponent(word)}`];
  const seen = async () => Object.fromEntries(await Promise.all(routes.map(async (r) => [r, mentions(await text(r), id)] as const)));
  const everywhere = Object.fromEntries(routes.map((r) => [r, true]));
  const nowhere = Object.fromEntries(routes.map((r) => [r, false]));
  assert.deepEqual(await seen(), everywhere, 'published: on every route');

  // an article readers can see cannot be embargoed; one taken off can
  // whole minutes, as the form takes them
  const until = new Date(Math.ceil((clock.getTime() + 3 * hour) / 60_000) * 60_000);
  assert.equal((await post(`/desk/publishing/articles/${id}/embargo`, editor, { until: typed(editor, until) })).status, 422);
  await holdArticle(t.db, id, 'wait for the embargo');
  assert.equal((await post(`/desk/publishing/articles/${id}/embargo`, editor, { until: typed(editor, until) })).status, 303);
  // approved while the embargo runs: still nowhere
  assert.equal((await post(`/desk/articles/${id}/publish`, editor, {})).status, 303);
  assert.equal((await getArticle(t.db, id))!.state, 'published');
  assert.deepEqual(await seen(), nowhere);
  assert.equal((await get(`/en/articles/${id}`)).status, 404);
  assert.equal((await get(`/api/v1/articles/${id}`)).status, 404);
  await releaseDue(t.db, new Date(until.getTime() - 60_000));
  assert.deepEqual(await seen(), nowhere, 'a minute before its time');

  const released = await releaseDue(t.db, until);
  assert.deepEqual(released.unembargoed, [id]);
  assert.deepEqual(await seen(), everywhere, 'at its time: on every route');
  assert.equal((await get(`/en/articles/${id}`)).status, 200);
  const [row] = await t.db.query<{ first_published_at: Date }>('SELECT first_published_at FROM articles WHERE id = $1', [id]);
  assert.ok(row.first_published_at.getTime() >= until.getTime() - 1000,
    `its publication time is the embargo's end (first published ${row.first_published_at.toISOString()}, embargo until ${until.toISOString()})`);
});

test('pinning puts an article first on one edition\'s front page and feed; unpinning restores the order', async () => {
  await seedDemoSite(t.db);
  const editor = await staff('editor');
  const viewer = await staff('viewer');
  const before = links(await text('/en/'), 'en');
  const beforeKo = links(await text('/ko/'), 'ko');
  const feedOrder = async (ed: string) => links((await text(`/${ed}/feed.xml`)).replace(/<link>[^<]*?(\/[a-z]{2}\/articles\/\d+)<\/link>/g, 'href="$1"'), ed);
  const beforeFeed = await feedOrder('en');
  const id = before[before.length - 1];
  assert.notEqual(before[0], id);

  assert.equal((await post(`/desk/publishing/articles/${id}/pin`, viewer, { edition: 'en' })).status, 403, 'viewers change nothing');
  assert.equal((await post(`/desk/publishing/articles/${id}/pin`, editor, { edition: 'xx' })).status, 422);
  assert.equal((await post(`/desk/publishing/articles/${id}/pin`, editor, { edition: 'en' })).status, 303);
  const pinned = links(await text('/en/'), 'en');
  assert.equal(pinned[0], id, 'first on the English front page');
  assert.equal((await feedOrder('en'))[0], id, 'first in the English feed');
  assert.deepEqual(links(await text('/ko/'), 'ko'), beforeKo, 'the Korean front page is unchanged');
  assert.ok((await text('/desk/publishing', viewer.cookie)).includes(`href="/desk/articles/${id}"`), 'listed among the pins');

  assert.equal((await post(`/desk/publishing/articles/${id}/unpin`, editor, { edition: 'en' })).status, 303);
  assert.deepEqual(links(await text('/en/'), 'en'), before, 'the order is restored');
  assert.deepEqual(await feedOrder('en'), beforeFeed);
  const actions = (await auditPage(t.db, { limit: 10 })).map((r) => r.action);
  assert.ok(actions.includes('article.pin') && actions.includes('article.unpin'));

  // a pin with an end: dropped by the sweep at its end
  const end = new Date(clock.getTime() + hour);
  await post(`/desk/publishing/articles/${id}/pin`, editor, { edition: '*', until: typed(editor, end) });
  assert.equal(links(await text('/ko/'), 'ko')[0], id, 'pinned on every edition');
  assert.equal((await releaseDue(t.db, end)).unpinned, 1);
  assert.deepEqual(links(await text('/ko/'), 'ko'), beforeKo);
});

test('previews: staff open any version in any edition (translation done, waiting, failed or pending); the public is sent to sign in and never sees them', async () => {
  const translated = await seedDemoSite(t.db);
  const viewer = await staff('viewer');
  const v = (await getArticle(t.db, translated))!.published_version as number;
  // another English article no edition has an article of its own for (its story is reported in English only)
  const [{ id: other }] = await t.db.query<{ id: number }>(
    `SELECT id::int AS id FROM articles a WHERE state = 'published' AND lang = 'en' AND id <> $1
       AND NOT EXISTS (SELECT 1 FROM translations t WHERE t.article_id = a.id) ORDER BY id LIMIT 1`, [translated]);
  const ov = (await getArticle(t.db, other))!.published_version as number;
  await t.db.query(
    `INSERT INTO translations (article_id, version, lang, headline, lead, body, summary, provider, state)
     SELECT article_id, version, 'ko', '승인 대기 제목', '리드', body, '요약', 'test-mt', 'review' FROM article_versions WHERE article_id = $1 AND version = $2`, [other, ov]);
  await t.db.query(`INSERT INTO translations (article_id, version, lang, provider, state, error) VALUES ($1, $2, 'ja', 'test-mt', 'failed', 'engine said no')`, [other, ov]);

  for (const path of [`/desk/publishing/preview/${other}/${ov}/ko`, `/desk/publishing/preview/${other}/${ov}/ja`, `/desk/publishing/preview/${translated}/${v}/ko`]) {
    const res = await get(path);
    assert.equal(res.status, 303, `${path} without a session`);
    assert.match(res.headers.get('location') ?? '', /^\/desk\/sign-in/);
  }
  assert.equal((await get(`/ko/articles/${other}`)).status, 200);
  assert.ok(!(await text(`/ko/articles/${other}`)).includes('승인 대기 제목'), 'the public edition shows the original');
  assert.ok(!(await text('/ko/feed.xml')).includes('승인 대기 제목'));
  assert.equal((await get(`/ko/articles/${other}?version=${ov}&preview=1`)).status, 200);
  assert.ok(!(await text(`/ko/articles/${other}?preview=1`)).includes('승인 대기 제목'));

  const waiting = await get(`/desk/publishing/preview/${other}/${ov}/ko`, viewer.cookie);
  assert.equal(waiting.status, 200);
  const w = await waiting.text();
  assert.ok(w.includes('승인 대기 제목') && w.includes('waiting for approval'));
  assert.match(waiting.headers.get('cache-control') ?? '', /no-store/);
  const failed = await text(`/desk/publishing/preview/${other}/${ov}/ja`, viewer.cookie);
  assert.ok(failed.includes('engine said no') && failed.includes('the edition would show the original'));
  const done = await text(`/desk/publishing/preview/${translated}/${v}/ko`, viewer.cookie);
  assert.ok(done.includes(`번역된 제목 ${translated}`));
  // an unpublished version of a live article: the held one
  const found = (await editableArticle(t.db, other))!;
  const saved = await reviseArticle(t.db, other, { ...found.edit, headline: `${found.edit.headline}, draft` }, { userId: viewer.id, name: 'Desk' });
  const pending = await text(`/desk/publishing/preview/${other}/${saved.version}/ja`, viewer.cookie);
  assert.ok(pending.includes('Not translated into ja yet') && pending.includes('Readers do not see this version'));
  assert.ok(!(await text(`/en/articles/${other}`)).includes(', draft'));
  assert.equal((await get(`/desk/publishing/preview/${other}/99/ja`, viewer.cookie)).status, 404);
  assert.equal((await get(`/desk/publishing/preview/${other}/${ov}/xx`, viewer.cookie)).status, 404);
});
