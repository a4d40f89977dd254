// The desk's sources page at the server level: viewers read and admins
// change (403 otherwise, and the shell's CSRF check holds); an address the
// fetcher's guard refuses is refused on the page, plainly; OPML export
// round-trips through import; a paused source is not polled; "poll now"
// puts the source's poll job in the queue the runner works; removing asks
// first; every change is in the audit log.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { deskJobs, sendOnlyQueue } from '../../src/cli/desk-jobs.ts';
import { addUser, type Role } from '../../src/desk/accounts.ts';
import { auditPage } from '../../src/desk/audit.ts';
import { createSiteWithDesk } from '../../src/desk/mount.ts';
import { openSession } from '../../src/desk/sessions.ts';
import { runPollStage } from '../../src/ingest/poll.ts';
import { addSource, listSources } from '../../src/ingest/sources.ts';
import type { JobQueue } from '../../src/runner/queue.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { rss } from '../helpers/feeds.ts';
import { startServer, type TestServer } from '../helpers/http-server.ts';
import { testConfig, testNewsroom } from '../helpers/newsroom.ts';

const origin = 'http://localhost';
let t: TestDb;
let app: ReturnType<typeof createSiteWithDesk>;
let queue: JobQueue | undefined;
let feed: TestServer | undefined;

beforeEach(async () => {
  t = await createTestDb();
  app = createSiteWithDesk(t.db, testConfig());
});
afterEach(async () => {
  await queue?.stop();
  queue = undefined;
  await feed?.close();
  feed = undefined;
  await t.drop();
});

async function staff(role: Role) {
  const { user } = await addUser(t.db, `${role}@example.org`, role);
  const { cookie, session } = await openSession(t.db, user.id, new Date(), {});
  return { cookie: `nr_desk=${cookie}`, csrf: session.csrf_token };
}
type Who = { cookie: string; csrf: string };
const get = (path: string, who: Who, on = app) => on.request(path, { headers: { cookie: who.cookie } });
const post = (path: string, who: Who, fields: Record<string, string> = {}, on = app) => on.request(path, {
  method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin, cookie: who.cookie },
  body: new URLSearchParams({ _csrf: who.csrf, ...fields }).toString(),
});
function upload(path: string, who: Who, doc: string, csrf = who.csrf) {
  const form = new FormData();
  form.set('_csrf', csrf);
  form.set('opml', new File([doc], 'feeds.opml', { type: 'text/x-opml' }));
  return app.request(path, { method: 'POST', headers: { origin, cookie: who.cookie }, body: form });
}

test('a viewer reads the list and the export; every change by a viewer or an editor is 403; a post without the CSRF token is 403', async () => {
  const { source } = await addSource(t.db, { url: 'http://127.0.0.1:9/feed.xml', name: 'Loopback Daily', lang: 'en' });
  const viewer = await staff('viewer');
  const page = await get('/desk/sources', viewer);
  assert.equal(page.status, 200);
  const html = await page.text();
  assert.ok(html.includes('Loopback Daily'));
  assert.ok(html.includes('Not polled yet'));
  assert.ok(html.includes('href="/desk/sources/export.opml"'));
  assert.ok(!html.includes('action="/desk/sources/add"'), 'no forms for a viewer');
  assert.equal((await get('/desk/sources/export.opml', viewer)).status, 200);
  for (const who of [viewer, await staff('editor')]) {
    for (const path of ['/desk/sources/add', `/desk/sources/${source.id}/pause`, `/desk/sources/${source.id}/resume`, `/desk/sources/${source.id}/poll`, `/desk/sources/${source.id}/remove`]) {
      assert.equal((await post(path, who, { url: 'http://127.0.0.1:9/other.xml', confirm: 'yes' })).status, 403, path);
    }
    assert.equal((await get(`/desk/sources/${source.id}/remove`, who)).status, 403);
    assert.equal((await upload('/desk/sources/import', who, '<opml version="2.0"><body/></opml>')).status, 403);
  }
  const admin = await staff('admin');
  assert.equal((await post(`/desk/sources/${source.id}/pause`, { cookie: admin.cookie, csrf: 'not-the-token' })).status, 403);
  assert.equal((await upload('/desk/sources/import', admin, '<opml version="2.0"><body/></opml>', 'not-the-token')).status, 403);
  const [s] = await listSources(t.db);
  assert.equal(s.enabled, true);
  assert.equal((await listSources(t.db)).length, 1);
});

