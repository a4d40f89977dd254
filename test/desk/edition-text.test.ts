// An editor edits one edition's text of a published article on the desk: the
// en translation of a ko article. Readers of /en see it at once under the
// editor's byline; the translate stage leaves it (also when it was
// translating the same edition meanwhile); a viewer is refused; a form made
// on a version that is no longer published gets 409 and keeps what was typed;
// a new version is translated afresh.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { auditPage } from '../../src/desk/audit.ts';
import { createSiteWithDesk } from '../../src/desk/mount.ts';
import { runTranslateStage } from '../../src/translate/translate-stage.ts';
import { createTranslator } from '../../src/translate/translator.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { testNewsroom } from '../helpers/newsroom.ts';
import type { Scripted } from '../helpers/openai-server.ts';
import { fastProvider, koreanText, libreEngine, reviseArticle, seedArticle, startEngine, startSlowEngine, seedMayorSpellings, type Seeded } from '../translate/seed.ts';
import { deskGet, deskPost, staff } from '../helpers/desk-client.ts';

let t: TestDb;
const engines: Scripted[] = [];
let s: Seeded;

beforeEach(async () => {
  t = await createTestDb();
  await seedMayorSpellings(t.db);
  s = await seedArticle(t.db);
});
afterEach(async () => {
  for (const e of engines.splice(0)) await e.server.close();
  await t.drop();
});

async function translating(slowMs?: number) {
  const engine = slowMs ? await startSlowEngine(libreEngine(), slowMs) : await startEngine(libreEngine());
  engines.push(engine);
  const nr = testNewsroom(t.db, { editions: ['ko', 'en', 'ja'], translate: 'libretranslate', translateUrl: engine.server.url });
  const translator = createTranslator(nr.config, fastProvider) ?? null;
  return { nr, engine, run: () => runTranslateStage(nr, { translator }) };
}


/** The form as an editor fills it in: two paragraphs, each citing one of the story's reports. */
function editorsText(base: number, headline: string) {
  return {
    base: String(base), paragraphs: '3', headline, lead: 'Portmere opened its 2.4-kilometre harbour bridge on 23 November.',
    p0: 'Mayor Korvath cut the ribbon at 9 a.m.', [`c0_${s.reportIds[0]}`]: 'on',
    p1: 'The bridge took four years to build.', [`c1_${s.reportIds[1]}`]: 'on', p2: '',
    summary: 'Portmere opened the bridge to Haeorum island.', alt: 'A suspension bridge over a harbour at dawn', byline: 'Dana Editor',
    // shorter than the original (the translation check says what it leaves out): saved with a reason
    reason: 'shortened for the English edition',
  };
}

const row = async (lang: string, version = 1) => (await t.db.query<Record<string, any>>(
  'SELECT state, provider, model, headline, body, editor_name, editor_user_id FROM translations WHERE article_id = $1 AND version = $2 AND lang = $3',
  [s.articleId, version, lang]))[0];

