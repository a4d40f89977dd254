// The review queue and the article editor at the server level, on the demo
// site: a held article is listed with its failing claim marked and the
// closest source sentence beside it; publishing it without a reason is
// refused; a viewer's post is 403; a save makes a new version by the editor
// and runs the check; two versions diff word by word; the public site never
// shows the held version; every action lands in the audit log.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { addUser, type Role } from '../../src/desk/accounts.ts';
import { auditPage } from '../../src/desk/audit.ts';
import { createSiteWithDesk } from '../../src/desk/mount.ts';
import { openSession } from '../../src/desk/sessions.ts';
import type { Paragraph } from '../../src/write/article.ts';
import { getArticle } from '../../src/write/queries.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { seedDemoSite } from '../helpers/demo-site.ts';
import { testConfig } from '../helpers/newsroom.ts';
import { heldWithWrongNumber, type HeldArticle } from './held-article.ts';

const config = testConfig();
const origin = 'http://localhost';

let t: TestDb;
let app: ReturnType<typeof createSiteWithDesk>;
let held: HeldArticle;
beforeEach(async () => {
  t = await createTestDb();
  await seedDemoSite(t.db);
  held = await heldWithWrongNumber(t.db);
  app = createSiteWithDesk(t.db, config);
});
afterEach(() => t.drop());

/** A signed-in person of `role`: their cookie and CSRF token. */
async function staff(role: Role, email = `${role}@example.org`) {
  const { user } = await addUser(t.db, email, role);
  const { cookie, session } = await openSession(t.db, user.id, new Date(), {});
  return { cookie: `nr_desk=${cookie}`, csrf: session.csrf_token, id: user.id };
}
const get = (path: string, cookie?: string) => app.request(path, { headers: cookie ? { cookie } : {} });
function post(path: string, who: { cookie: string; csrf: string }, fields: Record<string, string>) {
  return app.request(path, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin, cookie: who.cookie },
    body: new URLSearchParams({ _csrf: who.csrf, ...fields }).toString(),
  });
}
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The editor's form as it stands on the page, with `change` applied to the fields. */
async function editorForm(id: number, who: { cookie: string }, change: (f: Record<string, string>) => void = () => {}) {
  const html = await (await get(`/desk/articles/${id}`, who.cookie)).text();
  const form = /<form method="post" action="\/desk\/articles\/\d+" class="desk-form wide">([\s\S]*?)<\/form>/.exec(html)![1];
  const unescape = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const fields: Record<string, string> = {};
  for (const m of form.matchAll(/<input type="(?:hidden|text)" name="([^"]+)" value="([^"]*)"/g)) fields[m[1]] = unescape(m[2]);
  for (const m of form.matchAll(/<input type="checkbox" name="([^"]+)" checked=""/g)) fields[m[1]] = 'on';
  for (const m of form.matchAll(/<textarea name="([^"]+)"[^>]*>([\s\S]*?)<\/textarea>/g)) fields[m[1]] = unescape(m[2]);
  const sel = /<select name="section">[\s\S]*?<option value="([^"]+)" selected=""/.exec(form);
  if (sel) fields.section = sel[1];
  change(fields);
  return fields;
}

test('the queue lists the held article with its wrong number marked beside the closest source sentence, with outlet and link', async () => {
  const viewer = await staff('viewer');
  const res = await get('/desk/review', viewer.cookie);
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.ok(html.includes(`href="/desk/articles/${held.id}"`), 'the held article is listed');
  assert.match(html, new RegExp(`<mark class="claim">${held.wrong}</mark><sup class="claim-n"><a href="#finding-${held.id}-1" aria-label="claim 1: Number">1</a>`));
  const finding = new RegExp(`<li id="finding-${held.id}-1">([\\s\\S]*?)</li></ul>`).exec(html)![1];
  assert.ok(finding.includes(`the number ${held.wrong} is not in the cited reports`));
  // the closest sentence is the one the paragraph was taken from, with the right number
  const quote = /<blockquote>([^<]*)<\/blockquote>/.exec(finding)![1];
  assert.ok(quote.includes(held.right), `the closest source sentence gives ${held.right}: ${quote}`);
  assert.match(finding, /<a href="[^"]+" rel="noopener noreferrer">source<\/a>/);
  // a viewer sees no action forms
  assert.ok(!html.includes(`action="/desk/articles/${held.id}/publish"`));
  const editor = await staff('editor');
  assert.ok((await (await get('/desk/review', editor.cookie)).text()).includes(`action="/desk/articles/${held.id}/publish"`));
});

test('publish-anyway without a reason is refused and changes nothing; with one it publishes and is audited', async () => {
  const editor = await staff('editor');
  const before = (await getArticle(t.db, held.id))!;
  const refused = await post(`/desk/articles/${held.id}/publish`, editor, { reason: '  ', version: String(before.current_version), back: '/desk/review' });
  assert.equal(refused.status, 422);
  assert.match(await refused.text(), /1 claim the sources do not support: publishing it needs a reason/);
  assert.equal((await getArticle(t.db, held.id))!.published_version, held.liveVersion, 'still the old version live');

  const done = await post(`/desk/articles/${held.id}/publish`, editor, { reason: 'the outlet corrected its figure', version: String(before.current_version), back: '/desk/review' });
  assert.equal(done.status, 303);
  assert.equal(done.headers.get('location'), '/desk/review?done=publish');
  assert.equal((await getArticle(t.db, held.id))!.published_version, before.current_version);
  const [row] = await auditPage(t.db, { limit: 1 });
  assert.equal(row.action, 'article.publish');
  assert.equal(row.actor, 'editor@example.org');
  assert.equal(row.target_id, String(held.id));
  assert.deepEqual(row.after, { published_version: before.current_version, unsupported: 1, reason: 'the outlet corrected its figure' });
});

