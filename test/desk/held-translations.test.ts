// A translation the translation check finds fault with is held: a scripted
// translator on a loopback LibreTranslate-protocol server turns "said the
// isolation was over" into "was not over" and 410 million crowns into 401
// million. The row keeps its text and findings, readers of /en keep the
// original (marked), the desk's editions page shows the findings; publishing
// it anyway takes a reason (audited), putting it back has it translated again.
// An editor's own text of the edition is checked the same way on saving.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { auditPage } from '../../src/desk/audit.ts';
import { createSiteWithDesk } from '../../src/desk/mount.ts';
import { runTranslateStage } from '../../src/translate/translate-stage.ts';
import { createTranslator } from '../../src/translate/translator.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { testNewsroom } from '../helpers/newsroom.ts';
import type { Scripted } from '../helpers/openai-server.ts';
import { fastProvider, koreanText, libreEngine, seedArticle, startEngine, seedMayorSpellings, type Seeded } from '../translate/seed.ts';
import { deskGet, deskPost, staff } from '../helpers/desk-client.ts';

let t: TestDb;
let s: Seeded;
const engines: Scripted[] = [];

beforeEach(async () => {
  t = await createTestDb();
  await seedMayorSpellings(t.db);
  s = await seedArticle(t.db);
});
afterEach(async () => {
  for (const e of engines.splice(0)) await e.server.close();
  await t.drop();
});

/** The faithful engine, or one that answers English with a "not" added and a figure changed while `faulty()` says so. */
async function translating(faulty: () => boolean, mode: 'hold' | 'note' = 'hold') {
  const faithful = libreEngine();
  const engine = await startEngine((body, n) => {
    const a = faithful(body, n);
    if (!faulty() || body.target !== 'en') return a;
    const texts = (a.json as { translatedText: string[] }).translatedText
      .map((x) => x.replace('isolation was over', 'isolation was not over').replace('410 million', '401 million'));
    return { json: { translatedText: texts } };
  });
  engines.push(engine);
  const nr = testNewsroom(t.db, { editions: ['ko', 'en', 'ja'], translate: 'libretranslate', translateUrl: engine.server.url, translationCheck: mode });
  const translator = createTranslator(nr.config, fastProvider) ?? null;
  return { nr, engine, run: () => runTranslateStage(nr, { translator }) };
}

const row = async (lang: string) => (await t.db.query<Record<string, any>>(
  'SELECT state, headline, lead, body, findings, error, next_attempt_at FROM translations WHERE article_id = $1 AND version = 1 AND lang = $2', [s.articleId, lang]))[0];

test('a translation that adds a "not" and changes a figure is held with its findings; readers keep the original; published anyway only with a reason', async () => {
  const x = await translating(() => true);
  const report = await x.run();
  assert.equal(report.counts.held, 1, JSON.stringify(report));
  assert.equal(report.counts.translated, 1, 'the Japanese translation, faithful, goes through');
  assert.equal((await row('ja')).state, 'done');

  const en = await row('en');
  assert.equal(en.state, 'held');
  assert.match(en.lead, /isolation was not over/, 'the text is kept, so the work is not lost');
  assert.deepEqual(en.findings.map((f: { kind: string; where: string }) => [f.kind, f.where]).sort(), [['negation', 'lead'], ['number', 'paragraph 2'], ['number', 'paragraph 2']]);
  assert.ok(en.findings.some((f: { claim: string }) => f.claim === '410000000'), 'the original\'s figure is named');

  // not asked again: a held row is not due, and its answer was not cached
  const asked = x.engine.bodies.length;
  await x.run();
  assert.equal(x.engine.bodies.length, asked);
  assert.equal(await t.db.query(`SELECT 1 FROM ai_cache WHERE kind = 'translation'`).then((r) => r.length), 1, 'only the Japanese answer is cached');

  const app = createSiteWithDesk(t.db, x.nr.config);
  const reader = await (await deskGet(app, `/en/articles/${s.articleId}`)).text();
  assert.ok(reader.includes(koreanText.headline), 'the en edition shows the original');
  assert.ok(reader.includes('lang="ko"'), '…marked with its language');
  assert.ok(!reader.includes('isolation was not over'));

  const who = await staff(t.db, 'editor');
  const list = await (await deskGet(app, '/desk/editions', who)).text();
  assert.ok(list.includes('Held by the translation check'));
  assert.ok(list.includes('negated sentence(s)'), 'each finding with its message');
  assert.ok(list.includes('<q>410000000</q>'), 'and its claim');
  assert.ok(list.includes('in the paragraph 2') && list.includes('in the lead'), 'and where it is');
  assert.ok(list.includes('action="/desk/editions/held/approve"') && list.includes('action="/desk/editions/held/retranslate"'));

  const noReason = await deskPost(app, '/desk/editions/held/approve', who, { article: String(s.articleId), lang: 'en', reason: ' ' });
  assert.equal(noReason.status, 400);
  assert.match(await noReason.text(), /Give a reason/);
  assert.equal((await row('en')).state, 'held');

  const approved = await deskPost(app, '/desk/editions/held/approve', who, { article: String(s.articleId), lang: 'en', reason: 'the source says so; checked by phone' });
  assert.equal(approved.status, 303);
  assert.equal((await row('en')).state, 'done');
  const [audit] = await auditPage(t.db, { limit: 1 });
  assert.equal(audit.action, 'translation.approve-held');
  assert.equal(audit.target_id, `${s.articleId}:en`);
  assert.match(JSON.stringify(audit.after), /checked by phone/);
  assert.match(JSON.stringify(audit.before), /negation/);
  const shown = await (await deskGet(app, `/en/articles/${s.articleId}`)).text();
  assert.ok(shown.includes('isolation was not over'), 'readers see the approved translation (the page cache was dropped)');

  const again = await deskPost(app, '/desk/editions/held/approve', who, { article: String(s.articleId), lang: 'en', reason: 'twice' });
  assert.equal(again.status, 404, 'nothing is held any more');
});

