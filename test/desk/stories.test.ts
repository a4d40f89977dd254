// The desk's stories pages at the server level, on the demo site: the list
// (filter, search), a story page, and each decision (merge, split, move a
// report, link and unlink a follow-up) asked for on a confirmation page and
// made by its form, audited, refused to a viewer (403) and to an id that
// names nothing (404 with a message); a merge makes the merged-away article
// answer 301 to the survivor, and the write stage then revises the articles.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { addUser, type Role } from '../../src/desk/accounts.ts';
import { auditPage } from '../../src/desk/audit.ts';
import { createSiteWithDesk } from '../../src/desk/mount.ts';
import { openSession } from '../../src/desk/sessions.ts';
import { runAllStages } from '../../src/pipeline/stages.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { seedDemoSite } from '../helpers/demo-site.ts';
import { testConfig, testNewsroom } from '../helpers/newsroom.ts';

const config = testConfig();
const origin = 'http://localhost';

let t: TestDb;
let app: ReturnType<typeof createSiteWithDesk>;
beforeEach(async () => {
  t = await createTestDb();
  await seedDemoSite(t.db);
  app = createSiteWithDesk(t.db, config);
});
afterEach(() => t.drop());

async function staff(role: Role, email = `${role}@example.org`) {
  const { user } = await addUser(t.db, email, role);
  const { cookie, session } = await openSession(t.db, user.id, new Date(), {});
  return { cookie: `nr_desk=${cookie}`, csrf: session.csrf_token };
}
const get = (path: string, cookie?: string) => app.request(path, { headers: cookie ? { cookie } : {} });
function post(path: string, who: { cookie: string; csrf: string }, fields: Record<string, string>) {
  return app.request(path, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin, cookie: who.cookie },
    body: new URLSearchParams({ _csrf: who.csrf, ...fields }).toString(),
  });
}
/** the hidden fields of the confirmation page's form, as it would post them */
async function confirmFields(path: string, who: { cookie: string }) {
  const res = await get(path, who.cookie);
  assert.equal(res.status, 200, path);
  const html = await res.text();
  const form = /<form method="post" action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/.exec(html.slice(html.indexOf('<main')))!;
  const fields: Record<string, string> = {};
  for (const m of form[2].matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) if (m[1] !== '_csrf') fields[m[1]] = m[2];
  return { action: form[1], fields, html };
}
/** two stories of English articles on the site, the first with at least two reports */
async function twoStories() {
  const rows = await t.db.query<{ story_id: number; article_id: number; reports: number }>(
    `SELECT a.story_id, a.id AS article_id, s.report_count AS reports FROM articles a JOIN stories s ON s.id = a.story_id
     WHERE a.state = 'published' AND a.lang = 'en' ORDER BY s.report_count DESC, a.id LIMIT 2`);
  assert.equal(rows.length, 2);
  assert.ok(rows[0].reports >= 2, 'a story with two reports to split');
  return rows;
}
const lastAudit = async () => (await auditPage(t.db, { limit: 1 }))[0];
const writeAgain = () => runAllStages(testNewsroom(t.db), undefined, ['cluster', 'write']);

test('the list shows stories with reports, outlets, languages and article; it filters by language and searches; a story page lists its reports', async () => {
  const viewer = await staff('viewer');
  const [a] = await twoStories();
  const res = await get('/desk/stories', viewer.cookie);
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.ok(html.includes(`href="/desk/stories/${a.story_id}"`));
  assert.ok(html.includes(`href="/desk/articles/${a.article_id}"`), 'the article is linked');
  const [outlet] = await t.db.query<{ name: string }>(
    `SELECT coalesce(src.name, src.feed_title) AS name FROM reports r JOIN feed_items f ON f.report_id = r.id JOIN sources src ON src.id = f.source_id WHERE r.story_id = $1 LIMIT 1`, [a.story_id]);
  assert.ok(html.includes(outlet.name.replace(/&/g, '&amp;')), 'its outlet is named');

  // only Japanese stories under lang=ja
  const ja = await (await get('/desk/stories?lang=ja', viewer.cookie)).text();
  const listed = [...ja.matchAll(/<td><a href="\/desk\/stories\/(\d+)"/g)].map((m) => Number(m[1]));
  assert.ok(listed.length > 0);
  const langs = await t.db.query<{ id: number; ok: boolean }>(
    `SELECT s.id, EXISTS (SELECT 1 FROM reports r WHERE r.story_id = s.id AND r.lang = 'ja') OR EXISTS (SELECT 1 FROM articles x WHERE x.story_id = s.id AND x.lang = 'ja') AS ok
     FROM stories s WHERE s.id = ANY($1::bigint[])`, [listed]);
  assert.ok(langs.every((r) => r.ok), 'every story listed under ja has Japanese in it');

  // a search by a word of a report's title finds its story
  const [r] = await t.db.query<{ title: string }>('SELECT title FROM reports WHERE story_id = $1 ORDER BY id LIMIT 1', [a.story_id]);
  const word = r.title.split(/\s+/).sort((x, y) => y.length - x.length)[0];
  const found = await (await get(`/desk/stories?q=${encodeURIComponent(word)}`, viewer.cookie)).text();
  assert.ok(found.includes(`href="/desk/stories/${a.story_id}"`), `searching "${word}"`);
  assert.match(await (await get('/desk/stories?q=zzzqqqnothing', viewer.cookie)).text(), /No story matches/);

  const page = await get(`/desk/stories/${a.story_id}`, viewer.cookie);
  assert.equal(page.status, 200);
  const story = await page.text();
  const reports = await t.db.query<{ id: number }>('SELECT id FROM reports WHERE story_id = $1', [a.story_id]);
  for (const x of reports) assert.ok(story.includes(`<td>${x.id}</td>`), `report ${x.id} is listed`);
  // a viewer reads, and is offered no decision
  assert.ok(!story.includes('/merge') && !story.includes('split-form'));
  // no session: sent to sign in
  assert.equal((await get('/desk/stories')).status, 303);
});

