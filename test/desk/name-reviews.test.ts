// The desk's name reviews at the server level: 유민수 (a coach) and 류민수 (a
// member of parliament), reported by two outlets in unrelated stories, wait
// for an editor. The page lists the pair with its rule, age and the articles
// printing each spelling; "one name" joins them (after the writer's pass every
// article prints one spelling), "two names" closes the pair and rewrites
// nothing; a pair decided meanwhile answers 409 with a message; a viewer is
// refused. Each decision is audited.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { addUser, type Role } from '../../src/desk/accounts.ts';
import { auditPage } from '../../src/desk/audit.ts';
import { createSiteWithDesk } from '../../src/desk/mount.ts';
import { openSession } from '../../src/desk/sessions.ts';
import { glossaryFor } from '../../src/glossary/glossary.ts';
import { keepApart, nameReviews } from '../../src/glossary/reviews.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { coachAndMember, KoreanFeeds, publishedTexts, runUntilWritten } from '../helpers/korean-names.ts';
import { testConfig } from '../helpers/newsroom.ts';

const origin = 'http://localhost';
const now = new Date(Date.UTC(2026, 11, 4, 12));

let t: TestDb;
let feeds: KoreanFeeds;
let app: ReturnType<typeof createSiteWithDesk>;
let coach: number;
let member: number;
beforeEach(async () => {
  t = await createTestDb();
  feeds = await KoreanFeeds.start();
  await feeds.publish(t.db, coachAndMember);
  const texts = [...(await publishedTexts(t.db)).entries()];
  coach = texts.find(([, x]) => x.includes('감독'))![0];
  member = texts.find(([, x]) => x.includes('의원'))![0];
  app = createSiteWithDesk(t.db, testConfig(), { now: () => now });
});
afterEach(async () => {
  await feeds.close();
  await t.drop();
});

async function staff(role: Role) {
  const { user } = await addUser(t.db, `${role}@example.org`, role);
  const { cookie, session } = await openSession(t.db, user.id, new Date(), {});
  return { cookie: `nr_desk=${cookie}`, csrf: session.csrf_token };
}
const get = (path: string, cookie: string) => app.request(path, { headers: { cookie } });
function post(path: string, who: { cookie: string; csrf: string }, fields: Record<string, string>) {
  return app.request(path, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin, cookie: who.cookie },
    body: new URLSearchParams({ _csrf: who.csrf, ...fields }).toString(),
  });
}
/** the pair as the page's forms post it */
async function pair() {
  const [r] = await nameReviews(t.db, 'ko');
  assert.ok(r, 'a pair waits');
  return { lang: 'ko', spelling: r.spelling, other: r.other };
}
const decisions = async () => (await auditPage(t.db, { limit: 50 })).filter((r) => r.action === 'glossary.join' || r.action === 'glossary.apart');
const headline = async (id: number) => (await t.db.query<{ headline: string }>(
  'SELECT v.headline FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.published_version WHERE a.id = $1', [id]))[0].headline;

test('the page lists the waiting pair with its rule, age and the articles printing each spelling; the glossary page links to it', async () => {
  const viewer = await staff('viewer');
  const glossary = await (await get('/desk/glossary?lang=ko', viewer.cookie)).text();
  assert.match(glossary, /<a href="\/desk\/glossary\/reviews">Name reviews: 1 pair waits for an editor<\/a>/);
  const home = await (await get('/desk', viewer.cookie)).text();
  assert.match(home, /<a href="\/desk\/glossary\/reviews"><span class="n">1<\/span>1 name review waits for an editor<\/a>/, 'the desk home counts it');

  // the pair has waited three days and a few hours by the desk's clock
  await t.db.query('UPDATE name_reviews SET created_at = $1', [new Date(now.getTime() - 3 * 86_400_000 - 5 * 3_600_000)]);
  const res = await get('/desk/glossary/reviews', viewer.cookie);
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.match(html, /<h2 id="reviews-ko">한국어 \(ko\): 1 pair<\/h2>/);
  assert.match(html, /<span lang="ko">유민수<\/span> \/ <span lang="ko">류민수<\/span>|<span lang="ko">류민수<\/span> \/ <span lang="ko">유민수<\/span>/);
  assert.ok(html.includes('Korean initial-sound rule'), 'the rule is named');
  assert.match(html, /<td>since December 1, 2026 at 7:00 AM UTC \(3 days\)<\/td>/, 'its age');
  // each spelling with the article that prints it, by headline and link
  for (const [spelling, id] of [['유민수', coach], ['류민수', member]] as const) {
    const item = new RegExp(`<li><span lang="ko">${spelling}</span>: 1 published text<ul><li><a href="/desk/articles/${id}" lang="ko">([^<]+)</a>`).exec(html);
    assert.ok(item, `${spelling} is printed in article ${id}`);
    assert.equal(item[1], (await headline(id)).replace(/&/g, '&amp;'));
    assert.ok(html.includes(`href="/ko/articles/${id}"`));
  }
  assert.ok(!html.includes('/desk/glossary/reviews/join'), 'a viewer is offered no decision');
  const editor = await staff('editor');
  const forEditor = await (await get('/desk/glossary/reviews', editor.cookie)).text();
  assert.ok(forEditor.includes('action="/desk/glossary/reviews/join"') && forEditor.includes('action="/desk/glossary/reviews/apart"'));
  assert.ok(forEditor.includes('>One name</button>') && forEditor.includes('>Two names</button>'));
  // in Korean and Japanese too
  const ko = await (await app.request('/desk/glossary/reviews', { headers: { cookie: editor.cookie, 'accept-language': 'ko' } })).text();
  assert.ok(ko.includes('두음 법칙') && ko.includes('>한 이름</button>'));
});