test('a held translation put back is translated again; a faithful answer then goes through', async () => {
  let faulty = true;
  const x = await translating(() => faulty);
  await x.run();
  assert.equal((await row('en')).state, 'held');
  const app = createSiteWithDesk(t.db, x.nr.config);
  const who = await staff(t.db, 'editor');
  const back = await deskPost(app, '/desk/editions/held/retranslate', who, { article: String(s.articleId), lang: 'en' });
  assert.equal(back.status, 303);
  const waiting = await row('en');
  assert.equal(waiting.state, 'failed');
  assert.equal(waiting.headline, null);
  assert.match(waiting.error, /^rejected: held by the translation check: lead: /, 'the findings become the feedback a model is given');
  const [audit] = await auditPage(t.db, { limit: 1 });
  assert.equal(audit.action, 'translation.retranslate-held');

  faulty = false;
  const asked = x.engine.bodies.length;
  const report = await x.run();
  assert.equal(x.engine.bodies.length, asked + 1, 'the provider is asked anew');
  assert.equal(report.counts.translated, 1, JSON.stringify(report));
  const done = await row('en');
  assert.equal(done.state, 'done');
  assert.equal(done.findings, null);
  assert.match(done.lead, /isolation was over/);
});

test('an editor\'s edition text that drops a figure is saved only with a reason, the findings shown and audited', async () => {
  const x = await translating(() => false);
  await x.run();
  const app = createSiteWithDesk(t.db, x.nr.config);
  const who = await staff(t.db, 'editor');
  const en = await row('en');
  const fields: Record<string, string> = {
    base: '1', paragraphs: '3', headline: en.headline, lead: en.lead, byline: 'Dana Editor',
    summary: 'Portmere opened a bridge to Haeorum Island, cutting the trip to the island to 7 minutes.', alt: 'A long suspension bridge over the harbour at dawn',
  };
  en.body.forEach((p: { text: string; citations: number[] }, i: number) => {
    fields[`p${i}`] = p.text;
    for (const id of p.citations) fields[`c${i}_${id}`] = 'on';
  });
  fields.p1 = 'The bridge took four years to build and cost 400 million crowns in all.';
  const refused = await deskPost(app, `/desk/editions/${s.articleId}/en`, who, fields);
  assert.equal(refused.status, 422);
  const html = await refused.text();
  assert.match(html, /give a reason to save it anyway/);
  assert.ok(html.includes('the number 410000000 of the original is not in the translation'));
  assert.ok(html.includes('400 million crowns'), 'the form keeps what was typed');
  assert.match((await row('en')).body[1].text, /410 million/, 'nothing saved');

  const saved = await deskPost(app, `/desk/editions/${s.articleId}/en`, who, { ...fields, reason: 'the city corrected the cost' });
  assert.equal(saved.status, 303);
  assert.match((await row('en')).body[1].text, /400 million/);
  const [audit] = await auditPage(t.db, { limit: 1 });
  assert.equal(audit.action, 'translation.edit');
  assert.match(JSON.stringify(audit.after), /the city corrected the cost/);
  assert.match(JSON.stringify(audit.after), /410000000/);

  // a faithful text needs no reason
  const faithful = await deskPost(app, `/desk/editions/${s.articleId}/en`, who, { ...fields, p1: 'The bridge took four years and cost 410 million crowns.' });
  assert.equal(faithful.status, 303);
});

test('by default (NEWSROOM_TRANSLATION_CHECK=note) the faulty translation is published and the desk lists what the check noted', async () => {
  const x = await translating(() => true, 'note');
  const report = await x.run();
  assert.equal(report.counts.translated, 2, JSON.stringify(report));
  const en = await row('en');
  assert.equal(en.state, 'done');
  assert.deepEqual(en.findings.map((f: { kind: string }) => f.kind).sort(), ['negation', 'number', 'number']);
  assert.equal(await t.db.query(`SELECT 1 FROM ai_cache WHERE kind = 'translation'`).then((r) => r.length), 2, 'published with its findings, it is cached as any accepted answer');
  const app = createSiteWithDesk(t.db, x.nr.config);
  assert.ok((await (await deskGet(app, `/en/articles/${s.articleId}`)).text()).includes('isolation was not over'), 'readers get it');
  const list = await (await deskGet(app, '/desk/editions', await staff(t.db, 'editor'))).text();
  assert.ok(list.includes('the translation check noted 3 findings against the original'));
  assert.ok(list.includes('<q>410000000</q>'), 'with each finding');
  assert.ok(!list.includes('action="/desk/editions/held/approve"'), 'nothing to approve');
  assert.equal((await row('ja')).findings, null, 'a faithful one has none');
});