test('bad ids answer 404 with a clear message', async () => {
  const editor = await staff('editor');
  const [a, b] = await twoStories();
  for (const path of ['/desk/stories/999999', '/desk/stories/abc', '/desk/stories/0']) {
    const res = await get(path, editor.cookie);
    assert.equal(res.status, 404, path);
    assert.match(await res.text(), /There is no story with the id/);
  }
  const missingOther = await get(`/desk/stories/${a.story_id}/merge?other=999999&keep=this`, editor.cookie);
  assert.equal(missingOther.status, 404);
  assert.match(await missingOther.text(), /There is no story with the id 999999/);
  const missingReport = await post(`/desk/stories/${a.story_id}/move`, editor, { report: '99999999', to: String(b.story_id) });
  assert.equal(missingReport.status, 404);
  assert.match(await missingReport.text(), /There is no report with the id 99999999/);
  const missingStory = await post('/desk/stories/999999/merge', editor, { other: String(a.story_id), keep: 'this' });
  assert.equal(missingStory.status, 404);
  // a field that is not an id, and a decision the rules refuse: 422 with the reason, nothing changed
  const notId = await post(`/desk/stories/${a.story_id}/link`, editor, { earlier: 'abc' });
  assert.equal(notId.status, 422);
  assert.match(await notId.text(), /Give a story or report number/);
  const all = await t.db.query<{ id: number }>('SELECT id FROM reports WHERE story_id = $1', [a.story_id]);
  const splitAll = await post(`/desk/stories/${a.story_id}/split`, editor, { reports: all.map((r) => r.id).join(',') });
  assert.equal(splitAll.status, 422);
  assert.match(await splitAll.text(), /a split must leave at least one report in the story/);
  const self = await post(`/desk/stories/${a.story_id}/merge`, editor, { other: String(a.story_id), keep: 'this' });
  assert.equal(self.status, 422);
  assert.equal((await auditPage(t.db, { limit: 10 })).filter((r) => r.action.startsWith('story.')).length, 0);
});

test('a viewer may not decide: every decision and its confirmation page is 403, and nothing changes', async () => {
  const viewer = await staff('viewer');
  const [a, b] = await twoStories();
  const [r] = await t.db.query<{ id: number }>('SELECT id FROM reports WHERE story_id = $1 LIMIT 1', [a.story_id]);
  const s = a.story_id;
  for (const [path, fields] of [[`/desk/stories/${s}/merge`, { other: String(b.story_id), keep: 'this' }], [`/desk/stories/${s}/split`, { reports: String(r.id) }],
    [`/desk/stories/${s}/move`, { report: String(r.id), to: String(b.story_id) }], [`/desk/stories/${b.story_id}/link`, { earlier: String(s) }],
    [`/desk/stories/${b.story_id}/unlink`, { earlier: String(s) }]] as const) {
    assert.equal((await post(path, viewer, fields)).status, 403, path);
  }
  assert.equal((await get(`/desk/stories/${s}/merge?other=${b.story_id}`, viewer.cookie)).status, 403);
  assert.equal((await get(`/desk/stories/${s}/split?report=${r.id}`, viewer.cookie)).status, 403);
  const [after] = await t.db.query<{ state: string }>('SELECT state FROM stories WHERE id = $1', [b.story_id]);
  assert.notEqual(after.state, 'merged');
  assert.equal((await auditPage(t.db, { limit: 10 })).filter((x) => x.action.startsWith('story.')).length, 0);
});