test('an editor rewrites the en text: readers of /en see it under the editor\'s byline, a translate run leaves it, a viewer is refused', async () => {
  const x = await translating();
  await x.run();
  assert.equal((await row('en')).provider, 'libretranslate');
  const app = createSiteWithDesk(t.db, x.nr.config);
  const before = await (await deskGet(app, `/en/articles/${s.articleId}`)).text(); // kept in the page cache
  assert.ok(!before.includes('Revised by'));

  const viewer = await staff(t.db, 'viewer');
  assert.equal((await deskGet(app, `/desk/editions/${s.articleId}/en`, viewer)).status, 403);
  assert.equal((await deskPost(app, `/desk/editions/${s.articleId}/en`, viewer, editorsText(1, 'A viewer\'s headline'))).status, 403);
  assert.equal((await row('en')).provider, 'libretranslate', 'a viewer changes nothing');

  const editor = await staff(t.db, 'editor');
  const list = await (await deskGet(app, '/desk/editions', editor)).text();
  assert.ok(list.includes(`href="/desk/editions/${s.articleId}/en"`), 'the editions page links each edition\'s text');
  assert.ok(!list.includes(`href="/desk/editions/${s.articleId}/ko"`), 'the original is edited in the article editor');
  const editorPage = await (await deskGet(app, `/desk/articles/${s.articleId}`, editor)).text();
  assert.ok(editorPage.includes(`href="/desk/editions/${s.articleId}/ja"`), 'so does the article editor');
  const form = await deskGet(app, `/desk/editions/${s.articleId}/en`, editor);
  assert.equal(form.status, 200);
  const formHtml = await form.text();
  assert.ok(formHtml.includes('name="base" value="1"'));
  assert.ok(formHtml.includes(`name="c0_${s.reportIds[0]}" checked`), 'the translation\'s citations are ticked');
  assert.ok(formHtml.includes(koreanText.headline), 'the original is shown beside it');

  const saved = await deskPost(app, `/desk/editions/${s.articleId}/en`, editor, editorsText(1, 'Harbour bridge opens to traffic'));
  assert.equal(saved.status, 303);
  assert.equal(saved.headers.get('location'), `/desk/editions/${s.articleId}/en?done=saved`);
  const r = await row('en');
  assert.deepEqual([r.state, r.provider, r.model, r.headline, r.editor_name], ['done', 'editor', null, 'Harbour bridge opens to traffic', 'Dana Editor']);
  assert.deepEqual(r.body, [
    { text: 'Mayor Korvath cut the ribbon at 9 a.m.', citations: [s.reportIds[0]] },
    { text: 'The bridge took four years to build.', citations: [s.reportIds[1]] },
  ]);
  const [audit] = await auditPage(t.db, { limit: 1 });
  assert.equal(audit.action, 'translation.edit');
  assert.equal(audit.target_id, `${s.articleId}:en`);

  // readers see it at once (the cached page was dropped), with the editor on the byline
  const page = await (await deskGet(app, `/en/articles/${s.articleId}`)).text();
  assert.ok(page.includes('Harbour bridge opens to traffic'));
  assert.ok(page.includes('Mayor Korvath cut the ribbon at 9 a.m.'));
  assert.ok(page.includes('Revised by Dana Editor'));
  assert.ok(!(await (await deskGet(app, `/ja/articles/${s.articleId}`)).text()).includes('Revised by'), 'the other editions are as they were');
  // and so does search
  const found = await (await deskGet(app, `/en/search?q=${encodeURIComponent('Harbour bridge opens')}`)).text();
  assert.ok(found.includes(`/en/articles/${s.articleId}`));

  // the translate stage leaves the editor's text, even when told to try it again
  await t.db.query(`UPDATE translations SET next_attempt_at = now() WHERE article_id = $1`, [s.articleId]);
  await x.run();
  assert.equal((await row('en')).headline, 'Harbour bridge opens to traffic');
  assert.equal((await row('en')).provider, 'editor');
});

test('an editor\'s text saved while the translator works on the same edition is kept', async () => {
  const x = await translating(800);
  const app = createSiteWithDesk(t.db, x.nr.config);
  const editor = await staff(t.db, 'editor');
  const running = x.run();
  // the translator has been asked (the item is claimed and its text sent): the editor saves now
  while (x.engine.bodies.length === 0) await new Promise((r) => setTimeout(r, 20));
  const saved = await deskPost(app, `/desk/editions/${s.articleId}/en`, editor, editorsText(1, 'Harbour bridge opens to traffic'));
  assert.equal(saved.status, 303);
  const report = await running;
  assert.deepEqual([report.counts.translated, report.counts.skipped], [1, 1], 'ja translated; en kept as the editor left it');
  const en = await row('en');
  assert.equal(en.headline, 'Harbour bridge opens to traffic', 'the translation that arrived later did not replace it');
  assert.equal(en.provider, 'editor');
  assert.equal((await row('ja')).provider, 'libretranslate', 'the other edition got its translation');
});

test('a form made on a version no longer published gets 409 and keeps the text; the new version is translated afresh', async () => {
  const x = await translating();
  await x.run();
  const app = createSiteWithDesk(t.db, x.nr.config);
  const editor = await staff(t.db, 'editor');
  const form = await (await deskGet(app, `/desk/editions/${s.articleId}/en`, editor)).text();
  assert.ok(form.includes('name="base" value="1"'));
  // meanwhile the article is revised and version 2 published
  await reviseArticle(t.db, s, { ...koreanText, headline: '포트미어 항만 대교 개통' });

  const stale = await deskPost(app, `/desk/editions/${s.articleId}/en`, editor, editorsText(1, 'Harbour bridge opens to traffic'));
  assert.equal(stale.status, 409);
  const html = await stale.text();
  assert.ok(html.includes('This form was made on version 1, but the article now shows version 2. Nothing was saved'));
  assert.ok(html.includes('value="Harbour bridge opens to traffic"'), 'the typed headline is in the form again');
  assert.ok(html.includes('Mayor Korvath cut the ribbon at 9 a.m.'), 'and the typed paragraphs');
  assert.ok(html.includes('name="base" value="2"'), 'saving again is on the version now published');
  assert.equal((await row('en')).provider, 'libretranslate', 'version 1\'s row is untouched');
  assert.equal(await row('en', 2), undefined);

  // version 2 is translated as any new version is
  await x.run();
  assert.equal((await row('en', 2)).provider, 'libretranslate');
  // an editor's text of version 1 would not have held it back either: edit v2, then publish v3
  assert.equal((await deskPost(app, `/desk/editions/${s.articleId}/en`, editor, editorsText(2, 'Bridge opens'))).status, 303);
  await reviseArticle(t.db, s, { ...koreanText, headline: '포트미어 대교 개통' });
  await x.run();
  assert.equal((await row('en', 3)).provider, 'libretranslate');
  assert.equal((await row('en', 2)).editor_name, 'Dana Editor');

  // bad input: no paragraphs cite a report, the original's language, an unknown edition
  const uncited = { ...editorsText(3, 'Bridge'), [`c0_${s.reportIds[0]}`]: '' };
  delete (uncited as Record<string, string>)[`c0_${s.reportIds[0]}`];
  assert.equal((await deskPost(app, `/desk/editions/${s.articleId}/en`, editor, uncited)).status, 422);
  const noAlt = await deskPost(app, `/desk/editions/${s.articleId}/en`, editor, { ...editorsText(3, 'Bridge without a description'), alt: '' });
  assert.equal(noAlt.status, 422);
  assert.ok((await noAlt.text()).includes('value="Bridge without a description"'), 'the refused form keeps what was typed');
  assert.equal((await row('en', 3)).provider, 'libretranslate');
  assert.equal((await deskGet(app, `/desk/editions/${s.articleId}/ko`, editor)).status, 404);
  assert.equal((await deskGet(app, `/desk/editions/${s.articleId}/fr`, editor)).status, 404);
});