test('a viewer\'s posts are 403 and change nothing; a post without the CSRF token is 403', async () => {
  const viewer = await staff('viewer');
  for (const [path, fields] of [[`/desk/articles/${held.id}/publish`, { reason: 'x' }], [`/desk/articles/${held.id}/hold`, { reason: 'x' }],
    [`/desk/articles/${held.id}/reject`, {}], [`/desk/articles/${held.id}/correct`, { note: 'x' }], [`/desk/articles/${held.id}`, {}]] as const) {
    assert.equal((await post(path, viewer, fields)).status, 403, path);
  }
  const editor = await staff('editor');
  const res = await post(`/desk/articles/${held.id}/hold`, { cookie: editor.cookie, csrf: 'not-the-token' }, { reason: 'x' });
  assert.equal(res.status, 403);
  const a = (await getArticle(t.db, held.id))!;
  assert.equal(a.state, 'published');
  assert.equal(a.pending_review, true);
  assert.equal((await auditPage(t.db, { limit: 10 })).filter((r) => r.action.startsWith('article.')).length, 0);
});

test('saving an edit makes a new version by the editor, runs the check, and two versions diff word by word', async () => {
  const editor = await staff('editor');
  const before = (await getArticle(t.db, held.id))!;
  // the byline name is asked for: without it the save is refused and the typed text kept
  const typed = await editorForm(held.id, editor, (f) => { f.p0 = f.p0.replace(held.wrong, held.right); f.byline = ''; });
  const refused = await post(`/desk/articles/${held.id}`, editor, typed);
  assert.equal(refused.status, 422);
  const refusedHtml = await refused.text();
  assert.match(refusedHtml, /Give the name your byline prints/);
  assert.ok(refusedHtml.includes(escapeHtml(typed.p0)), 'the typed paragraph is kept');

  const fields = await editorForm(held.id, editor, (f) => { f.p0 = f.p0.replace(held.wrong, held.right); f.byline = 'Dana Editor'; });
  const saved = await post(`/desk/articles/${held.id}`, editor, fields);
  assert.equal(saved.status, 303);
  assert.equal(saved.headers.get('location'), `/desk/articles/${held.id}?done=saved`, 'the check passes once the number is right');
  const after = (await getArticle(t.db, held.id))!;
  assert.equal(after.current_version, before.current_version + 1);
  assert.equal(after.published_version, held.liveVersion, 'readers keep the published version until it is published');
  assert.equal(after.pending_review, true);
  const [v] = await t.db.query<{ editor_user_id: string; editor_name: string; grounding: any; body: Paragraph[] }>(
    'SELECT editor_user_id, editor_name, grounding, body FROM article_versions WHERE article_id = $1 AND version = $2', [held.id, after.current_version]);
  assert.equal(Number(v.editor_user_id), editor.id);
  assert.equal(v.editor_name, 'Dana Editor');
  assert.equal(v.grounding.ok, true);
  assert.deepEqual(v.body.map((p) => p.citations), (before.versions[0].body as Paragraph[]).map((p) => p.citations), 'citations kept');
  const page = await (await get(`/desk/articles/${held.id}?done=saved`, editor.cookie)).text();
  assert.match(page, /The check found every number, date, quotation and name in the cited reports/);

  // a stale form (made on the version before) is refused, not applied over the newer one
  const stale = await post(`/desk/articles/${held.id}`, editor, { ...fields, p0: 'An edit made on an old version.' });
  assert.equal(stale.status, 409);

  const diff = await (await get(`/desk/articles/${held.id}/diff?a=${before.current_version}&b=${after.current_version}`, editor.cookie)).text();
  assert.match(diff, new RegExp(`<del>[^<]*\\b${held.wrong}\\b[^<]*</del>`), 'the wrong number struck out');
  assert.match(diff, new RegExp(`<ins>[^<]*\\b${held.right}\\b[^<]*</ins>`), 'the right one added');
  const [audit] = await auditPage(t.db, { limit: 1 });
  assert.equal(audit.action, 'article.edit');
  assert.deepEqual(audit.after, { version: after.current_version, grounded: true, failures: 0 });
});

test('the public site never shows the held version or the saved draft; publishing shows the new text and the editor\'s byline', async () => {
  const editor = await staff('editor');
  const page = async () => (await get(`/en/articles/${held.id}`)).text();
  assert.ok(!(await page()).includes(escapeHtml(held.wrongText)), 'the held version is not on the site');
  const fields = await editorForm(held.id, editor, (f) => { f.p0 = `${f.p0.replace(held.wrong, held.right)} Draft marker sentence.`; f.byline = 'Dana Editor'; });
  await post(`/desk/articles/${held.id}`, editor, fields);
  for (const ed of ['en', 'ko', 'ja']) assert.ok(!(await (await get(`/${ed}/articles/${held.id}`)).text()).includes('Draft marker'), `${ed}: no draft`);
  assert.ok(!(await (await get('/en/feed.xml')).text()).includes('Draft marker'));
  assert.ok(!(await (await get(`/api/v1/articles/${held.id}?edition=en`)).text()).includes('Draft marker'));
  const current = (await getArticle(t.db, held.id))!.current_version;
  // a saved version with an unsupported sentence still needs a reason; reject it and the old version stays
  // the marker is a sentence no source says: the sentence check holds it, and the editor publishes it with a reason
  const res = await post(`/desk/articles/${held.id}/publish`, editor, { version: String(current), reason: 'the marker sentence is the editor\'s own' });
  assert.equal(res.status, 303);
  const html = await page();
  assert.ok(html.includes('Draft marker sentence.'));
  assert.ok(html.includes('Revised by Dana Editor'), 'the byline names the editor');
});