test('an address the fetcher\'s guard refuses is refused on the page with the addresses and the setting, and nothing is added', async () => {
  const guarded = createSiteWithDesk(t.db, testConfig({ allowPrivateFetch: false }));
  const admin = await staff('admin');
  for (const url of ['http://127.0.0.1:8080/feed.xml', 'http://[::1]/rss', 'http://10.1.2.3/feed', 'http://169.254.169.254/latest/meta-data']) {
    const res = await post('/desk/sources/add', admin, { url, name: 'Inside' }, guarded);
    assert.equal(res.status, 422, url);
    const html = await res.text();
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
    assert.match(html, new RegExp(`role="alert">Not added: the fetcher&#39;s address guard refuses ${url.replace(/[.[\]/]/g, '\\$&')} \\(${host.replace(/[.]/g, '\\.')} is a private, loopback or link-local address\\)`), url);
    assert.ok(html.includes('NEWSROOM_ALLOW_PRIVATE_FETCH=1'), 'names the setting');
    assert.ok(html.includes(`value="${url.replace(/&/g, '&amp;')}"`), 'the typed address is kept in the form');
  }
  assert.equal((await listSources(t.db)).length, 0);
  // not a URL, and a file: address, are refused with the reason
  const bad = await post('/desk/sources/add', admin, { url: 'file:///etc/passwd' }, guarded);
  assert.equal(bad.status, 422);
  assert.match(await bad.text(), /Not added: a source must be an http or https URL/);
  // with private fetches allowed (the tests' setting) the same address is added, once
  const ok = await post('/desk/sources/add', admin, { url: 'http://127.0.0.1:8080/feed.xml', name: 'Inside', lang: 'ko' });
  assert.equal(ok.status, 303);
  assert.match(ok.headers.get('location')!, /^\/desk\/sources\?done=added#source-\d+$/);
  assert.match((await post('/desk/sources/add', admin, { url: 'http://127.0.0.1:8080/feed.xml' })).headers.get('location')!, /done=exists/);
  const sources = await listSources(t.db);
  assert.deepEqual(sources.map((s) => [s.url, s.name, s.lang]), [['http://127.0.0.1:8080/feed.xml', 'Inside', 'ko']]);
  const [row] = await auditPage(t.db, { limit: 1 });
  assert.equal(row.action, 'source.add');
  assert.equal(row.actor, 'admin@example.org');
});

test('the OPML export round-trips through the import', async () => {
  await addSource(t.db, { url: 'http://127.0.0.1:9/one.xml', name: 'One & Co', lang: 'ko', siteUrl: 'http://127.0.0.1:9/' });
  await addSource(t.db, { url: 'http://127.0.0.1:9/two.xml?edition=en&x=1', name: 'Two', lang: 'en' });
  await addSource(t.db, { url: 'http://127.0.0.1:9/three.atom', name: '三', lang: 'ja' });
  const admin = await staff('admin');
  const res = await get('/desk/sources/export.opml', admin);
  assert.match(res.headers.get('content-type')!, /^text\/x-opml/);
  assert.match(res.headers.get('content-disposition')!, /attachment; filename="newsroom-sources.opml"/);
  const doc = await res.text();
  const before = (await listSources(t.db)).map((s) => [s.url, s.name, s.lang, s.site_url]);
  await t.db.query('DELETE FROM sources');
  const imported = await upload('/desk/sources/import', admin, doc);
  assert.equal(imported.status, 303);
  assert.equal(imported.headers.get('location'), '/desk/sources?done=imported&n=3&of=3');
  assert.deepEqual((await listSources(t.db)).map((s) => [s.url, s.name, s.lang, s.site_url]), before);
  // importing it again adds nothing; a file that is not OPML is refused and changes nothing
  assert.equal((await upload('/desk/sources/import', admin, doc)).headers.get('location'), '/desk/sources?done=imported&n=0&of=3');
  const bad = await upload('/desk/sources/import', admin, 'this is not xml <');
  assert.equal(bad.status, 422);
  assert.match(await bad.text(), /Nothing was imported: not a valid OPML file/);
  assert.equal((await listSources(t.db)).length, 3);
  const page = await (await get('/desk/sources?done=imported&n=0&of=3', admin)).text();
  assert.ok(page.includes('No new sources (the file lists 3).'));
});

test('a paused source is not polled until it is resumed', async () => {
  feed = await startServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(rss([{ guid: 'a', title: 'Council votes on the budget', link: 'http://127.0.0.1/a', description: 'The council voted.' }]));
  });
  const nr = testNewsroom(t.db);
  const { source } = await addSource(t.db, { url: `${feed.url}/feed.xml`, name: 'Loop' });
  const admin = await staff('admin');
  assert.equal((await post(`/desk/sources/${source.id}/pause`, admin)).status, 303);
  assert.match(await (await get('/desk/sources', admin)).text(), /<td>Paused<\/td>/);
  await runPollStage(nr);
  assert.equal(feed.requests.length, 0, 'a paused source is not fetched');
  assert.equal((await post(`/desk/sources/${source.id}/poll`, admin)).status, 422, 'poll now is refused while paused');
  assert.equal((await post(`/desk/sources/${source.id}/resume`, admin)).status, 303);
  await runPollStage(nr);
  assert.deepEqual(feed.requests, ['/feed.xml']);
  const html = await (await get('/desk/sources', admin)).text();
  const row = new RegExp(`<tr id="source-${source.id}">([\\s\\S]*?)</tr>`).exec(html)![1];
  assert.match(row, /<td>1<\/td>/, 'one feed item');
  assert.match(row, /<td>OK<\/td>/);
  assert.deepEqual((await auditPage(t.db, { limit: 5 })).map((r) => r.action).slice(0, 2), ['source.resume', 'source.pause']);
});