test('each text an editor replaces is kept: listed, compared with the current one, and the form can start from it', async () => {
  const x = await translating();
  await x.run();
  const machine = (await row('en')).headline as string;
  const app = createSiteWithDesk(t.db, x.nr.config);
  const editor = await staff(t.db, 'editor');
  const first = await (await deskGet(app, `/desk/editions/${s.articleId}/en`, editor)).text();
  assert.ok(first.includes('has not been replaced yet'), 'nothing replaced: no earlier text');

  assert.equal((await deskPost(app, `/desk/editions/${s.articleId}/en`, editor, editorsText(1, 'Harbour bridge opens to traffic'))).status, 303);
  assert.equal((await deskPost(app, `/desk/editions/${s.articleId}/en`, editor, { ...editorsText(1, 'Portmere harbour bridge opens'), byline: 'Kim Second' })).status, 303);
  const kept = await t.db.query<{ id: string; headline: string; provider: string; editor_name: string | null; replaced_by_name: string }>(
    'SELECT id, headline, provider, editor_name, replaced_by_name FROM translation_history WHERE article_id = $1 AND lang = $2 ORDER BY id', [s.articleId, 'en']);
  assert.deepEqual(kept.map((k) => [k.headline, k.provider, k.editor_name, k.replaced_by_name]), [
    [machine, 'libretranslate', null, 'Dana Editor'],
    ['Harbour bridge opens to traffic', 'editor', 'Dana Editor', 'Kim Second'],
  ], 'the machine translation, then the first editor\'s text, each with who replaced it');
  assert.equal((await row('en')).headline, 'Portmere harbour bridge opens', 'readers see the latest');

  const page = await (await deskGet(app, `/desk/editions/${s.articleId}/en`, editor)).text();
  const [machineId, danaId] = kept.map((k) => k.id);
  assert.ok(page.includes('translation (libretranslate)'), 'the machine translation is named by its translator');
  assert.ok(page.includes(`href="/desk/editions/${s.articleId}/en/earlier/${machineId}"`));
  assert.ok(page.includes(`href="/desk/editions/${s.articleId}/en?from=${danaId}"`));
  assert.ok(page.indexOf(`earlier/${danaId}`) < page.indexOf(`earlier/${machineId}`), 'newest first');

  const compare = await deskGet(app, `/desk/editions/${s.articleId}/en/earlier/${danaId}`, editor);
  assert.equal(compare.status, 200);
  const diff = await compare.text();
  assert.ok(diff.includes('<del> to traffic</del>'), 'the words the later editor dropped are marked removed');
  assert.ok(diff.includes('<ins>Portmere harbour</ins>'), 'the words added are marked added');

  const restart = await (await deskGet(app, `/desk/editions/${s.articleId}/en?from=${danaId}`, editor)).text();
  assert.ok(restart.includes('value="Harbour bridge opens to traffic"'), 'the form starts from the earlier text');
  assert.ok(restart.includes('The form starts from the earlier text by Dana Editor'));

  // an id of another edition's history, or none at all, is not found; a viewer is refused
  assert.equal((await deskGet(app, `/desk/editions/${s.articleId}/ja/earlier/${danaId}`, editor)).status, 404);
  assert.equal((await deskGet(app, `/desk/editions/${s.articleId}/en/earlier/999999`, editor)).status, 404);
  assert.equal((await deskGet(app, `/desk/editions/${s.articleId}/en/earlier/${danaId}`, await staff(t.db, 'viewer'))).status, 403);
  const plain = await (await deskGet(app, `/desk/editions/${s.articleId}/en?from=${machineId}x`, editor)).text();
  assert.ok(plain.includes('value="Portmere harbour bridge opens"'), 'a malformed id starts from the current text');
});