test('merge: confirmed on its own page, audited; the merged-away article answers 301 to the survivor, which the writer revises', async () => {
  const editor = await staff('editor');
  const [a, b] = await twoStories();
  const [{ v: keptVersion }] = await t.db.query<{ v: number }>('SELECT current_version AS v FROM articles WHERE id = $1', [a.article_id]);
  // the survivor is chosen on the story page: here the other one stays
  const confirm = await confirmFields(`/desk/stories/${b.story_id}/merge?other=${a.story_id}&keep=other`, editor);
  assert.match(confirm.html, new RegExp(`Story ${b.story_id} \\(“[^”]*”, \\d+ reports?\\) joins story ${a.story_id}`));
  assert.equal(confirm.action, `/desk/stories/${b.story_id}/merge`);
  assert.notEqual((await t.db.query<{ state: string }>('SELECT state FROM stories WHERE id = $1', [b.story_id]))[0].state, 'merged', 'the confirmation page changes nothing');
  const res = await post(confirm.action, editor, confirm.fields);
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), `/desk/stories/${a.story_id}?done=merged`);
  const row = await lastAudit();
  assert.equal(row.action, 'story.merge');
  assert.equal(row.actor, 'editor@example.org');
  assert.equal(row.target_id, String(a.story_id));
  assert.deepEqual(row.after, { story: a.story_id, merged: b.story_id, redirects: { from: b.article_id, to: a.article_id } });

  const moved = await app.request(`/en/articles/${b.article_id}`);
  assert.equal(moved.status, 301);
  assert.equal(new URL(moved.headers.get('location')!, origin).pathname, `/en/articles/${a.article_id}`);
  const page = await (await get(`/desk/stories/${b.story_id}`, editor.cookie)).text();
  assert.match(page, new RegExp(`This story was merged into story ${a.story_id}`));

  await writeAgain();
  const [kept] = await t.db.query<{ v: number; reports: number }>(
    `SELECT a.current_version AS v, (SELECT count(DISTINCT c.report_id)::int FROM citations c WHERE c.article_id = a.id AND c.version = a.current_version) AS reports FROM articles a WHERE a.id = $1`, [a.article_id]);
  assert.ok(kept.v > keptVersion, 'the surviving article is revised');
});

test('split, move, link and unlink: each confirmed where it takes something away, made, audited, and the articles go back to the writer', async () => {
  const editor = await staff('editor');
  const [a, b] = await twoStories();
  const reports = await t.db.query<{ id: number }>('SELECT id FROM reports WHERE story_id = $1 ORDER BY published_at, id', [a.story_id]);

  // split the last report off, picked by its checkbox (a GET with report=…)
  const split = await confirmFields(`/desk/stories/${a.story_id}/split?report=${reports.at(-1)!.id}`, editor);
  assert.match(split.html, /This report leaves story/);
  const res = await post(split.action, editor, split.fields);
  assert.equal(res.status, 303);
  const created = Number(/\/desk\/stories\/(\d+)\?done=split/.exec(res.headers.get('location')!)![1]);
  assert.deepEqual((await t.db.query<{ story_id: number }>('SELECT story_id FROM reports WHERE id = $1', [reports.at(-1)!.id]))[0].story_id, created);
  let row = await lastAudit();
  assert.equal(row.action, 'story.split');
  assert.deepEqual(row.after, { story: created, reports: [reports.at(-1)!.id] });
  const waiting = await t.db.query<{ id: number }>('SELECT id FROM stories WHERE needs_writing AND id = ANY($1::bigint[]) ORDER BY id', [[a.story_id, created]]);
  assert.equal(waiting.length, 2, 'both stories go back to the writer');

  // move the first report to story b
  const move = await confirmFields(`/desk/stories/${a.story_id}/move?report=${reports[0].id}&to=${b.story_id}`, editor);
  assert.equal((await post(move.action, editor, move.fields)).status, 303);
  assert.equal((await t.db.query<{ story_id: number }>('SELECT story_id FROM reports WHERE id = $1', [reports[0].id]))[0].story_id, b.story_id);
  row = await lastAudit();
  assert.equal(row.action, 'story.move');
  assert.deepEqual([row.target_type, row.target_id, row.before, row.after], ['report', String(reports[0].id), { story: a.story_id }, { story: b.story_id }]);

  // the new story follows story b, then no longer
  const link = await post(`/desk/stories/${created}/link`, editor, { earlier: String(b.story_id) });
  assert.equal(link.status, 303);
  assert.equal((await t.db.query<{ f: number }>('SELECT follows_story_id AS f FROM stories WHERE id = $1', [created]))[0].f, b.story_id);
  assert.equal((await lastAudit()).action, 'story.link');
  const storyB = await (await get(`/desk/stories/${b.story_id}`, editor.cookie)).text();
  assert.ok(storyB.includes(`/desk/stories/${created}/unlink?earlier=${b.story_id}`), 'the earlier story offers to unlink its follow-up');
  const unlink = await confirmFields(`/desk/stories/${created}/unlink?earlier=${b.story_id}`, editor);
  assert.equal((await post(unlink.action, editor, unlink.fields)).status, 303);
  assert.equal((await t.db.query<{ f: number | null }>('SELECT follows_story_id AS f FROM stories WHERE id = $1', [created]))[0].f, null);
  row = await lastAudit();
  assert.deepEqual([row.action, row.before, row.after], ['story.unlink', { follows: b.story_id }, { follows: null }]);

  await writeAgain();
  const [art] = await t.db.query<{ state: string }>('SELECT state FROM articles WHERE story_id = $1', [created]);
  assert.ok(art, 'the split-off story has its own article');
});