test('poll now sends the source\'s poll job, bringing a poll waiting for later forward', async () => {
  const nr = testNewsroom(t.db, { databaseUrl: t.env.DATABASE_URL });
  queue = await sendOnlyQueue(nr);
  const withQueue = createSiteWithDesk(t.db, testConfig(), { jobs: deskJobs(nr, async () => queue!) });
  const { source } = await addSource(t.db, { url: 'http://127.0.0.1:9/feed.xml' });
  const key = `poll:${source.id}`;
  // the runner's next poll of this source, an hour from now
  await t.db.query(`UPDATE sources SET next_poll_at = now() + interval '1 hour' WHERE id = $1`, [source.id]);
  await queue.send('poll', { sourceId: source.id }, key, undefined, new Date(Date.now() + 3_600_000));
  const admin = await staff('admin');
  const res = await post(`/desk/sources/${source.id}/poll`, admin, {}, withQueue);
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), `/desk/sources?done=polled#source-${source.id}`);
  const waiting = await queue.boss.findJobs<{ sourceId: number }>('poll', { key, queued: true });
  assert.equal(waiting.length, 1, 'one poll job waits');
  assert.deepEqual(waiting[0].data, { sourceId: source.id });
  const [due] = await t.db.query<{ due: boolean; job_due: boolean }>(
    `SELECT s.next_poll_at <= now() AS due, (SELECT start_after <= now() FROM pgboss.job WHERE id = $2) AS job_due FROM sources s WHERE id = $1`,
    [source.id, waiting[0].id]);
  assert.deepEqual(due, { due: true, job_due: true }, 'the source and its job are due now');
  // without a queue the page says so instead of pretending
  const noQueue = await post(`/desk/sources/${source.id}/poll`, admin);
  assert.equal(noQueue.status, 422);
  assert.match(await noQueue.text(), /no job queue/);
});

test('removing asks first; the confirmation removes the source and is audited', async () => {
  const { source } = await addSource(t.db, { url: 'http://127.0.0.1:9/feed.xml', name: 'Going' });
  const admin = await staff('admin');
  const confirm = await get(`/desk/sources/${source.id}/remove`, admin);
  assert.equal(confirm.status, 200);
  const html = await confirm.text();
  assert.ok(html.includes('Remove the source “Going”?'));
  assert.ok(html.includes(`action="/desk/sources/${source.id}/remove"`));
  const bare = await post(`/desk/sources/${source.id}/remove`, admin);
  assert.equal(bare.status, 303);
  assert.equal(bare.headers.get('location'), `/desk/sources/${source.id}/remove`, 'a post without the confirmation goes to it');
  assert.equal((await listSources(t.db)).length, 1);
  const done = await post(`/desk/sources/${source.id}/remove`, admin, { confirm: 'yes' });
  assert.equal(done.headers.get('location'), '/desk/sources?done=removed');
  assert.equal((await listSources(t.db)).length, 0);
  const [row] = await auditPage(t.db, { limit: 1 });
  assert.equal(row.action, 'source.remove');
  assert.deepEqual(row.before, { url: 'http://127.0.0.1:9/feed.xml', name: 'Going' });
  assert.equal((await post(`/desk/sources/${source.id}/remove`, admin, { confirm: 'yes' })).status, 404);
});

test('trust: a new source starts low; an editor raises it and lowers it again, each change audited; a viewer cannot', async () => {
  const { source } = await addSource(t.db, { url: 'http://127.0.0.1:9/feed.xml', name: 'New Outlet' });
  assert.equal(source.trust, 'low');
  const viewer = await staff('viewer');
  const listed = await (await get('/desk/sources', viewer)).text();
  assert.ok(listed.includes('Low: its claims alone are held for review'));
  assert.ok(!listed.includes(`action="/desk/sources/${source.id}/trust"`), 'no trust form for a viewer');
  assert.equal((await post(`/desk/sources/${source.id}/trust`, viewer, { level: 'trusted' })).status, 403);

  const editor = await staff('editor');
  assert.ok((await (await get('/desk/sources', editor)).text()).includes(`action="/desk/sources/${source.id}/trust"`));
  assert.equal((await post(`/desk/sources/${source.id}/trust`, editor, { level: 'everything' })).status, 400);
  assert.equal((await post('/desk/sources/999999/trust', editor, { level: 'trusted' })).status, 404);
  const raised = await post(`/desk/sources/${source.id}/trust`, editor, { level: 'trusted' });
  assert.equal(raised.status, 303);
  assert.equal(raised.headers.get('location'), `/desk/sources?done=trusted#source-${source.id}`);
  assert.equal((await listSources(t.db))[0].trust, 'trusted');
  const [audit] = await auditPage(t.db, { limit: 1 });
  assert.deepEqual([audit.action, audit.before, audit.after], ['source.trust', { trust: 'low' }, { trust: 'trusted' }]);

  assert.equal((await post(`/desk/sources/${source.id}/trust`, editor, { level: 'low' })).headers.get('location'), `/desk/sources?done=lowered#source-${source.id}`);
  assert.equal((await listSources(t.db))[0].trust, 'low');
});