test('one name: the pair closes, the glossary has one entry, and after the writer every article prints one spelling', async () => {
  const editor = await staff('editor');
  const res = await post('/desk/glossary/reviews/join', editor, await pair());
  assert.equal(res.status, 303);
  const page = await (await get(res.headers.get('location')!, editor.cookie)).text();
  assert.match(page, /role="status">“[유류]민수” and “[유류]민수” are one name now, printed “유민수”/);
  assert.match(page, /No pair of spellings waits for an editor\./);
  assert.deepEqual(await nameReviews(t.db), []);
  assert.deepEqual((await glossaryFor(t.db, 'ko')).filter((e) => e.spelling.endsWith('민수')).map((e) => e.spelling), ['유민수']);
  const [entry] = await decisions();
  assert.equal(entry.action, 'glossary.join');
  assert.equal(entry.actor, 'editor@example.org');
  assert.equal(entry.via, 'desk');
  assert.deepEqual(entry.after, { printed: '유민수', revised: [{ id: member, version: 1 }] });

  await runUntilWritten(t.db);
  const texts = await publishedTexts(t.db);
  for (const id of [coach, member]) assert.ok(texts.get(id)!.includes('유민수') && !texts.get(id)!.includes('류민수'), texts.get(id)!.slice(0, 200));
  const publicPage = await (await app.request(`/ko/articles/${member}`)).text();
  const printed = publicPage.replace(/<section class="sources"[\s\S]*?<\/section>/, '').replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '');
  assert.ok(printed.includes('유민수') && !printed.includes('류민수'), 'the public page prints the joined spelling');
});

test('two names: the pair closes and nothing is rewritten', async () => {
  const editor = await staff('editor');
  const before = await publishedTexts(t.db);
  const res = await post('/desk/glossary/reviews/apart', editor, await pair());
  assert.equal(res.status, 303);
  const page = await (await get(res.headers.get('location')!, editor.cookie)).text();
  assert.match(page, /role="status">“[유류]민수” and “[유류]민수” stay two names; nothing is rewritten\./);
  assert.deepEqual(await nameReviews(t.db), []);
  const spellings = (await glossaryFor(t.db, 'ko')).map((e) => e.spelling);
  assert.ok(spellings.includes('유민수') && spellings.includes('류민수'));
  const [{ n }] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM stories WHERE needs_writing');
  assert.equal(n, 0, 'no story goes back to the writer');
  assert.deepEqual(await publishedTexts(t.db), before);
  const [entry] = await decisions();
  assert.equal(entry.action, 'glossary.apart');
  assert.equal((entry.before as { rule: string }).rule, 'ko-initial-sound');
});

test('a pair decided meanwhile (on the command line, or in another tab) answers 409 with a message and changes nothing', async () => {
  const editor = await staff('editor');
  const fields = await pair();
  // the command line keeps them apart while the page is open
  assert.equal(await keepApart(t.db, 'ko', fields.spelling, fields.other), true);
  const res = await post('/desk/glossary/reviews/join', editor, fields);
  assert.equal(res.status, 409);
  const html = await res.text();
  assert.match(html, /role="alert">The pair “[유류]민수” \/ “[유류]민수” no longer waits: someone decided it meanwhile/);
  const spellings = (await glossaryFor(t.db, 'ko')).map((e) => e.spelling);
  assert.ok(spellings.includes('유민수') && spellings.includes('류민수'), 'not joined');
  assert.deepEqual(await decisions(), []);

  // two tabs: the first decision lands, the second is told
  await t.db.query(`INSERT INTO name_reviews (lang, spelling, other, rule) VALUES ('ko', $1, $2, 'ko-initial-sound')`, [fields.spelling, fields.other]);
  assert.equal((await post('/desk/glossary/reviews/apart', editor, fields)).status, 303);
  const second = await post('/desk/glossary/reviews/join', editor, fields);
  assert.equal(second.status, 409);
  assert.match(await second.text(), /no longer waits/);
  assert.deepEqual((await decisions()).map((d) => d.action), ['glossary.apart']);
});

test('a viewer may not decide (403), nor may a form without its CSRF token; the pair still waits', async () => {
  const viewer = await staff('viewer');
  const fields = await pair();
  for (const path of ['/desk/glossary/reviews/join', '/desk/glossary/reviews/apart']) assert.equal((await post(path, viewer, fields)).status, 403, path);
  const editor = await staff('editor');
  assert.equal((await post('/desk/glossary/reviews/join', { ...editor, csrf: 'wrong' }, fields)).status, 403);
  assert.equal((await nameReviews(t.db, 'ko')).length, 1);
  assert.deepEqual(await decisions(), []);
  // a language that is not an edition, and a form without the pair: 422, nothing changed
  assert.equal((await post('/desk/glossary/reviews/join', editor, { ...fields, lang: 'xx' })).status, 422);
  assert.equal((await post('/desk/glossary/reviews/join', editor, { lang: 'ko' })).status, 422);
  assert.equal((await nameReviews(t.db, 'ko')).length, 1);
});
